#include "analytics/coverage.h"

#include <algorithm>
#include <unordered_map>

namespace kenes::analytics {
namespace {

bool IsTown(const Place& place) {
  return (place.level == PlaceLevel::kOkrug || place.level == PlaceLevel::kSettlement) &&
         (place.kind == PlaceKind::kCity || place.kind == PlaceKind::kSettlement ||
          place.kind == PlaceKind::kVillage);
}

double Per1000(std::int64_t people, std::int64_t population) {
  return static_cast<double>(people) * 1000.0 / static_cast<double>(population);
}

PlaceCoverage Describe(const CampaignCache& cache, std::uint32_t code) {
  const Place& place = *cache.place(code);
  PlaceCoverage out;
  out.code = place.code;
  out.name_ru = place.name_ru;
  out.name_kk = place.name_kk;
  const std::uint32_t region = cache.RegionOf(code);
  out.region_code = region == kNone ? std::string() : cache.places().CodeOf(region);
  out.population = place.population;
  return out;
}

void Finish(PlaceCoverage& place, Date as_of) {
  if (place.last_visit) place.days_since_last_visit = as_of - *place.last_visit;
  if (place.population && *place.population > 0) {
    place.per_1000 = PlaceCoverage::Rate{Per1000(place.attendance.value, *place.population),
                                         Per1000(place.attendance.low, *place.population),
                                         Per1000(place.attendance.high, *place.population)};
  }
}

void Visit(PlaceCoverage& place, const EventRecord& event, bool counted) {
  ++place.events;
  if (counted) place.attendance.Add(*event.attendance);
  if (!place.last_visit || event.date > *place.last_visit) place.last_visit = event.date;
}

}  // namespace

Coverage ComputeCoverage(const CampaignCache& cache, const Filter& filter, Date today) {
  Coverage coverage;
  coverage.as_of = filter.to && *filter.to < today ? *filter.to : today;
  const std::uint32_t region = cache.places().Find(filter.region_code);
  const std::uint32_t segment = cache.segment_codes().Find(filter.segment);
  const auto in_scope = [&](std::uint32_t code) {
    return filter.region_code.empty() || cache.RegionOf(code) == region;
  };

  std::unordered_map<std::uint32_t, PlaceCoverage> regions;
  std::unordered_map<std::uint32_t, PlaceCoverage> districts;
  for (std::uint32_t code : cache.regions()) {
    if (in_scope(code)) regions.emplace(code, Describe(cache, code));
  }
  for (std::uint32_t code : cache.districts()) {
    if (in_scope(code)) districts.emplace(code, Describe(cache, code));
  }
  std::vector<bool> visited(cache.places().size(), false);
  for (const EventRecord& event : cache.events()) {
    if (event.status != EventStatus::kHeld || !cache.Matches(event, filter, region, segment)) {
      continue;
    }
    const FigureState state = cache.StateOf(event);
    const bool counted =
        event.attendance && (state == FigureState::kCounted || state == FigureState::kConfirmed);
    if (auto it = regions.find(event.region); it != regions.end())
      Visit(it->second, event, counted);
    if (auto it = districts.find(event.district); it != districts.end()) {
      Visit(it->second, event, counted);
    }
    // A town is visited by an event in it or in a place inside it.
    for (std::uint32_t code = event.place; code != kNone && !visited[code];) {
      visited[code] = true;
      const Place* place = cache.place(code);
      code = place ? cache.places().Find(place->parent_code) : kNone;
    }
  }
  for (auto& [code, place] : regions) {
    Finish(place, coverage.as_of);
    coverage.regions.push_back(std::move(place));
  }
  for (auto& [code, place] : districts) {
    Finish(place, coverage.as_of);
    if (place.events) {
      ++coverage.districts_visited;
    } else {
      coverage.unvisited_districts.push_back(
          {place.code, place.name_ru, place.name_kk, place.region_code});
    }
    coverage.districts.push_back(std::move(place));
  }
  for (std::uint32_t code = 0; code < cache.places().size(); ++code) {
    const Place* place = cache.place(code);
    if (!place || !IsTown(*place) || !in_scope(code)) continue;
    ++coverage.towns;
    if (visited[code]) {
      ++coverage.towns_visited;
    } else {
      const std::uint32_t town_region = cache.RegionOf(code);
      coverage.unvisited_towns.push_back(
          {place->code, place->name_ru, place->name_kk,
           town_region == kNone ? std::string() : cache.places().CodeOf(town_region)});
    }
  }
  const auto by_code = [](const auto& a, const auto& b) { return a.code < b.code; };
  std::sort(coverage.regions.begin(), coverage.regions.end(), by_code);
  std::sort(coverage.districts.begin(), coverage.districts.end(), by_code);
  std::sort(coverage.unvisited_districts.begin(), coverage.unvisited_districts.end(), by_code);
  std::sort(coverage.unvisited_towns.begin(), coverage.unvisited_towns.end(), by_code);
  return coverage;
}

}  // namespace kenes::analytics
