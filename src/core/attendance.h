// Attendance as people report it: "57", "около 300", "более 400", "порядка 2 тысяч", "десятки".
// A figure keeps its words and its qualifier, and is read by one documented rule per qualifier
// into a value and a low–high range (docs/attendance.md), so totals can be honest ranges instead
// of invented exact numbers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace kenes {

enum class Qualifier {
  kExact,     // "57"
  kAbout,     // "около 300", "примерно", "приблизительно"
  kOrder,     // "порядка 2 тысяч"
  kMoreThan,  // "более 400", "свыше ста"
  kAtLeast,   // "не менее 100"
  kAlmost,    // "почти 500"
  kUpTo,      // "до 50", "не более 50"
  kLessThan,  // "менее 50"
  kRange,     // "от 200 до 300", "200–300"
  kVague,     // "десятки", "сотни", "несколько тысяч"
};

std::string_view QualifierName(Qualifier qualifier);
Result<Qualifier> ParseQualifier(std::string_view name);

struct Attendance {
  std::string text;  // the words as given, trimmed
  Qualifier qualifier = Qualifier::kExact;
  std::int64_t value = 0;  // the figure the words name; low <= value <= high
  std::int64_t low = 0;
  std::int64_t high = 0;

  bool operator==(const Attendance&) const = default;
};

// The largest figure a phrase may name: "10 млрд" is read, "11 млрд" refused as absurd. The cap is
// this high because campaign-wide claims ("5 млн") are attendance too; per-event limits are the
// event's business (kMaxEventAttendance).
inline constexpr std::int64_t kMaxAttendanceFigure = 10'000'000'000;
// The largest unit of a vague count: "миллиарды" is the last one read.
inline constexpr std::int64_t kMaxVagueUnit = 1'000'000'000;

// Reads a whole phrase typed into a form or found in text; a trailing unit word ("человек",
// "участников") is allowed. Errors name the field "attendance" and say what was not understood.
// `text` of the result is the input, trimmed, unit word included. docs/attendance.md has the
// rule per qualifier and the words read.
Result<Attendance> ParseAttendance(std::string_view text);

// The longest attendance phrase at the start of `text`, for scanning running text; `length` is
// the number of bytes of `text` it covers. nullopt when `text` does not start with one.
//
// The match starts at byte 0 (leading white space is no match) and never includes a following
// unit word: "около 300 человек" matches "около 300", the extractor reads the noun. It does
// include the dot of an abbreviated multiplier ("1,5 тыс."), so at the end of a sentence the
// period is taken too. What a match means in context ("в 2026 году" is an exact 2026) is the
// caller's business; text that cannot be a count (dates, times, percentages, "5-й", "до этого")
// gives nullopt. ParseAttendance(text.substr(0, length)) reads the same figure.
//
// Cheap when `text` does not start with a digit or a number or qualifier word: no heap
// allocation, one word looked up. Never reads past `text`, whatever its bytes.
struct AttendanceMatch {
  Attendance attendance;
  std::size_t length = 0;
};
std::optional<AttendanceMatch> MatchAttendancePrefix(std::string_view text);

// An exact count, as entered by a number rather than words.
Attendance ExactAttendance(std::int64_t count);

// A sum of attendance figures: every total kenes reports is a value with its range.
struct AttendanceTotal {
  std::int64_t value = 0;
  std::int64_t low = 0;
  std::int64_t high = 0;

  void Add(const Attendance& a) {
    value += a.value;
    low += a.low;
    high += a.high;
  }
  bool operator==(const AttendanceTotal&) const = default;
};

}  // namespace kenes
