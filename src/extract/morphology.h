// Just enough Russian morphology to read names, titles and noun phrases in the cases a press
// release puts them in, and to give them back in the nominative: declension paradigms as tables
// of endings, the forms each ending can mark, and the rules that rebuild a nominative from an
// inflected adjective, noun or surname ("Карагандинской области" -> "Карагандинская область",
// "Ерлана Карина" -> "Ерлан Карин").
//
// Words are passed folded (lower case, ё as е) unless a function says otherwise; lemmas are
// rebuilt on the surface spelling so that capitals survive.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace kenes::extract {

enum class Case : std::uint8_t {
  kNominative,
  kGenitive,
  kDative,
  kAccusative,
  kInstrumental,
  kPrepositional,
};
enum class Plurality : std::uint8_t { kSingular, kPlural };
enum class Gender : std::uint8_t { kMasculine, kFeminine, kNeuter };

// A set of case-and-number forms an ending may mark, one bit each.
using FormSet = std::uint32_t;
constexpr FormSet FormOf(Case c, Plurality n) {
  return static_cast<FormSet>(1u << (static_cast<unsigned>(c) * 2 + static_cast<unsigned>(n)));
}
inline constexpr FormSet kAnySingular = 0x555;
inline constexpr FormSet kAnyPlural = 0xAAA;
inline constexpr FormSet kAnyForm = 0xFFF;
inline constexpr FormSet kNominativeSingular = FormOf(Case::kNominative, Plurality::kSingular);
inline constexpr FormSet kNominativePlural = FormOf(Case::kNominative, Plurality::kPlural);
inline constexpr FormSet kNominativeAny = kNominativeSingular | kNominativePlural;
// Past-tense verbs mark gender and number instead of case; they reuse the spare bits.
inline constexpr FormSet kVerbMasculine = 1u << 12;
inline constexpr FormSet kVerbFeminine = 1u << 13;
inline constexpr FormSet kVerbNeuter = 1u << 14;
inline constexpr FormSet kVerbPlural = 1u << 15;
// Kazakh forms (Paradigm::kKazakh) mark the Russian case that does the same work where there is
// one (the locative as the prepositional: "where"), and these bits for the rest.
inline constexpr FormSet kKazakhAblative = 1u << 16;     // ауылдан: "from"
inline constexpr FormSet kKazakhAttributive = 1u << 17;  // ауылдағы: "which is in"
inline constexpr FormSet kKazakhPossessive = 1u << 18;  // ауданы, депутаты: izafet, "of"

// True when `forms` holds `c` in either number.
constexpr bool HasCase(FormSet forms, Case c) {
  return (forms & (FormOf(c, Plurality::kSingular) | FormOf(c, Plurality::kPlural))) != 0;
}
enum class Paradigm : std::uint8_t {
  kMasculineHard,      // студент, врач, Ерлан, университет
  kMasculineSoft,      // учитель, председатель
  kMasculineJ,         // музей, Алексей
  kMasculineIj,        // Виталий, Анатолий
  kFeminineA,          // шахта, школа, Аида, глава
  kFeminineYa,         // неделя, Ая
  kFeminineIya,        // партия, коалиция, Мария
  kFeminineSoft,       // область, молодежь
  kNeuterO,            // общество, село
  kNeuterE,            // училище
  kNeuterIe,           // предприятие, объединение
  kPluralNoun,         // кадры: plural endings only
  kAdjective,          // every ending of a full adjective
  kVerbPast,           // сказал, -а, -о, -и
  kVerbPastReflexive,  // встретился, -ась, -ось, -ись
  kFixed,              // the word as written, in every form (Алматы, КМП, около)
  kKazakh,  // a Kazakh noun: every plural, possessive and case form (core/kazakh_morphology.h)
};

struct Ending {
  std::string_view text;  // folded
  FormSet forms;
};

std::span<const Ending> EndingsOf(Paradigm paradigm);
// The ending of the nominative singular (the dictionary form), or plural when the paradigm has
// no singular.
std::string_view LemmaEnding(Paradigm paradigm);

// Whether a folded word ends like a full adjective, and the forms that ending marks; 0 when it
// does not. Needs a stem of three letters or more, so "мой", "ее" are not adjectives.
FormSet AdjectiveForms(std::string_view folded);

// The nominative singular of an adjective written `surface`, agreeing with `gender`; the plural
// nominative when `plural`. Capitals of the stem are kept ("Карагандинской" -> "Карагандинская").
// A word that does not end like an adjective is returned as it is.
std::string AdjectiveLemma(std::string_view surface, Gender gender, bool plural = false);

// A surname written `surface` in a case `forms` marks (as read from the first name beside it),
// back in the nominative, for a person of `gender`: "Карина" (genitive, masculine) -> "Карин",
// "Балаевой" -> "Балаева", "Ашимжана" -> "Ашимжан". A surname that does not decline the way the
// case says ("Джаманкулова" is already nominative feminine) is returned unchanged.
std::string SurnameLemma(std::string_view surface, FormSet forms, Gender gender);

// The gender a surname's ending implies, when it implies one.
bool SurnameGender(std::string_view folded, Gender& gender);

// Surface text with its last `folded_suffix_chars` code points replaced by `ending` (folded
// endings are lower case; written in capitals when the word is).
std::string ReplaceEnding(std::string_view surface, std::size_t chars_to_drop,
                          std::string_view ending);

// Lower case with ё read as е, letter for letter: the form every lexicon is keyed by.
std::string FoldWord(std::string_view text);

// Code points in `text`.
std::size_t CharCount(std::string_view text);
// `text` without its last `chars` code points.
std::string_view DropChars(std::string_view text, std::size_t chars);
// Upper case for the Latin, Cyrillic and Kazakh letters utf8::ToLower lowers.
char32_t ToUpper(char32_t c);

// The first code point of `text` in lower case, the rest as it is.
std::string LowerFirst(std::string_view text);

}  // namespace kenes::extract
