#include "core/place_english.h"

#include <array>
#include <optional>
#include <utility>

#include "core/utf8.h"

namespace kenes {
namespace {

// Lower-case Cyrillic letter → Latin ("" for the hard and soft signs), or nullopt for anything
// else. Upper case is found through utf8::ToLower.
std::optional<std::string_view> LatinOf(char32_t lower) {
  static constexpr std::array<std::pair<char32_t, std::string_view>, 42> kLetters = {{
      {U'а', "a"}, {U'ә', "a"},  {U'б', "b"},  {U'в', "v"},  {U'г', "g"},    {U'ғ', "g"},
      {U'д', "d"}, {U'е', "e"},  {U'ё', "yo"}, {U'ж', "zh"}, {U'з', "z"},    {U'и', "i"},
      {U'й', "y"}, {U'к', "k"},  {U'қ', "k"},  {U'л', "l"},  {U'м', "m"},    {U'н', "n"},
      {U'ң', "n"}, {U'о', "o"},  {U'ө', "o"},  {U'п', "p"},  {U'р', "r"},    {U'с', "s"},
      {U'т', "t"}, {U'у', "u"},  {U'ұ', "u"},  {U'ү', "u"},  {U'ф', "f"},    {U'х', "kh"},
      {U'һ', "h"}, {U'ц', "ts"}, {U'ч', "ch"}, {U'ш', "sh"}, {U'щ', "shch"}, {U'ъ', ""},
      {U'ы', "y"}, {U'і', "i"},  {U'ь', ""},   {U'э', "e"},  {U'ю', "yu"},   {U'я', "ya"},
  }};
  for (const auto& [letter, latin] : kLetters) {
    if (letter == lower) return latin;
  }
  return std::nullopt;
}

// Whole words English translates rather than spells (an empty translation drops the word), or
// nullopt for a word to spell. Keys are lower case.
std::optional<std::string_view> TranslationOf(std::string_view lower_word) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 14> kWords = {{
      {"облысы", "Region"},
      {"область", "Region"},
      {"ауданы", "District"},
      {"аудан", "District"},
      {"район", "District"},
      {"атындағы", ""},  // "named after": "Қазыбек би атындағы аудан" is Kazybek bi District
      {"имени", ""},
      {"қаласы", "City"},
      {"батыс", "West"},
      {"шығыс", "East"},
      {"солтүстік", "North"},
      {"оңтүстік", "South"},
      {"қазақстан", "Kazakhstan"},
      {"қарағанды", "Karaganda"},
  }};
  for (const auto& [word, english] : kWords) {
    if (word == lower_word) return english;
  }
  return std::nullopt;
}

bool IsSeparator(char32_t c) { return utf8::IsSpace(c) || c == U'-'; }

}  // namespace

std::string Romanize(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = utf8::Decode(text, pos);
    const char32_t lower = utf8::ToLower(c);
    const std::optional<std::string_view> latin = LatinOf(lower);
    if (!latin) {
      utf8::Append(out, c);
    } else if (!latin->empty()) {
      std::string letters(*latin);
      if (c != lower) letters[0] = static_cast<char>(letters[0] - 'a' + 'A');
      out += letters;
    }
  }
  return out;
}

std::string EnglishPlaceName(std::string_view name_kk, std::string_view name_ru) {
  const std::string_view name = utf8::Trim(name_kk).empty() ? name_ru : name_kk;
  std::string out;
  std::size_t pos = 0;
  while (pos < name.size()) {
    // A word up to the next space or hyphen, then the separators after it, kept as they are.
    std::size_t end = pos;
    while (end < name.size()) {
      std::size_t next = end;
      if (IsSeparator(utf8::Decode(name, next))) break;
      end = next;
    }
    const std::string_view word = name.substr(pos, end - pos);
    const std::optional<std::string_view> english = TranslationOf(utf8::ToLower(word));
    out += english ? std::string(*english) : Romanize(word);
    const bool dropped = english && english->empty();
    pos = end;
    while (pos < name.size()) {
      std::size_t next = pos;
      const char32_t c = utf8::Decode(name, next);
      if (!IsSeparator(c)) break;
      if (!dropped) utf8::Append(out, c);
      pos = next;
    }
  }
  // A dropped word can leave a space at either end.
  return std::string(utf8::Trim(out));
}

}  // namespace kenes
