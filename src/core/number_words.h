// The words attendance figures are written with: Russian cardinal numerals in every case and
// gender, Kazakh numerals, the multipliers (тысяча, млн, мың), the vague counts (десятки,
// несколько, мыңдаған) and the first words of qualifiers (около, не менее, шамамен). The
// attendance parser (attendance_parser.cc) looks words up here; this file knows no grammar.
//
// Words are looked up in their folded spelling (FoldWord): lower case, ё read as е. Lookups touch
// only a static table, never the heap, because the extractor calls them at every word of running
// text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kenes::number_words {

enum class Kind : std::uint8_t {
  kUnit,  // 1..9: один, одной, двух; бір, екі
  kTeen,  // Russian 10..19: десять, одиннадцати (no unit may follow)
  kTens,  // 20..90: двадцать, сорока; Kazakh 10..90: он, жиырма (a unit may follow)
  kHundreds,       // Russian 100..900: сто, ста, двухсот, тремястами
  kKazakhHundred,  // жүз: 100, multiplies the unit before it (екі жүз = 200)
  kMultiplier,  // десяток, сотня, тысяча, миллион, миллиард, тыс, млн, млрд, мың
  kHalf,  // полтора, полторы, полутора: one and a half of the multiplier that follows
  kKazakhHalf,  // жарым: a half added to the Kazakh number before it (бір жарым мың = 1 500)
  kSeveral,  // несколько, нескольких; бірнеше
  kVague,  // Kazakh ондаған, жүздеген, мыңдаған, миллиондаған: "tens of", "hundreds of"
  kQualifier,  // the first word of a qualifier: около, не (менее), как (минимум), шамамен
};

// How a multiplier reads when no number stands before it.
enum class Form : std::uint8_t {
  kNone,      // not a multiplier
  kSingular,  // тысяча, тысячу, миллиона, десяток, мың: one thousand, one million, ten
  kPlural,  // тысяч, тысячами, миллионы, десятки: "thousands", a vague count
  kAmbiguous,  // тысячи, сотни: genitive singular after "около", nominative plural alone
  kAbbreviation,  // тыс, млн, млрд: only after a number; a following '.' belongs to it
};

enum class Language : std::uint8_t { kNeutral, kRussian, kKazakh };

struct NumberWord {
  std::string_view word;  // folded
  Kind kind;
  std::int64_t value;  // the number, the multiplier or the unit of a vague count; 0 for qualifiers
  Language language;
  Form form;
};

// The Kazakh case a numeral carries before a postposition: "300-ден астам" (ablative: more than),
// "300-ге жуық" (dative: almost); or the similative -дай/-дей, which alone says "some 300"
// ("300-дей", "жүздей").
enum class KazakhCase : std::uint8_t { kNone, kAblative, kDative, kSimilative };

// Longest folded word kept, in bytes: 48 Cyrillic letters, so that long nouns after a figure
// ("сельхозтоваропроизводителей") can still be recognized. Longer words are in no table.
inline constexpr std::size_t kMaxFoldedWord = 96;

// A folded word, held without touching the heap.
class FoldedWord {
 public:
  std::string_view view() const { return {bytes_, size_}; }
  // False when the word was longer than kMaxFoldedWord; view() is then a truncated prefix.
  bool complete() const { return complete_; }

 private:
  friend FoldedWord FoldWord(std::string_view text);
  char bytes_[kMaxFoldedWord];
  std::size_t size_ = 0;
  bool complete_ = true;
};

// Lower case with ё read as е, for a word of letters (and inner hyphens, as in "где-то").
FoldedWord FoldWord(std::string_view text);

// The entry for a folded word, or nullptr.
const NumberWord* Find(std::string_view folded);

// The Kazakh word for `value` as it stands alone before a noun: 2 → "екі", 40 → "қырық", 100 →
// "жүз", 1000 → "мың", 1000000 → "миллион"; empty for a value no single word names (0, 150).
std::string_view KazakhNumeral(std::int64_t value);

// A Kazakh numeral with a case ending: "мыңнан" (мың, ablative), "жүзге" (жүз, dative), "жүздей"
// (жүз, similative). "бірдей" (the same) and "ондай" (such) are ordinary words, not "some one" and
// "some ten": the similative is not read on бір and он.
struct CaseForm {
  const NumberWord* word = nullptr;  // nullptr when `folded` is no such form
  KazakhCase grammatical_case = KazakhCase::kNone;
};
CaseForm FindKazakhCaseForm(std::string_view folded);

// The case of an ending written after digits with a hyphen: "ден" in "300-ден", "ге" in "300-ге",
// "дей" in "300-дей".
// Any of the vowel-harmony variants is accepted, since digits do not say which one is right.
KazakhCase KazakhCaseEnding(std::string_view folded);

// A folded word without its ablative, dative or similative ending, and that case: "адамнан" →
// "адам", ablative. Only the ending is checked, not whether the stem is a word nor whether the
// ending suits it; {folded, kNone} when no such ending is there or nothing would be left.
struct Stem {
  std::string_view stem;
  KazakhCase grammatical_case = KazakhCase::kNone;
};
Stem StripKazakhCase(std::string_view folded);

}  // namespace kenes::number_words
