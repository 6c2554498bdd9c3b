#include "analytics/today.h"

#include <chrono>

namespace kenes::analytics {

Date TodayInKazakhstan() {
  const auto now = std::chrono::system_clock::now() + std::chrono::hours(5);
  const auto days = std::chrono::floor<std::chrono::days>(now).time_since_epoch().count();
  return Date::FromDays(days);
}

}  // namespace kenes::analytics
