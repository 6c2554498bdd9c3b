// Numbers as a Russian reader expects them: thousands apart by a no-break space, a decimal comma.
#pragma once

#include <cstdint>
#include <string>

#include "core/attendance.h"
#include "core/grouped.h"

namespace kenes::report {

using kenes::Grouped;                             // core/grouped.h: "1 234 567"
std::string Decimal(double value, int decimals);  // "4,5"
std::string Percent(double share);                // 0.6 -> "60,0 %"
std::string Range(const AttendanceTotal& total);  // "12 345 (11 800 – 13 100)"

}  // namespace kenes::report
