// Plausibility of attendance figures: a figure is flagged when even the low end of its range
// (docs/attendance.md) is more than
//   - the host organization's headcount on record,
//   - the capacity of its venue (the venue catalog, matched by place and the venue name's words),
//   - the population of its place, or of the nearest place above it with a population on record;
// or when the same collective (the same host organization, or without a host the same venue in
// the same place) with a shared audience segment was counted in another held event within the
// kRepeatDays days before. A flagged figure is kept out of the totals and listed for review until
// an analyst confirms it (then it counts) or rejects it (then it stays out).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analytics/campaign_cache.h"
#include "analytics/filter.h"

namespace kenes::analytics {

inline constexpr int kRepeatDays = 7;

struct FigureCheck {
  std::uint8_t flags = 0;  // PlausibilityFlag bits
  Id repeat_of = 0;
};

// The checks of every event, by slot. Only held events with a figure are ever flagged.
std::vector<FigureCheck> CheckFigures(const CampaignCache& cache);

struct FlagReason {
  std::string code;     // "over_headcount", "over_capacity", "over_population", "repeat_collective"
  std::string message;  // "the host organization has 300 on record"
  // The figure it exceeds (headcount, capacity, population), or for a repeat the earlier event:
  // so that an interface can put the reason in its own words.
  std::int64_t limit = 0;
  Id repeat_of = 0;
};

struct FlaggedFigure {
  Id event_id = 0;
  Date date;
  std::string region_code;
  std::string place_code;
  Attendance attendance;
  FigureState state = FigureState::kFlagged;  // kFlagged, kConfirmed or kRejected
  std::vector<FlagReason> reasons;
};

// Events matching `filter` whose figure failed a check, awaiting review first, then by date.
std::vector<FlaggedFigure> ListFlagged(const CampaignCache& cache, const Filter& filter);

std::string_view FigureStateName(FigureState state);

}  // namespace kenes::analytics
