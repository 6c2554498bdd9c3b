// TEMPORARY: digits only, until the full phrase parser lands.
#include <charconv>

#include "core/attendance.h"
#include "core/utf8.h"

namespace kenes {

std::optional<AttendanceMatch> MatchAttendancePrefix(std::string_view text) {
  std::size_t length = 0;
  while (length < text.size() && text[length] >= '0' && text[length] <= '9') ++length;
  if (length == 0 || length > 15) return std::nullopt;
  std::int64_t count = 0;
  std::from_chars(text.data(), text.data() + length, count);
  return AttendanceMatch{ExactAttendance(count), length};
}

Result<Attendance> ParseAttendance(std::string_view text) {
  const std::string_view trimmed = utf8::Trim(text);
  auto match = MatchAttendancePrefix(trimmed);
  if (!match || match->length != trimmed.size()) {
    return Invalid("attendance", "'" + std::string(trimmed) + "' is not an attendance figure");
  }
  return match->attendance;
}

}  // namespace kenes
