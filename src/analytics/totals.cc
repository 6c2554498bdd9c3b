#include "analytics/totals.h"

#include <algorithm>
#include <map>

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

// The row keys an event counts under.
std::vector<std::string> KeysOf(const CampaignCache& cache, const EventRecord& event,
                                Dimension dimension) {
  switch (dimension) {
    case Dimension::kRegion:
      return {cache.places().CodeOf(event.region)};
    case Dimension::kDistrict:
      return {event.district == kNone ? std::string() : cache.places().CodeOf(event.district)};
    case Dimension::kDay:
      return {event.date.ToString()};
    case Dimension::kWeek:
      return {event.date.week_start().ToString()};
    case Dimension::kKind:
      return {std::string(EventKindName(event.kind))};
    case Dimension::kSegment: {
      std::vector<std::string> keys;
      for (std::uint32_t segment : event.audience) {
        keys.push_back(cache.segment_codes().CodeOf(segment));
      }
      if (keys.empty()) keys.emplace_back();
      return keys;
    }
    case Dimension::kHostKind: {
      const Organization* host = event.host ? cache.organization(*event.host) : nullptr;
      return {host ? std::string(OrgKindName(host->kind)) : std::string()};
    }
    case Dimension::kSpeaker: {
      std::vector<std::string> keys;
      for (Id person : event.delegation) keys.push_back(std::to_string(person));
      if (keys.empty()) keys.emplace_back();
      return keys;
    }
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
  std::map<std::string, BreakdownRow> rows;
  for (const EventRecord& event : cache.events()) {
    if (event.status != EventStatus::kHeld || !cache.Matches(event, filter, region, segment)) {
      continue;
    }
    const FigureState state = cache.StateOf(event);
    for (std::string& key : KeysOf(cache, event, dimension)) {
      BreakdownRow& row = rows[key];
      row.key = std::move(key);
      ++row.events;
      if (!event.attendance) continue;
      if (state == FigureState::kCounted || state == FigureState::kConfirmed) {
        ++row.events_with_figure;
        row.attendance.Add(*event.attendance);
      } else if (state == FigureState::kFlagged) {
        ++row.events_flagged;
      }
    }
  }
  std::vector<BreakdownRow> out;
  out.reserve(rows.size());
  for (auto& [key, row] : rows) {
    Label(cache, dimension, row);
    out.push_back(std::move(row));
  }
  if (dimension == Dimension::kSpeaker) {
    std::stable_sort(out.begin(), out.end(), [](const BreakdownRow& a, const BreakdownRow& b) {
      return a.events > b.events;
    });
  }
  return out;
}

}  // namespace kenes::analytics
