#include "analytics/stats.h"

#include "analytics/feedback_selection.h"
#include "analytics/reach.h"

namespace kenes::analytics {

Stats ComputeStats(const CampaignCache& cache, const Filter& filter) {
  Stats stats;
  stats.cursor = cache.cursor();
  stats.totals = ComputeTotals(cache, filter);
  stats.by_region = Breakdown(cache, filter, Dimension::kRegion);
  // The dashboard counts feedback in its feedback pass (feedback_summary.h) by this same
  // selection; the rest of that pass (stances, themes) is not needed here.
  // Unfiltered, only the live items are counted: listing ten million slots to count them was a
  // third of /stats at 5x the campaign.
  if (filter.empty()) {
    for (const auto alive : cache.feedback().alive) stats.feedback += alive != 0;
  } else {
    stats.feedback = static_cast<std::int64_t>(SelectFeedback(cache, filter).size());
  }
  const Reach reach = ComputeReach(cache, filter);
  stats.checkins = reach.checkins;
  stats.distinct_participants = reach.distinct;
  stats.coalition = ComputeComposition(cache, filter);
  stats.organizations = static_cast<std::int64_t>(cache.organizations().size());
  stats.people = static_cast<std::int64_t>(cache.people().size());
  return stats;
}

}  // namespace kenes::analytics
