// Coverage: which districts and towns of the gazetteer a delegation has visited (a held event
// there), how long ago the last visit was, and attendance per 1,000 inhabitants where the
// gazetteer has a population.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analytics/campaign_cache.h"
#include "analytics/filter.h"

namespace kenes::analytics {

struct PlaceCoverage {
  std::string code;
  std::string name_ru;
  std::string name_kk;
  std::string region_code;
  std::int64_t events = 0;  // held, matching the filter
  AttendanceTotal attendance;
  std::optional<Date> last_visit;
  std::optional<std::int64_t> days_since_last_visit;  // to the as-of date
  std::optional<std::int64_t> population;
  // Counted attendance per 1,000 inhabitants, for value, low and high.
  struct Rate {
    double value = 0;
    double low = 0;
    double high = 0;
  };
  std::optional<Rate> per_1000;
};

struct PlaceRef {
  std::string code;
  std::string name_ru;
  std::string name_kk;
  std::string region_code;
};

struct Coverage {
  Date as_of;  // today, or the filter's last day when earlier
  std::vector<PlaceCoverage> regions;
  std::vector<PlaceCoverage> districts;
  std::int64_t districts_visited = 0;
  std::vector<PlaceRef> unvisited_districts;
  std::int64_t towns = 0;  // towns and settlements in the gazetteer, within the filter's region
  std::int64_t towns_visited = 0;
  std::vector<PlaceRef> unvisited_towns;
};

Coverage ComputeCoverage(const CampaignCache& cache, const Filter& filter, Date today);

}  // namespace kenes::analytics
