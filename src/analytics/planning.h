// Planned against held: per region and per delegation member, how many events are still planned
// (on or after today), overdue (planned for a day already past and not reported held or
// cancelled), held and cancelled.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analytics/campaign_cache.h"
#include "analytics/filter.h"

namespace kenes::analytics {

struct PlanRow {
  std::string key;  // KATO code or person id; "" for the total
  std::string label;
  std::int64_t planned = 0;
  std::int64_t overdue = 0;
  std::int64_t held = 0;
  std::int64_t cancelled = 0;
  // held / (held + cancelled + overdue): of what was due by today, the share that happened.
  double completion = 0;
};

struct Planning {
  Date today;
  PlanRow total;
  std::vector<PlanRow> by_region;  // by code
  std::vector<PlanRow> by_member;  // delegation members, most events first
};

Planning ComputePlanning(const CampaignCache& cache, const Filter& filter, Date today);

}  // namespace kenes::analytics
