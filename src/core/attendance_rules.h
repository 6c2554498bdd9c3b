// The rules that turn a qualified figure into a value and a low–high range, one per qualifier
// (docs/attendance.md has the table, with a worked example per row). Kept apart from the phrase
// parser so the table and its code can be read side by side. All arithmetic is on integers;
// "⌈x⌉" below is rounding up, "⌊x⌋" rounding down.
#pragma once

#include <cstdint>
#include <optional>

#include "core/attendance.h"

namespace kenes {

struct AttendanceBounds {
  std::int64_t value = 0;
  std::int64_t low = 0;
  std::int64_t high = 0;
};

// The bounds `qualifier` gives the figure `n`, or nullopt when the rule has no sensible reading of
// `n`: "почти 1" and "менее 1" name no positive count, so almost and less_than need n >= 2.
// REQUIRES: 0 <= n <= kMaxAttendanceFigure; qualifier is neither kRange nor kVague.
std::optional<AttendanceBounds> QualifiedBounds(Qualifier qualifier, std::int64_t n);

// "от a до b", "a–b": the range itself, its midpoint rounded half up as the value.
// REQUIRES: 0 <= a <= b <= kMaxAttendanceFigure
AttendanceBounds RangeBounds(std::int64_t a, std::int64_t b);

// "десятки", "несколько тысяч": 2 to 9 of `unit`, value 3 of it ("several" is at least two, and a
// tenth would be the next unit up).
// REQUIRES: 1 <= unit <= kMaxVagueUnit
AttendanceBounds VagueBounds(std::int64_t unit);

}  // namespace kenes
