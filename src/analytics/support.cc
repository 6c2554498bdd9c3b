#include "analytics/support.h"

#include <cmath>

namespace kenes::analytics {
namespace {

SupportRow RowOf(std::string key, std::string label, const StanceCounts& stances) {
  SupportRow row{std::move(key), std::move(label), stances, 0, std::nullopt};
  const std::int64_t supports = stances[static_cast<int>(Stance::kSupports)];
  row.n = supports + stances[static_cast<int>(Stance::kNeutral)] +
          stances[static_cast<int>(Stance::kOpposes)];
  row.support = Wilson(supports, row.n);
  return row;
}

}  // namespace

std::optional<Interval> Wilson(std::int64_t successes, std::int64_t n, double z) {
  if (n <= 0 || successes < 0 || successes > n) return std::nullopt;
  const double nn = static_cast<double>(n);
  const double p = static_cast<double>(successes) / nn;
  const double z2 = z * z;
  const double denominator = 1 + z2 / nn;
  const double centre = (p + z2 / (2 * nn)) / denominator;
  const double half = z * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn)) / denominator;
  return Interval{p, std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

Support ComputeSupport(const CampaignCache& cache, const FeedbackSummary& summary) {
  Support support;
  support.overall = RowOf("", "", summary.stances);
  for (const auto& [code, stances] : summary.stances_by_region) {
    const Place* place = cache.place(code);
    support.by_region.push_back(
        RowOf(cache.places().CodeOf(code), place ? place->name_ru : "", stances));
  }
  for (const auto& [code, stances] : summary.stances_by_segment) {
    if (code == kNone) {
      support.by_segment.push_back(RowOf("", "не указано", stances));
      continue;
    }
    const Segment* segment = cache.segment(code);
    support.by_segment.push_back(
        RowOf(cache.segment_codes().CodeOf(code), segment ? segment->name_ru : "", stances));
  }
  return support;
}

}  // namespace kenes::analytics
