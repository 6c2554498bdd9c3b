// The campaign's headline totals in one answer, for `GET /api/v1/stats` and `kenes stats`: events
// and attendance exactly as the dashboard counts them (totals.h: a figure held back for review is
// shown apart, confirmed ones count, rejected ones stay out), by region, check-ins and distinct
// people (reach.h: check-ins of cancelled events do not count), the feedback that passes the
// filter, and the registry (the coalition's composition, organizations, people). Every figure is
// computed from the mirror, never by SQL over the store: /stats answers in milliseconds and says
// what the dashboard says.
#pragma once

#include <cstdint>
#include <vector>

#include "analytics/attribution.h"
#include "analytics/campaign_cache.h"
#include "analytics/filter.h"
#include "analytics/totals.h"

namespace kenes::analytics {

struct Stats {
  std::int64_t cursor = 0;              // the change-feed position the figures reflect
  Totals totals;                        // as the dashboard's
  std::vector<BreakdownRow> by_region;  // as the dashboard's by_region
  std::int64_t feedback = 0;            // items that pass the filter, as the dashboard's
  std::int64_t checkins = 0;            // as the dashboard's reach
  std::int64_t distinct_participants = 0;
  Composition coalition;           // members of the filter's campaign, or of any campaign
  std::int64_t organizations = 0;  // the registry, whatever the filter
  std::int64_t people = 0;
};

Stats ComputeStats(const CampaignCache& cache, const Filter& filter);

}  // namespace kenes::analytics
