#include "synthetic/attendance_phrases.h"

#include <algorithm>

namespace kenes::synthetic {
namespace {

// Round figures, as people report them: 57 stays 57, 347 becomes 350, 2340 becomes 2300.
std::int64_t Round(std::int64_t n) {
  if (n < 100) return n;
  if (n < 1000) return (n + 5) / 10 * 10;
  return (n + 50) / 100 * 100;
}

std::string Thousands(std::int64_t n) {
  if (n % 1000 == 0) return std::to_string(n / 1000) + " тысяч";
  return std::to_string(n);
}

}  // namespace

std::string AttendancePhrase(std::int64_t typical, std::mt19937_64& random) {
  std::lognormal_distribution<double> spread(0.0, 0.45);
  const std::int64_t n = std::clamp<std::int64_t>(
      static_cast<std::int64_t>(static_cast<double>(typical) * spread(random)), 8, 150'000);
  const std::int64_t round = Round(n);
  switch (std::uniform_int_distribution<int>(0, 99)(random) / 10) {
    case 0:
    case 1:
    case 2:
      return std::to_string(n);  // an exact count from a sign-in sheet
    case 3:
    case 4:
      return "около " + std::to_string(round);
    case 5:
      return round >= 1000 ? "порядка " + Thousands(round / 100 * 100)
                           : "порядка " + std::to_string(round);
    case 6:
    case 7:
      return "более " + std::to_string(std::max<std::int64_t>(10, round / 10 * 10));
    case 8: {
      const std::int64_t low = std::max<std::int64_t>(10, round / 100 * 100);
      return "от " + std::to_string(low) + " до " +
             std::to_string(low + std::max<std::int64_t>(50, low / 2));
    }
    default:
      if (round < 60) return "несколько десятков";
      if (round < 400) return "не менее " + std::to_string(round);
      return "почти " + std::to_string(round);
  }
}

}  // namespace kenes::synthetic
