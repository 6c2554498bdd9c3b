#include "core/attendance_rules.h"

#include <algorithm>

namespace kenes {
namespace {

std::int64_t CeilDiv(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }

}  // namespace

std::optional<AttendanceBounds> QualifiedBounds(Qualifier qualifier, std::int64_t n) {
  switch (qualifier) {
    case Qualifier::kExact:
      return AttendanceBounds{n, n, n};
    case Qualifier::kAbout: {
      // The margin is rounded up so a small figure keeps some uncertainty: "около 5" is 4..6.
      const std::int64_t margin = CeilDiv(n, 10);
      return AttendanceBounds{n, n - margin, n + margin};
    }
    case Qualifier::kOrder: {
      const std::int64_t margin = CeilDiv(n, 5);
      return AttendanceBounds{n, n - margin, n + margin};
    }
    case Qualifier::kMoreThan:
      // "более 3" is at least 4 even though ⌈1.25 × 3⌉ = 4 would equal it: high never drops below
      // low.
      return AttendanceBounds{n + 1, n + 1, std::max(n + 1, CeilDiv(5 * n, 4))};
    case Qualifier::kAtLeast:
      return AttendanceBounds{n, n, CeilDiv(5 * n, 4)};
    case Qualifier::kAlmost:
      if (n < 2) return std::nullopt;
      return AttendanceBounds{n - 1, 9 * n / 10, n - 1};
    case Qualifier::kUpTo:
      return AttendanceBounds{n, CeilDiv(n, 2), n};
    case Qualifier::kLessThan:
      if (n < 2) return std::nullopt;
      return AttendanceBounds{n - 1, CeilDiv(n, 2), n - 1};
    case Qualifier::kRange:
    case Qualifier::kVague:
      break;
  }
  return std::nullopt;
}

AttendanceBounds RangeBounds(std::int64_t a, std::int64_t b) {
  return AttendanceBounds{a + (b - a + 1) / 2, a, b};
}

AttendanceBounds VagueBounds(std::int64_t unit) {
  return AttendanceBounds{3 * unit, 2 * unit, 9 * unit};
}

}  // namespace kenes
