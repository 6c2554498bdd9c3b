// Numbers as a Russian reader expects them: thousands apart by a no-break space, a decimal comma.
#pragma once

#include <cstdint>
#include <string>

#include "core/attendance.h"

namespace kenes::report {

std::string Grouped(std::int64_t value);          // "1 234 567"
std::string Decimal(double value, int decimals);  // "4,5"
std::string Percent(double share);                // 0.6 -> "60,0 %"
std::string Range(const AttendanceTotal& total);  // "12 345 (11 800 – 13 100)"

}  // namespace kenes::report
