#include "store/today.h"

#include <string>
#include <string_view>

namespace kenes {

Date TodayInKazakhstan(const Clock& clock) {
  // NowUtc is "YYYY-MM-DDTHH:MM:SSZ"; five hours ahead of UTC, the day turns at 19:00 UTC.
  const std::string now = clock.NowUtc();
  const Date day = Date::Parse(std::string_view(now).substr(0, 10), "clock").value();
  const int hour = now.size() >= 13 ? (now[11] - '0') * 10 + (now[12] - '0') : 0;
  return hour >= 19 ? day + 1 : day;
}

}  // namespace kenes
