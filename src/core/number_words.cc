#include "core/number_words.h"

#include <algorithm>
#include <array>

#include "core/utf8.h"

namespace kenes::number_words {
namespace {

using K = Kind;
using F = Form;
constexpr Language kRu = Language::kRussian;
constexpr Language kKz = Language::kKazakh;
constexpr Language kAny = Language::kNeutral;

constexpr NumberWord Ru(std::string_view word, Kind kind, std::int64_t value,
                        Form form = F::kNone) {
  return {word, kind, value, kRu, form};
}
constexpr NumberWord Kz(std::string_view word, Kind kind, std::int64_t value,
                        Form form = F::kNone) {
  return {word, kind, value, kKz, form};
}

// Every form is listed rather than derived from a stem: Russian numerals change their stem with
// the case (восемь, восьми, восемью), and a list is easy to check against a grammar book.
constexpr NumberWord kUnsorted[] = {
    // Russian units, all genders and cases.
    Ru("один", K::kUnit, 1),
    Ru("одна", K::kUnit, 1),
    Ru("одно", K::kUnit, 1),
    Ru("одни", K::kUnit, 1),
    Ru("одного", K::kUnit, 1),
    Ru("одной", K::kUnit, 1),
    Ru("одному", K::kUnit, 1),
    Ru("одним", K::kUnit, 1),
    Ru("одном", K::kUnit, 1),
    Ru("одну", K::kUnit, 1),
    Ru("одною", K::kUnit, 1),
    Ru("одних", K::kUnit, 1),
    Ru("одними", K::kUnit, 1),
    Ru("два", K::kUnit, 2),
    Ru("две", K::kUnit, 2),
    Ru("двух", K::kUnit, 2),
    Ru("двум", K::kUnit, 2),
    Ru("двумя", K::kUnit, 2),
    Ru("три", K::kUnit, 3),
    Ru("трех", K::kUnit, 3),
    Ru("трем", K::kUnit, 3),
    Ru("тремя", K::kUnit, 3),
    Ru("четыре", K::kUnit, 4),
    Ru("четырех", K::kUnit, 4),
    Ru("четырем", K::kUnit, 4),
    Ru("четырьмя", K::kUnit, 4),
    Ru("пять", K::kUnit, 5),
    Ru("пяти", K::kUnit, 5),
    Ru("пятью", K::kUnit, 5),
    Ru("шесть", K::kUnit, 6),
    Ru("шести", K::kUnit, 6),
    Ru("шестью", K::kUnit, 6),
    Ru("семь", K::kUnit, 7),
    Ru("семи", K::kUnit, 7),
    Ru("семью", K::kUnit, 7),
    Ru("восемь", K::kUnit, 8),
    Ru("восьми", K::kUnit, 8),
    Ru("восемью", K::kUnit, 8),
    Ru("восьмью", K::kUnit, 8),
    Ru("девять", K::kUnit, 9),
    Ru("девяти", K::kUnit, 9),
    Ru("девятью", K::kUnit, 9),
    // Russian 10..19.
    Ru("десять", K::kTeen, 10),
    Ru("десяти", K::kTeen, 10),
    Ru("десятью", K::kTeen, 10),
    Ru("одиннадцать", K::kTeen, 11),
    Ru("одиннадцати", K::kTeen, 11),
    Ru("одиннадцатью", K::kTeen, 11),
    Ru("двенадцать", K::kTeen, 12),
    Ru("двенадцати", K::kTeen, 12),
    Ru("двенадцатью", K::kTeen, 12),
    Ru("тринадцать", K::kTeen, 13),
    Ru("тринадцати", K::kTeen, 13),
    Ru("тринадцатью", K::kTeen, 13),
    Ru("четырнадцать", K::kTeen, 14),
    Ru("четырнадцати", K::kTeen, 14),
    Ru("четырнадцатью", K::kTeen, 14),
    Ru("пятнадцать", K::kTeen, 15),
    Ru("пятнадцати", K::kTeen, 15),
    Ru("пятнадцатью", K::kTeen, 15),
    Ru("шестнадцать", K::kTeen, 16),
    Ru("шестнадцати", K::kTeen, 16),
    Ru("шестнадцатью", K::kTeen, 16),
    Ru("семнадцать", K::kTeen, 17),
    Ru("семнадцати", K::kTeen, 17),
    Ru("семнадцатью", K::kTeen, 17),
    Ru("восемнадцать", K::kTeen, 18),
    Ru("восемнадцати", K::kTeen, 18),
    Ru("восемнадцатью", K::kTeen, 18),
    Ru("девятнадцать", K::kTeen, 19),
    Ru("девятнадцати", K::kTeen, 19),
    Ru("девятнадцатью", K::kTeen, 19),
    // Russian tens.
    Ru("двадцать", K::kTens, 20),
    Ru("двадцати", K::kTens, 20),
    Ru("двадцатью", K::kTens, 20),
    Ru("тридцать", K::kTens, 30),
    Ru("тридцати", K::kTens, 30),
    Ru("тридцатью", K::kTens, 30),
    Ru("сорок", K::kTens, 40),
    Ru("сорока", K::kTens, 40),
    Ru("пятьдесят", K::kTens, 50),
    Ru("пятидесяти", K::kTens, 50),
    Ru("пятьюдесятью", K::kTens, 50),
    Ru("шестьдесят", K::kTens, 60),
    Ru("шестидесяти", K::kTens, 60),
    Ru("шестьюдесятью", K::kTens, 60),
    Ru("семьдесят", K::kTens, 70),
    Ru("семидесяти", K::kTens, 70),
    Ru("семьюдесятью", K::kTens, 70),
    Ru("восемьдесят", K::kTens, 80),
    Ru("восьмидесяти", K::kTens, 80),
    Ru("восемьюдесятью", K::kTens, 80),
    Ru("восьмьюдесятью", K::kTens, 80),
    Ru("девяносто", K::kTens, 90),
    Ru("девяноста", K::kTens, 90),
    // Russian hundreds.
    Ru("сто", K::kHundreds, 100),
    Ru("ста", K::kHundreds, 100),
    Ru("двести", K::kHundreds, 200),
    Ru("двухсот", K::kHundreds, 200),
    Ru("двумстам", K::kHundreds, 200),
    Ru("двумястами", K::kHundreds, 200),
    Ru("двухстах", K::kHundreds, 200),
    Ru("триста", K::kHundreds, 300),
    Ru("трехсот", K::kHundreds, 300),
    Ru("тремстам", K::kHundreds, 300),
    Ru("тремястами", K::kHundreds, 300),
    Ru("трехстах", K::kHundreds, 300),
    Ru("четыреста", K::kHundreds, 400),
    Ru("четырехсот", K::kHundreds, 400),
    Ru("четыремстам", K::kHundreds, 400),
    Ru("четырьмястами", K::kHundreds, 400),
    Ru("четырехстах", K::kHundreds, 400),
    Ru("пятьсот", K::kHundreds, 500),
    Ru("пятисот", K::kHundreds, 500),
    Ru("пятистам", K::kHundreds, 500),
    Ru("пятьюстами", K::kHundreds, 500),
    Ru("пятистах", K::kHundreds, 500),
    Ru("шестьсот", K::kHundreds, 600),
    Ru("шестисот", K::kHundreds, 600),
    Ru("шестистам", K::kHundreds, 600),
    Ru("шестьюстами", K::kHundreds, 600),
    Ru("шестистах", K::kHundreds, 600),
    Ru("семьсот", K::kHundreds, 700),
    Ru("семисот", K::kHundreds, 700),
    Ru("семистам", K::kHundreds, 700),
    Ru("семьюстами", K::kHundreds, 700),
    Ru("семистах", K::kHundreds, 700),
    Ru("восемьсот", K::kHundreds, 800),
    Ru("восьмисот", K::kHundreds, 800),
    Ru("восьмистам", K::kHundreds, 800),
    Ru("восемьюстами", K::kHundreds, 800),
    Ru("восьмьюстами", K::kHundreds, 800),
    Ru("восьмистах", K::kHundreds, 800),
    Ru("девятьсот", K::kHundreds, 900),
    Ru("девятисот", K::kHundreds, 900),
    Ru("девятистам", K::kHundreds, 900),
    Ru("девятьюстами", K::kHundreds, 900),
    Ru("девятистах", K::kHundreds, 900),
    // Russian multipliers. "десяток" and "сотня" count like "тысяча": два десятка, три сотни.
    Ru("десяток", K::kMultiplier, 10, F::kSingular),
    Ru("десятка", K::kMultiplier, 10, F::kSingular),
    Ru("десятку", K::kMultiplier, 10, F::kSingular),
    Ru("десятком", K::kMultiplier, 10, F::kSingular),
    Ru("десятке", K::kMultiplier, 10, F::kSingular),
    Ru("десятки", K::kMultiplier, 10, F::kPlural),
    Ru("десятков", K::kMultiplier, 10, F::kPlural),
    Ru("десяткам", K::kMultiplier, 10, F::kPlural),
    Ru("десятками", K::kMultiplier, 10, F::kPlural),
    Ru("десятках", K::kMultiplier, 10, F::kPlural),
    Ru("сотня", K::kMultiplier, 100, F::kSingular),
    Ru("сотни", K::kMultiplier, 100, F::kAmbiguous),
    Ru("сотне", K::kMultiplier, 100, F::kSingular),
    Ru("сотню", K::kMultiplier, 100, F::kSingular),
    Ru("сотней", K::kMultiplier, 100, F::kSingular),
    Ru("сотен", K::kMultiplier, 100, F::kPlural),
    Ru("сотням", K::kMultiplier, 100, F::kPlural),
    Ru("сотнями", K::kMultiplier, 100, F::kPlural),
    Ru("сотнях", K::kMultiplier, 100, F::kPlural),
    Ru("тысяча", K::kMultiplier, 1'000, F::kSingular),
    Ru("тысячи", K::kMultiplier, 1'000, F::kAmbiguous),
    Ru("тысяче", K::kMultiplier, 1'000, F::kSingular),
    Ru("тысячу", K::kMultiplier, 1'000, F::kSingular),
    Ru("тысячей", K::kMultiplier, 1'000, F::kSingular),
    Ru("тысячею", K::kMultiplier, 1'000, F::kSingular),
    Ru("тысяч", K::kMultiplier, 1'000, F::kPlural),
    Ru("тысячам", K::kMultiplier, 1'000, F::kPlural),
    Ru("тысячами", K::kMultiplier, 1'000, F::kPlural),
    Ru("тысячах", K::kMultiplier, 1'000, F::kPlural),
    {"миллион", K::kMultiplier, 1'000'000, kAny, F::kSingular},  // spelled alike in Kazakh
    Ru("миллиона", K::kMultiplier, 1'000'000, F::kSingular),
    Ru("миллиону", K::kMultiplier, 1'000'000, F::kSingular),
    Ru("миллионом", K::kMultiplier, 1'000'000, F::kSingular),
    Ru("миллионе", K::kMultiplier, 1'000'000, F::kSingular),
    Ru("миллионы", K::kMultiplier, 1'000'000, F::kPlural),
    Ru("миллионов", K::kMultiplier, 1'000'000, F::kPlural),
    Ru("миллионам", K::kMultiplier, 1'000'000, F::kPlural),
    Ru("миллионами", K::kMultiplier, 1'000'000, F::kPlural),
    Ru("миллионах", K::kMultiplier, 1'000'000, F::kPlural),
    {"миллиард", K::kMultiplier, 1'000'000'000, kAny, F::kSingular},
    Ru("миллиарда", K::kMultiplier, 1'000'000'000, F::kSingular),
    Ru("миллиарду", K::kMultiplier, 1'000'000'000, F::kSingular),
    Ru("миллиардом", K::kMultiplier, 1'000'000'000, F::kSingular),
    Ru("миллиарде", K::kMultiplier, 1'000'000'000, F::kSingular),
    Ru("миллиарды", K::kMultiplier, 1'000'000'000, F::kPlural),
    Ru("миллиардов", K::kMultiplier, 1'000'000'000, F::kPlural),
    Ru("миллиардам", K::kMultiplier, 1'000'000'000, F::kPlural),
    Ru("миллиардами", K::kMultiplier, 1'000'000'000, F::kPlural),
    Ru("миллиардах", K::kMultiplier, 1'000'000'000, F::kPlural),
    {"тыс", K::kMultiplier, 1'000, kAny, F::kAbbreviation},
    {"млн", K::kMultiplier, 1'000'000, kAny, F::kAbbreviation},
    {"млрд", K::kMultiplier, 1'000'000'000, kAny, F::kAbbreviation},
    // One and a half; the value is in halves.
    Ru("полтора", K::kHalf, 3),
    Ru("полторы", K::kHalf, 3),
    Ru("полутора", K::kHalf, 3),
    Ru("несколько", K::kSeveral, 1),
    Ru("нескольких", K::kSeveral, 1),
    Ru("нескольким", K::kSeveral, 1),
    Ru("несколькими", K::kSeveral, 1),
    // Kazakh numerals do not inflect before a noun; case endings are handled by
    // FindKazakhCaseForm.
    Kz("бір", K::kUnit, 1),
    Kz("екі", K::kUnit, 2),
    Kz("үш", K::kUnit, 3),
    Kz("төрт", K::kUnit, 4),
    Kz("бес", K::kUnit, 5),
    Kz("алты", K::kUnit, 6),
    Kz("жеті", K::kUnit, 7),
    Kz("сегіз", K::kUnit, 8),
    Kz("тоғыз", K::kUnit, 9),
    Kz("он", K::kTens, 10),
    Kz("жиырма", K::kTens, 20),
    Kz("отыз", K::kTens, 30),
    Kz("қырық", K::kTens, 40),
    Kz("елу", K::kTens, 50),
    Kz("алпыс", K::kTens, 60),
    Kz("жетпіс", K::kTens, 70),
    Kz("сексен", K::kTens, 80),
    Kz("тоқсан", K::kTens, 90),
    Kz("жүз", K::kKazakhHundred, 100),
    Kz("мың", K::kMultiplier, 1'000, F::kSingular),
    Kz("жарым", K::kKazakhHalf, 1),
    Kz("бірнеше", K::kSeveral, 1),
    Kz("ондаған", K::kVague, 10),
    Kz("жүздеген", K::kVague, 100),
    Kz("мыңдаған", K::kVague, 1'000),
    Kz("миллиондаған", K::kVague, 1'000'000),
    // First words of qualifiers; the parser matches the whole phrase.
    Ru("около", K::kQualifier, 0),
    Ru("примерно", K::kQualifier, 0),
    Ru("приблизительно", K::kQualifier, 0),
    Ru("ориентировочно", K::kQualifier, 0),
    Ru("где-то", K::kQualifier, 0),
    Ru("порядка", K::kQualifier, 0),
    Ru("более", K::kQualifier, 0),
    Ru("свыше", K::kQualifier, 0),
    Ru("больше", K::kQualifier, 0),
    Ru("не", K::kQualifier, 0),
    Ru("как", K::kQualifier, 0),
    Ru("минимум", K::kQualifier, 0),
    Ru("по", K::kQualifier, 0),
    Ru("почти", K::kQualifier, 0),
    Ru("без", K::kQualifier, 0),
    Ru("чуть", K::kQualifier, 0),
    Ru("немногим", K::kQualifier, 0),
    Ru("до", K::kQualifier, 0),
    Ru("вплоть", K::kQualifier, 0),
    Ru("максимум", K::kQualifier, 0),
    Ru("менее", K::kQualifier, 0),
    Ru("меньше", K::kQualifier, 0),
    Ru("от", K::kQualifier, 0),
    Kz("шамамен", K::kQualifier, 0),
    Kz("жуықтап", K::kQualifier, 0),
    Kz("кемінде", K::kQualifier, 0),
    Kz("кем", K::kQualifier, 0),
    Kz("ең", K::kQualifier, 0),
};

constexpr auto kWords = [] {
  std::array<NumberWord, std::size(kUnsorted)> words{};
  std::copy(std::begin(kUnsorted), std::end(kUnsorted), words.begin());
  std::sort(words.begin(), words.end(),
            [](const NumberWord& a, const NumberWord& b) { return a.word < b.word; });
  return words;
}();

constexpr bool AllDistinct() {
  for (std::size_t i = 1; i < kWords.size(); ++i) {
    if (kWords[i - 1].word == kWords[i].word) return false;
  }
  return true;
}
static_assert(AllDistinct(), "a word is listed twice in the number word table");

// Ablative (-дан), dative (-ға) and similative (-дай) endings in their vowel-harmony and voicing
// variants. The dative -на/-не only follows a possessive ending, never a bare numeral, so it is
// not listed.
struct Ending {
  std::string_view text;
  KazakhCase grammatical_case;
};
constexpr Ending kEndings[] = {
    {"дан", KazakhCase::kAblative},   {"ден", KazakhCase::kAblative},
    {"тан", KazakhCase::kAblative},   {"тен", KazakhCase::kAblative},
    {"нан", KazakhCase::kAblative},   {"нен", KazakhCase::kAblative},
    {"ға", KazakhCase::kDative},      {"ге", KazakhCase::kDative},
    {"қа", KazakhCase::kDative},      {"ке", KazakhCase::kDative},
    {"дай", KazakhCase::kSimilative}, {"дей", KazakhCase::kSimilative},
    {"тай", KazakhCase::kSimilative}, {"тей", KazakhCase::kSimilative},
};

void AppendUtf8(char* out, std::size_t& size, bool& complete, char32_t c) {
  char bytes[4];
  std::size_t n = 0;
  if (c < 0x80) {
    bytes[n++] = static_cast<char>(c);
  } else if (c < 0x800) {
    bytes[n++] = static_cast<char>(0xC0 | (c >> 6));
    bytes[n++] = static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    bytes[n++] = static_cast<char>(0xE0 | (c >> 12));
    bytes[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    bytes[n++] = static_cast<char>(0x80 | (c & 0x3F));
  } else {
    bytes[n++] = static_cast<char>(0xF0 | (c >> 18));
    bytes[n++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    bytes[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    bytes[n++] = static_cast<char>(0x80 | (c & 0x3F));
  }
  if (size + n > kMaxFoldedWord) {
    complete = false;
    return;
  }
  for (std::size_t i = 0; i < n; ++i) out[size++] = bytes[i];
}

}  // namespace

FoldedWord FoldWord(std::string_view text) {
  FoldedWord folded;
  std::size_t pos = 0;
  while (pos < text.size() && folded.complete_) {
    char32_t c = utf8::ToLower(utf8::Decode(text, pos));
    if (c == 0x0451) c = 0x0435;  // ё -> е: people write either, the table holds е
    AppendUtf8(folded.bytes_, folded.size_, folded.complete_, c);
  }
  return folded;
}

const NumberWord* Find(std::string_view folded) {
  const auto it = std::lower_bound(
      kWords.begin(), kWords.end(), folded,
      [](const NumberWord& entry, std::string_view word) { return entry.word < word; });
  return (it != kWords.end() && it->word == folded) ? &*it : nullptr;
}

std::string_view KazakhNumeral(std::int64_t value) {
  for (const NumberWord& entry : kWords) {
    if (entry.language == Language::kRussian || entry.value != value) continue;
    if (entry.kind == Kind::kUnit || entry.kind == Kind::kTens ||
        entry.kind == Kind::kKazakhHundred ||
        (entry.kind == Kind::kMultiplier && entry.form == Form::kSingular)) {
      return entry.word;
    }
  }
  return {};
}

CaseForm FindKazakhCaseForm(std::string_view folded) {
  for (const Ending& ending : kEndings) {
    if (folded.size() <= ending.text.size() || !folded.ends_with(ending.text)) continue;
    const NumberWord* stem = Find(folded.substr(0, folded.size() - ending.text.size()));
    if (stem == nullptr || stem->language == Language::kRussian) continue;
    // "бірдей" is "the same", "ондай" "such": far more often than "some one", "some ten".
    if (ending.grammatical_case == KazakhCase::kSimilative &&
        (stem->word == "бір" || stem->word == "он")) {
      continue;
    }
    if (stem->kind == Kind::kUnit || stem->kind == Kind::kTens ||
        stem->kind == Kind::kKazakhHundred ||
        (stem->kind == Kind::kMultiplier && stem->form == Form::kSingular)) {
      return {stem, ending.grammatical_case};
    }
  }
  return {};
}

Stem StripKazakhCase(std::string_view folded) {
  for (const Ending& ending : kEndings) {
    if (folded.size() > ending.text.size() && folded.ends_with(ending.text)) {
      return {folded.substr(0, folded.size() - ending.text.size()), ending.grammatical_case};
    }
  }
  return {folded, KazakhCase::kNone};
}

KazakhCase KazakhCaseEnding(std::string_view folded) {
  for (const Ending& ending : kEndings) {
    if (folded == ending.text) return ending.grammatical_case;
  }
  return KazakhCase::kNone;
}

}  // namespace kenes::number_words
