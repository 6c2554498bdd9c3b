#include "publish/attendance_words.h"

#include <array>
#include <cstdint>
#include <vector>

#include "core/attendance_kazakh.h"
#include "core/kazakh_morphology.h"
#include "core/utf8.h"

namespace kenes::publish {
namespace {

// Kazakh figure words spelled without a letter only Kazakh writes, so HasKazakhLetter misses
// them: qualifiers, numerals and the unit nouns of docs/attendance.md.
constexpr std::array<std::string_view, 17> kKazakhWords = {
    "шамамен", "астам", "аса",  "кем",  "аз",     "тарта", "таяу",   "адам",  "кісі",
    "елу",     "бес",   "алты", "отыз", "жиырма", "алпыс", "сексен", "тоқсан"};

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Digits with a no-break space between the thousands from 10 000 up, as the parser reads them
// and as KazakhAttendanceText writes them.
std::string Digits(std::int64_t n) {
  std::string plain = std::to_string(n);
  if (n < 10'000) return plain;
  std::string out;
  const std::size_t first = plain.size() % 3 == 0 ? 3 : plain.size() % 3;
  out += plain.substr(0, first);
  for (std::size_t i = first; i < plain.size(); i += 3) {
    out += "\u00A0";
    out += plain.substr(i, 3);
  }
  return out;
}

bool SameRange(const std::string& words, const Attendance& attendance, bool same_qualifier) {
  auto read = ParseAttendance(words);
  if (!read.ok()) return false;
  const Attendance& a = read.value();
  if (a.low != attendance.low || a.high != attendance.high || a.value != attendance.value) {
    return false;
  }
  return !same_qualifier || a.qualifier == attendance.qualifier;
}

// The vague word for a unit of 10^k: "десятки тысяч" for 10 000.
std::string_view RussianVague(std::int64_t unit) {
  switch (unit) {
    case 1:
      return "несколько";
    case 10:
      return "десятки";
    case 100:
      return "сотни";
    case 1'000:
      return "тысячи";
    case 10'000:
      return "десятки тысяч";
    case 100'000:
      return "сотни тысяч";
    case 1'000'000:
      return "миллионы";
    case 10'000'000:
      return "десятки миллионов";
    case 100'000'000:
      return "сотни миллионов";
    case 1'000'000'000:
      return "миллиарды";
    default:
      return "";
  }
}

// The words the qualifier's rule is written with, from the figure N of the rule.
std::string RussianByRule(const Attendance& a) {
  switch (a.qualifier) {
    case Qualifier::kExact:
      return Digits(a.value);
    case Qualifier::kAbout:
      return "около " + Digits(a.value);
    case Qualifier::kOrder:
      return "порядка " + Digits(a.value);
    case Qualifier::kMoreThan:
      return "более " + Digits(a.value - 1);
    case Qualifier::kAtLeast:
      return "не менее " + Digits(a.value);
    case Qualifier::kAlmost:
      return "почти " + Digits(a.value + 1);
    case Qualifier::kUpTo:
      return "до " + Digits(a.value);
    case Qualifier::kLessThan:
      return "менее " + Digits(a.value + 1);
    case Qualifier::kRange:
      return "от " + Digits(a.low) + " до " + Digits(a.high);
    case Qualifier::kVague:
      if (a.value % 3 == 0) return std::string(RussianVague(a.value / 3));
      return "";
  }
  return "";
}

}  // namespace

std::optional<PublicationLanguage> FigureLanguage(std::string_view words) {
  if (kazakh::HasKazakhLetter(words)) return PublicationLanguage::kKazakh;
  const std::string lower = utf8::ToLower(words);
  bool letters = false;
  std::string word;
  char32_t before = 0;
  auto kazakh_word = [&] {
    bool kazakh = false;
    for (std::string_view known : kKazakhWords) kazakh = kazakh || word == known;
    word.clear();
    return kazakh;
  };
  for (std::size_t pos = 0; pos < lower.size();) {
    const std::size_t at = pos;
    const char32_t c = utf8::Decode(lower, pos);
    if (utf8::IsLetter(c)) {
      letters = true;
      // A case ending glued to digits by a hyphen: "300-ден", "200-дей".
      if (before == U'-' && at >= 2 && IsAsciiDigit(lower[at - 2])) {
        return PublicationLanguage::kKazakh;
      }
      word.append(lower, at, pos - at);
    } else if (!word.empty() && kazakh_word()) {
      return PublicationLanguage::kKazakh;
    }
    before = c;
  }
  if (!word.empty() && kazakh_word()) return PublicationLanguage::kKazakh;
  if (letters) return PublicationLanguage::kRussian;
  return std::nullopt;
}

std::string RussianAttendanceText(const Attendance& attendance) {
  std::string words = RussianByRule(attendance);
  if (!words.empty() && SameRange(words, attendance, true)) return words;
  // Numbers no rule of the qualifier makes: their range, as honest as the figure is.
  if (attendance.low == attendance.high) return Digits(attendance.low);
  return "от " + Digits(attendance.low) + " до " + Digits(attendance.high);
}

std::string AttendanceWords(const Attendance& attendance, PublicationLanguage language) {
  const std::string_view own = utf8::Trim(attendance.text);
  if (!own.empty()) {
    const std::optional<PublicationLanguage> said_in = FigureLanguage(own);
    if (!said_in || *said_in == language) return std::string(own);
  }
  if (language == PublicationLanguage::kKazakh) return KazakhAttendanceText(attendance);
  return RussianAttendanceText(attendance);
}

}  // namespace kenes::publish
