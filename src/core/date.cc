#include "core/date.h"

#include <chrono>
#include <cstdio>

namespace kenes {
namespace {

namespace chr = std::chrono;

chr::year_month_day Civil(std::int64_t days) {
  return chr::year_month_day{chr::sys_days{chr::days{days}}};
}

bool ReadDigits(std::string_view text, std::size_t from, std::size_t count, int& out) {
  out = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

}  // namespace

Date Date::FromCivil(int year, unsigned month, unsigned day) {
  const chr::year_month_day ymd{chr::year{year}, chr::month{month}, chr::day{day}};
  return Date(chr::sys_days{ymd}.time_since_epoch().count());
}

Result<Date> Date::Parse(std::string_view text, std::string_view field) {
  const auto bad = [&](const std::string& why) {
    return Invalid(std::string(field), "'" + std::string(text) + "' is not a date: " + why);
  };
  int year = 0, month = 0, day = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !ReadDigits(text, 0, 4, year) ||
      !ReadDigits(text, 5, 2, month) || !ReadDigits(text, 8, 2, day)) {
    return bad("expected YYYY-MM-DD");
  }
  const chr::year_month_day ymd{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                                chr::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return bad("no such day in the calendar");
  return FromCivil(year, month, day);
}

Result<Date> Date::ParseWritten(std::string_view text, std::string_view field) {
  // Day and month of one or two digits, the year of four, separated by dots.
  const std::size_t first = text.find('.');
  const std::size_t second = first == std::string_view::npos ? first : text.find('.', first + 1);
  if (second == std::string_view::npos) return Parse(text, field);
  int year = 0, month = 0, day = 0;
  const std::size_t day_digits = first, month_digits = second - first - 1;
  if (day_digits < 1 || day_digits > 2 || month_digits < 1 || month_digits > 2 ||
      text.size() - second - 1 != 4 || !ReadDigits(text, 0, day_digits, day) ||
      !ReadDigits(text, first + 1, month_digits, month) || !ReadDigits(text, second + 1, 4, year)) {
    return Invalid(std::string(field),
                   "'" + std::string(text) + "' is not a date: expected DD.MM.YYYY or YYYY-MM-DD");
  }
  const chr::year_month_day ymd{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                                chr::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) {
    return Invalid(std::string(field),
                   "'" + std::string(text) + "' is not a date: no such day in the calendar");
  }
  return FromCivil(year, month, day);
}

int Date::year() const { return static_cast<int>(Civil(days_).year()); }
unsigned Date::month() const { return static_cast<unsigned>(Civil(days_).month()); }
unsigned Date::day() const { return static_cast<unsigned>(Civil(days_).day()); }

unsigned Date::iso_weekday() const {
  return chr::weekday{chr::sys_days{chr::days{days_}}}.iso_encoding();
}

std::string Date::ToString() const {
  const auto ymd = Civil(days_);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

bool IsTimeOfDay(std::string_view text) {
  int hours = 0, minutes = 0;
  return text.size() == 5 && text[2] == ':' && ReadDigits(text, 0, 2, hours) &&
         ReadDigits(text, 3, 2, minutes) && hours < 24 && minutes < 60;
}

}  // namespace kenes
