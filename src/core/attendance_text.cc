#include "core/attendance_text.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/grouped.h"
#include "core/kazakh_ending.h"
#include "core/number_words.h"

namespace kenes {
namespace {

using number_words::KazakhCase;

// How a qualifier's figure N is said: the words before it, the case ending the digits take (only
// Kazakh has them: "400-ден"), the words after it.
struct Phrase {
  std::string_view before;
  KazakhCase ending = KazakhCase::kNone;
  std::string_view after;
};

// Each qualifier whose rule has a figure N, in both languages side by side; nullopt where the
// language has no words for it.
struct QualifierWords {
  Qualifier qualifier;
  std::optional<Phrase> russian;
  std::optional<Phrase> kazakh;
};

constexpr std::array<QualifierWords, 8> kQualifierWords = {{
    {Qualifier::kExact, Phrase{}, Phrase{}},
    {Qualifier::kAbout, Phrase{"около "}, Phrase{"шамамен "}},
    {Qualifier::kOrder, Phrase{"порядка "}, std::nullopt},
    {Qualifier::kMoreThan, Phrase{"более "}, Phrase{"", KazakhCase::kAblative, " астам"}},
    {Qualifier::kAtLeast, Phrase{"не менее "}, Phrase{"кемінде "}},
    {Qualifier::kAlmost, Phrase{"почти "}, Phrase{"", KazakhCase::kDative, " жуық"}},
    {Qualifier::kUpTo, Phrase{"до "}, Phrase{"", KazakhCase::kDative, " дейін"}},
    {Qualifier::kLessThan, Phrase{"менее "}, Phrase{"", KazakhCase::kAblative, " кем"}},
}};

// A vague count of `unit` (2 to 9 of it, docs/attendance.md) in words read back as that unit.
struct VagueWords {
  std::int64_t unit;
  std::string_view russian;
  std::string_view kazakh;
};

constexpr std::array<VagueWords, 10> kVagueWords = {{
    {1, "несколько", "бірнеше"},
    {10, "десятки", "ондаған"},
    {100, "сотни", "жүздеген"},
    {1'000, "тысячи", "мыңдаған"},
    {10'000, "десятки тысяч", "ондаған мың"},
    {100'000, "сотни тысяч", "жүздеген мың"},
    {1'000'000, "миллионы", "миллиондаған"},
    {10'000'000, "десятки миллионов", "ондаған миллион"},
    {100'000'000, "сотни миллионов", "жүздеген миллион"},
    {1'000'000'000, "миллиарды", "бірнеше миллиард"},
}};

template <typename T>
const T& In(PublicationLanguage language, const T& russian, const T& kazakh) {
  return language == PublicationLanguage::kKazakh ? kazakh : russian;
}

// Digits, grouped by a no-break space from 10 000 up (Russian typography leaves four digits whole:
// "1000-нан"; Grouped would write "1 000"), as ParseAttendance reads them.
std::string Figure(std::int64_t n) { return n < 10'000 ? std::to_string(n) : Grouped(n); }

// "от 200 до 300" / "200–300"; a degenerate range stays one ("300–300"), so it reads back as a
// range.
std::string RangeText(std::int64_t low, std::int64_t high, PublicationLanguage language) {
  if (language == PublicationLanguage::kKazakh) return Figure(low) + "–" + Figure(high);
  return "от " + Figure(low) + " до " + Figure(high);
}

// The figure N a qualified attendance was read from, by inverting its rule's value.
std::int64_t RuleFigure(const Attendance& a) {
  if (a.qualifier == Qualifier::kMoreThan) return a.value - 1;
  if (a.qualifier == Qualifier::kAlmost || a.qualifier == Qualifier::kLessThan) return a.value + 1;
  return a.value;
}

// The words of `a`'s qualifier in `language`, or nullopt when there are none for its numbers.
// They still have to read back (ReadsBack): the bounds may follow no rule.
std::optional<std::string> ByRule(const Attendance& a, PublicationLanguage language) {
  if (a.qualifier == Qualifier::kRange) return RangeText(a.low, a.high, language);
  if (a.qualifier == Qualifier::kVague) {
    for (const VagueWords& vague : kVagueWords) {
      if (vague.unit * 3 == a.value) return std::string(In(language, vague.russian, vague.kazakh));
    }
    return std::nullopt;
  }
  for (const QualifierWords& words : kQualifierWords) {
    if (words.qualifier != a.qualifier) continue;
    const std::optional<Phrase>& phrase = In(language, words.russian, words.kazakh);
    const std::int64_t n = RuleFigure(a);
    if (!phrase || n < 0 || n > kMaxAttendanceFigure) return std::nullopt;
    std::string text(phrase->before);
    text += Figure(n);
    if (phrase->ending != KazakhCase::kNone) text += "-" + KazakhEnding(n, phrase->ending);
    text += phrase->after;
    return text;
  }
  return std::nullopt;
}

// Read back by the parser itself rather than by recomputing the rule, so that whatever the tables
// say, nothing is written that the intake would read as another figure.
bool ReadsBack(const std::string& words, const Attendance& a) {
  const Result<Attendance> read = ParseAttendance(words);
  return read.ok() && read->qualifier == a.qualifier && read->value == a.value &&
         read->low == a.low && read->high == a.high;
}

}  // namespace

std::string AttendanceText(const Attendance& attendance, PublicationLanguage language) {
  const std::optional<std::string> words = ByRule(attendance, language);
  if (words && ReadsBack(*words, attendance)) return *words;
  // What no rule made, or a language has no words for, is written as the range it claims.
  if (attendance.low == attendance.value && attendance.value == attendance.high) {
    return Figure(attendance.value);
  }
  return RangeText(attendance.low, attendance.high, language);
}

}  // namespace kenes
