#include "core/instant.h"

#include <chrono>
#include <cstdio>

namespace kenes {

std::string FormatUtc(UnixSeconds seconds) {
  using namespace std::chrono;
  const sys_seconds moment{std::chrono::seconds(seconds)};
  const sys_days day = floor<days>(moment);
  const year_month_day date{day};
  const hh_mm_ss time{moment - day};
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(date.year()),
                unsigned(date.month()), unsigned(date.day()), int(time.hours().count()),
                int(time.minutes().count()), int(time.seconds().count()));
  return text;
}

Result<UnixSeconds> ParseUtc(std::string_view text, std::string_view field) {
  int year = 0;
  unsigned month = 0, day = 0;
  int hour = 0, minute = 0, second = 0;
  char zone = 0;
  const std::string copy(text);
  if (text.size() != 20 ||
      std::sscanf(copy.c_str(), "%4d-%2u-%2uT%2d:%2d:%2d%c", &year, &month, &day, &hour, &minute,
                  &second, &zone) != 7 ||
      zone != 'Z') {
    return Invalid(std::string(field), "'" + copy + "' is not a UTC time YYYY-MM-DDTHH:MM:SSZ");
  }
  using namespace std::chrono;
  const year_month_day date{std::chrono::year(year), std::chrono::month(month),
                            std::chrono::day(day)};
  if (!date.ok() || hour > 23 || minute > 59 || second > 59 || hour < 0 || minute < 0 ||
      second < 0) {
    return Invalid(std::string(field), "'" + copy + "' is not a valid time");
  }
  return static_cast<UnixSeconds>(sys_days(date).time_since_epoch().count()) * 86400 + hour * 3600 +
         minute * 60 + second;
}

}  // namespace kenes
