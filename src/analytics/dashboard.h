// The dashboard: every headline figure of the campaign for one filter, computed together from one
// state of the mirror (a single feedback pass serves support and themes).
#pragma once

#include <cstdint>
#include <vector>

#include "analytics/coverage.h"
#include "analytics/filter.h"
#include "analytics/reach.h"
#include "analytics/support.h"
#include "analytics/themes.h"
#include "analytics/totals.h"

namespace kenes::analytics {

struct Dashboard {
  Filter filter;
  std::int64_t cursor = 0;  // the change-feed position the figures reflect
  Totals totals;
  Reach reach;
  Support support;
  Themes themes;
  Coverage coverage;
  std::vector<BreakdownRow> by_region;
  std::vector<BreakdownRow> by_day;
  std::vector<BreakdownRow> by_segment;
  std::int64_t figures_awaiting_review = 0;
};

Dashboard ComputeDashboard(const CampaignCache& cache, const Filter& filter, Date today);

}  // namespace kenes::analytics
