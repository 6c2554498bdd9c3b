#include "core/attendance_kazakh.h"

#include <optional>

#include "core/attendance_rules.h"
#include "core/kazakh_morphology.h"
#include "core/utf8.h"

namespace kenes {
namespace {

using number_words::KazakhCase;

// Digits, with the thousands of figures from 10 000 up grouped by a no-break space, as
// ParseAttendance reads them.
std::string Digits(std::int64_t n) {
  const std::string plain = std::to_string(n);
  if (n < 10'000) return plain;
  std::string grouped;
  for (std::size_t i = 0; i < plain.size(); ++i) {
    if (i > 0 && (plain.size() - i) % 3 == 0) grouped += "\u00A0";
    grouped += plain[i];
  }
  return grouped;
}

std::string WithEnding(std::int64_t n, KazakhCase grammatical_case) {
  return Digits(n) + "-" + std::string(KazakhEnding(n, grammatical_case));
}

bool Same(const AttendanceBounds& bounds, const Attendance& a) {
  return bounds.value == a.value && bounds.low == a.low && bounds.high == a.high;
}

// The figure N a qualified attendance was read from, by inverting its rule's value (value = N for
// about, at_least, up_to; N + 1 for more_than; N − 1 for almost and less_than); nullopt when its
// bounds are not the rule's for that N.
std::optional<std::int64_t> FigureOf(const Attendance& a) {
  std::int64_t n = a.value;
  if (a.qualifier == Qualifier::kMoreThan) n = a.value - 1;
  if (a.qualifier == Qualifier::kAlmost || a.qualifier == Qualifier::kLessThan) n = a.value + 1;
  if (n < 0 || n > kMaxAttendanceFigure) return std::nullopt;
  const auto bounds = QualifiedBounds(a.qualifier, n);
  if (!bounds || !Same(*bounds, a)) return std::nullopt;
  return n;
}

// The vague count of `unit` in words ParseAttendance reads back as that unit.
std::string_view VagueWords(std::int64_t unit) {
  switch (unit) {
    case 1:
      return "бірнеше";
    case 10:
      return "ондаған";
    case 100:
      return "жүздеген";
    case 1'000:
      return "мыңдаған";
    case 10'000:
      return "ондаған мың";
    case 100'000:
      return "жүздеген мың";
    case 1'000'000:
      return "миллиондаған";
    case 10'000'000:
      return "ондаған миллион";
    case 100'000'000:
      return "жүздеген миллион";
    case 1'000'000'000:
      return "бірнеше миллиард";
  }
  return {};
}

// "200–300"; a degenerate range stays one ("300–300"), so it reads back as a range.
std::string RangeText(std::int64_t low, std::int64_t high) {
  return Digits(low) + "–" + Digits(high);
}

// What no rule produced is written as the range it claims.
std::string Fallback(const Attendance& a) {
  if (a.low == a.value && a.value == a.high) return Digits(a.value);
  return RangeText(a.low, a.high);
}

}  // namespace

std::string_view KazakhLastNumeral(std::int64_t n) {
  if (n == 0) return "нөл";
  if (n % 10 != 0) return number_words::KazakhNumeral(n % 10);
  if (n % 100 != 0) return number_words::KazakhNumeral(n % 100);
  if (n % 1000 != 0) return number_words::KazakhNumeral(100);
  // The largest multiplier that leaves no remainder: 6000 is алты мың, 2000000 екі миллион.
  std::int64_t multiplier = 1000;
  while (multiplier < 1'000'000'000 && (n / multiplier) % 1000 == 0) multiplier *= 1000;
  return number_words::KazakhNumeral(multiplier);
}

std::string KazakhEnding(std::int64_t n, KazakhCase grammatical_case) {
  // The suffix the last numeral said aloud takes, by the one table of Kazakh suffixes
  // (core/kazakh_morphology.h); the similative -дай is the locative's shape with й.
  const std::string word = utf8::ToLower(KazakhLastNumeral(n));
  const auto suffix = [&](kazakh::Case c) {
    kazakh::Form form;
    form.grammatical_case = c;
    return kazakh::Inflect(word, form).substr(word.size());
  };
  switch (grammatical_case) {
    case KazakhCase::kNone:
      break;
    case KazakhCase::kAblative:
      return suffix(kazakh::Case::kAblative);
    case KazakhCase::kDative:
      return suffix(kazakh::Case::kDative);
    case KazakhCase::kSimilative:
      return suffix(kazakh::Case::kLocative) + "й";
  }
  return {};
}

std::string KazakhAttendanceText(const Attendance& a) {
  switch (a.qualifier) {
    case Qualifier::kRange:
      if (a.low < 0 || a.low > a.high || a.high > kMaxAttendanceFigure ||
          !Same(RangeBounds(a.low, a.high), a)) {
        return Fallback(a);
      }
      return RangeText(a.low, a.high);
    case Qualifier::kVague: {
      const std::int64_t unit = a.value / 3;
      const std::string_view words = VagueWords(unit);
      if (words.empty() || !Same(VagueBounds(unit), a)) return Fallback(a);
      return std::string(words);
    }
    case Qualifier::kOrder:
      return Fallback(a);
    default:
      break;
  }
  const std::optional<std::int64_t> n = FigureOf(a);
  if (!n) return Fallback(a);
  switch (a.qualifier) {
    case Qualifier::kExact:
      return Digits(*n);
    case Qualifier::kAbout:
      return "шамамен " + Digits(*n);
    case Qualifier::kMoreThan:
      return WithEnding(*n, KazakhCase::kAblative) + " астам";
    case Qualifier::kAtLeast:
      return "кемінде " + Digits(*n);
    case Qualifier::kAlmost:
      return WithEnding(*n, KazakhCase::kDative) + " жуық";
    case Qualifier::kUpTo:
      return WithEnding(*n, KazakhCase::kDative) + " дейін";
    case Qualifier::kLessThan:
      return WithEnding(*n, KazakhCase::kAblative) + " кем";
    case Qualifier::kOrder:
    case Qualifier::kRange:
    case Qualifier::kVague:
      break;
  }
  return Fallback(a);
}

}  // namespace kenes
