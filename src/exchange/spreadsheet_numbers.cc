#include "exchange/spreadsheet_numbers.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "core/date.h"

namespace kenes {
namespace {

// The built-in formats of Office Open XML (ECMA-376 part 1, 18.8.30) that show a date or a time;
// the others show numbers. 27-36 and 50-58 are the East Asian date formats.
NumberShown BuiltIn(int id) {
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
      (id >= 50 && id <= 58)) {
    return NumberShown::kDate;
  }
  if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) || (id >= 45 && id <= 47)) {
    return NumberShown::kTime;
  }
  if (id == 22) return NumberShown::kDateTime;
  return NumberShown::kNumber;
}

}  // namespace

NumberShown ShownAs(int format_id, std::string_view code) {
  if (code.empty()) return BuiltIn(format_id);
  // Letters inside quotes ("г.") or brackets ([$-419], [Red], [h]) are not date parts; "General"
  // has none either way. 'm' alone is ambiguous (month or minute), so it counts as neither.
  bool date = false, time = false, quoted = false, bracket = false;
  for (char c : code) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '[') bracket = true;
    if (c == ']') bracket = false;
    if (bracket || c == '\\') continue;
    switch (c) {
      case 'y':
      case 'Y':
      case 'd':
      case 'D':
        date = true;
        break;
      case 'h':
      case 'H':
      case 's':
      case 'S':
        time = true;
        break;
      default:
        break;
    }
  }
  if (code.find("General") != std::string_view::npos) return NumberShown::kNumber;
  if (date && time) return NumberShown::kDateTime;
  if (date) return NumberShown::kDate;
  if (time) return NumberShown::kTime;
  return NumberShown::kNumber;
}

std::string NumberText(std::string_view stored, NumberShown shown, bool date1904) {
  double value = 0;
  const auto [end, error] = std::from_chars(stored.data(), stored.data() + stored.size(), value);
  if (error != std::errc() || end != stored.data() + stored.size() || !std::isfinite(value)) {
    return {};
  }
  if (shown == NumberShown::kNumber) {
    // Whole numbers as digits: ids, counts, IINs. Others keep their shortest exact form.
    if (std::fabs(value) < 9.0e15 && value == std::floor(value)) {
      return std::to_string(static_cast<long long>(value));
    }
    char buffer[32];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, written.ptr);
  }
  // Serial days: day 0 of the 1900 calendar is 1899-12-30 (it counts a 29 February 1900 that
  // never was, so from March 1900 on this is exact); the 1904 calendar starts at 1904-01-01.
  const std::int64_t epoch =
      date1904 ? Date::FromCivil(1904, 1, 1).days() : Date::FromCivil(1899, 12, 30).days();
  // Round to the minute first: 14:30 is stored as 0.604166666..., a hair below.
  const auto minutes = static_cast<std::int64_t>(std::llround(value * 24 * 60));
  const std::int64_t day = minutes >= 0 ? minutes / (24 * 60) : -((-minutes + 1439) / (24 * 60));
  const std::int64_t minute_of_day = minutes - day * 24 * 60;
  char clock[8];
  std::snprintf(clock, sizeof clock, "%02d:%02d", static_cast<int>(minute_of_day / 60),
                static_cast<int>(minute_of_day % 60));
  const std::string date = Date::FromDays(epoch + day).ToString();
  switch (shown) {
    case NumberShown::kDate:
      return date;
    case NumberShown::kTime:
      return clock;
    case NumberShown::kDateTime:
      return date + " " + clock;
    case NumberShown::kNumber:
      break;
  }
  return {};
}

}  // namespace kenes
