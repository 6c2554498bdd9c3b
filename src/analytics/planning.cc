#include "analytics/planning.h"

#include <algorithm>
#include <map>

namespace kenes::analytics {
namespace {

void Count(PlanRow& row, const EventRecord& event, Date today) {
  switch (event.status) {
    case EventStatus::kPlanned:
      ++(event.date < today ? row.overdue : row.planned);
      break;
    case EventStatus::kHeld:
      ++row.held;
      break;
    case EventStatus::kCancelled:
      ++row.cancelled;
      break;
  }
}

void Finish(PlanRow& row) {
  const std::int64_t due = row.held + row.cancelled + row.overdue;
  row.completion = due ? static_cast<double>(row.held) / static_cast<double>(due) : 0;
}

}  // namespace

Planning ComputePlanning(const CampaignCache& cache, const Filter& filter, Date today) {
  Planning planning;
  planning.today = today;
  const std::uint32_t region = cache.places().Find(filter.region_code);
  const std::uint32_t segment = cache.segment_codes().Find(filter.segment);
  std::map<std::uint32_t, PlanRow> regions;
  std::map<Id, PlanRow> members;
  for (const EventRecord& event : cache.events()) {
    if (!cache.Matches(event, filter, region, segment)) continue;
    Count(planning.total, event, today);
    Count(regions[event.region], event, today);
    for (Id person : event.delegation) Count(members[person], event, today);
  }
  Finish(planning.total);
  for (auto& [code, row] : regions) {
    row.key = cache.places().CodeOf(code);
    const Place* place = cache.place(code);
    row.label = place ? place->name_ru : row.key;
    Finish(row);
    planning.by_region.push_back(std::move(row));
  }
  for (auto& [id, row] : members) {
    row.key = std::to_string(id);
    const Person* person = cache.person(id);
    row.label = person ? person->full_name : row.key;
    Finish(row);
    planning.by_member.push_back(std::move(row));
  }
  std::stable_sort(planning.by_member.begin(), planning.by_member.end(),
                   [](const PlanRow& a, const PlanRow& b) {
                     return a.planned + a.overdue + a.held + a.cancelled >
                            b.planned + b.overdue + b.held + b.cancelled;
                   });
  return planning;
}

}  // namespace kenes::analytics
