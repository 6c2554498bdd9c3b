#include "analytics/dashboard.h"

#include "analytics/two_threads.h"

namespace kenes::analytics {

Dashboard ComputeDashboard(const CampaignCache& cache, const Filter& filter, Date today) {
  Dashboard dashboard;
  dashboard.filter = filter;
  dashboard.cursor = cache.cursor();
  // Reach reads the check-ins, the summary the feedback, the rest the events: whole, the summary
  // is the longest part; filtered, reach.
  const std::function<void()> parts[] = {
      [&] { dashboard.reach = ComputeReach(cache, filter); },
      [&] {
        const FeedbackSummary summary = SummarizeFeedback(cache, filter);
        dashboard.support = ComputeSupport(cache, summary);
        dashboard.themes = ComputeThemes(cache, summary);
      },
      [&] { dashboard.coverage = ComputeCoverage(cache, filter, today); },
      [&] { dashboard.by_region = Breakdown(cache, filter, Dimension::kRegion); },
      [&] { dashboard.by_day = Breakdown(cache, filter, Dimension::kDay); },
      [&] { dashboard.by_segment = Breakdown(cache, filter, Dimension::kSegment); },
      [&] { dashboard.totals = ComputeTotals(cache, filter); },
  };
  ShareOnTwoThreads(parts);
  dashboard.figures_awaiting_review = dashboard.totals.events_flagged;
  return dashboard;
}

}  // namespace kenes::analytics
