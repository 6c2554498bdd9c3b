#include "publish/attendance_words.h"

#include <array>

#include "core/attendance_text.h"
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

std::string AttendanceWords(const Attendance& attendance, PublicationLanguage language) {
  const std::string_view own = utf8::Trim(attendance.text);
  if (!own.empty()) {
    const std::optional<PublicationLanguage> said_in = FigureLanguage(own);
    if (!said_in || *said_in == language) return std::string(own);
  }
  return AttendanceText(attendance, language);
}

}  // namespace kenes::publish
