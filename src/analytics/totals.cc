#include "analytics/totals.h"

#include <algorithm>
#include <unordered_map>

#include "core/enum_names.h"
#include "core/organization.h"

namespace kenes::analytics {
namespace {

constexpr EnumName<Dimension> kDimensions[] = {
    {Dimension::kRegion, "region"},
    {Dimension::kDistrict, "district"},
    {Dimension::kDay, "day"},
    {Dimension::kWeek, "week"},
    {Dimension::kKind, "kind"},
    {Dimension::kSegment, "segment"},
    {Dimension::kHostKind, "host_kind"},
    {Dimension::kSpeaker, "speaker"},
};

constexpr std::int64_t kNoKey = -1;  // the row of events without a district, host, segment ...

// The row keys an event counts under, as numbers: interned codes, days, enum values, ids. Rows are
// gathered by number and named once at the end, so the loop over the events allocates nothing.
template <class F>
void ForEachKey(const CampaignCache& cache, const EventRecord& event, Dimension dimension,
                F&& add) {
  switch (dimension) {
    case Dimension::kRegion:
      return add(event.region == kNone ? kNoKey : event.region);
    case Dimension::kDistrict:
      return add(event.district == kNone ? kNoKey : event.district);
    case Dimension::kDay:
      return add(event.date.days());
    case Dimension::kWeek:
      return add(event.date.week_start().days());
    case Dimension::kKind:
      return add(static_cast<std::int64_t>(event.kind));
    case Dimension::kSegment:
      if (event.audience.empty()) return add(kNoKey);
      for (std::uint32_t segment : event.audience) add(segment);
      return;
    case Dimension::kHostKind: {
      const Organization* host = event.host ? cache.organization(*event.host) : nullptr;
      return add(host ? static_cast<std::int64_t>(host->kind) : kNoKey);
    }
    case Dimension::kSpeaker:
      if (event.delegation.empty()) return add(kNoKey);
      for (Id person : event.delegation) add(person);
      return;
  }
}

std::string KeyText(const CampaignCache& cache, Dimension dimension, std::int64_t key) {
  if (key == kNoKey) return {};
  switch (dimension) {
    case Dimension::kRegion:
    case Dimension::kDistrict:
      return cache.places().CodeOf(static_cast<std::uint32_t>(key));
    case Dimension::kDay:
    case Dimension::kWeek:
      return Date::FromDays(key).ToString();
    case Dimension::kKind:
      return std::string(EventKindName(static_cast<EventKind>(key)));
    case Dimension::kSegment:
      return cache.segment_codes().CodeOf(static_cast<std::uint32_t>(key));
    case Dimension::kHostKind:
      return std::string(OrgKindName(static_cast<OrgKind>(key)));
    case Dimension::kSpeaker:
      return std::to_string(key);
  }
  return {};
}

void Label(const CampaignCache& cache, Dimension dimension, BreakdownRow& row) {
  row.label = row.key;
  if (row.key.empty()) {
    row.label = "не указано";
    row.label_kk = "көрсетілмеген";
    return;
  }
  switch (dimension) {
    case Dimension::kRegion:
    case Dimension::kDistrict:
      if (const Place* place = cache.place(cache.places().Find(row.key))) {
        row.label = place->name_ru;
        row.label_kk = place->name_kk;
      }
      break;
    case Dimension::kSegment:
      if (const Segment* segment = cache.segment(cache.segment_codes().Find(row.key))) {
        row.label = segment->name_ru;
        row.label_kk = segment->name_kk;
      }
      break;
    case Dimension::kSpeaker:
      if (const Person* person = cache.person(std::stoll(row.key))) {
        row.label = person->full_name;
        row.label_kk = person->full_name_kk;
      }
      break;
    default:
      break;
  }
}

}  // namespace

std::string_view DimensionName(Dimension dimension) { return NameOf(kDimensions, dimension); }
Result<Dimension> ParseDimension(std::string_view name, std::string_view field) {
  return ParseName(kDimensions, name, field);
}
std::span<const std::string_view> DimensionNames() {
  static constexpr auto kNames = NamesOf(kDimensions);
  return kNames;
}

Totals ComputeTotals(const CampaignCache& cache, const Filter& filter) {
  const std::uint32_t region = cache.places().Find(filter.region_code);
  const std::uint32_t segment = cache.segment_codes().Find(filter.segment);
  Totals totals;
  for (const EventRecord& event : cache.events()) {
    if (!cache.Matches(event, filter, region, segment)) continue;
    if (event.status == EventStatus::kPlanned) ++totals.events_planned;
    if (event.status == EventStatus::kCancelled) ++totals.events_cancelled;
    if (event.status != EventStatus::kHeld) continue;
    ++totals.events_held;
    if (!event.attendance) continue;
    switch (cache.StateOf(event)) {
      case FigureState::kCounted:
      case FigureState::kConfirmed:
        ++totals.events_with_figure;
        totals.attendance.Add(*event.attendance);
        break;
      case FigureState::kFlagged:
        ++totals.events_flagged;
        totals.attendance_flagged.Add(*event.attendance);
        break;
      case FigureState::kRejected:
        ++totals.events_rejected;
        totals.attendance_rejected.Add(*event.attendance);
        break;
    }
  }
  return totals;
}

std::vector<BreakdownRow> Breakdown(const CampaignCache& cache, const Filter& filter,
                                    Dimension dimension) {
  const std::uint32_t region = cache.places().Find(filter.region_code);
  const std::uint32_t segment = cache.segment_codes().Find(filter.segment);
  std::unordered_map<std::int64_t, BreakdownRow> rows;
  for (const EventRecord& event : cache.events()) {
    if (event.status != EventStatus::kHeld || !cache.Matches(event, filter, region, segment)) {
      continue;
    }
    const FigureState state = cache.StateOf(event);
    ForEachKey(cache, event, dimension, [&](std::int64_t key) {
      BreakdownRow& row = rows[key];
      ++row.events;
      if (!event.attendance) return;
      if (state == FigureState::kCounted || state == FigureState::kConfirmed) {
        ++row.events_with_figure;
        row.attendance.Add(*event.attendance);
      } else if (state == FigureState::kFlagged) {
        ++row.events_flagged;
      }
    });
  }
  std::vector<BreakdownRow> out;
  out.reserve(rows.size());
  for (auto& [key, row] : rows) {
    row.key = KeyText(cache, dimension, key);
    Label(cache, dimension, row);
    out.push_back(std::move(row));
  }
  std::sort(out.begin(), out.end(),
            [](const BreakdownRow& a, const BreakdownRow& b) { return a.key < b.key; });
  if (dimension == Dimension::kSpeaker) {
    std::stable_sort(out.begin(), out.end(), [](const BreakdownRow& a, const BreakdownRow& b) {
      return a.events > b.events;
    });
  }
  return out;
}

}  // namespace kenes::analytics
