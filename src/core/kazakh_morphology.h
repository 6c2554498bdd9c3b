// Just enough Kazakh morphology for the genre of press releases: the plural, third-person
// possessive and case suffixes a noun or name takes, chosen by vowel harmony and by the sound the
// stem ends in, in both directions. Inflect builds a form from a stem ("ұжым" + possessive +
// instrumental = "ұжымымен"); Stems peels suffixes off a form and lists every stem it may have
// been built from ("ауылындағы" -> "ауыл", possessive, attributive), for a caller that knows which
// stems are words (a lexicon, a gazetteer).
//
// Kazakh stacks its suffixes in one order: stem + plural + possessive + case, and the
// attributive -ғы/-гі after a locative ("ауылдағы": "which is in the aul"). Words are passed
// folded: lower case (utf8::ToLower), ё as е. Pure functions over the standard library.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kenes::kazakh {

enum class Case : std::uint8_t {
  kNominative,    // ауыл
  kGenitive,      // ауылдың
  kDative,        // ауылға
  kAccusative,    // ауылды
  kLocative,      // ауылда
  kAblative,      // ауылдан
  kInstrumental,  // ауылмен
  kAttributive,   // ауылдағы: the locative made an adjective
};

struct Form {
  bool plural = false;
  bool possessive = false;  // third person: ауылы, облысы, депутаттары
  Case grammatical_case = Case::kNominative;

  bool operator==(const Form&) const = default;
};

// True when the word's last vowel is a back vowel (а о ұ ы я ё у ю), which picks -лар, -ға,
// -дың; false for a front one (ә ө ү і е э и), and for a word with no vowel at all
// (abbreviations are read out with front vowels: "КМП" is "кэ-эм-пэ").
bool IsBack(std::string_view folded);

// The form of `stem` (folded) with the given suffixes. Rules (docs/extract.md, "Kazakh"):
// harmony from the last vowel; the first consonant of a suffix from the last sound of what it
// follows (vowel, semivowel й/у, sonorant л/р, nasal м/н/ң, voiced з/ж, or voiceless; a final
// б/в/г/д is read voiceless, as loanwords are pronounced: "Аймағамбетовтың").
// `voice_final` voices a final к/қ/п before a vowel ("мектеп" -> "мектебі"); native words do,
// loanwords ("депутат", "парк") do not, so the caller says.
std::string Inflect(std::string_view stem, const Form& form, bool voice_final = false);

// Every form Inflect can build of `stem`: each number, possessive or not, each case; with the
// final consonant voiced too when it is к/қ/п, and in both harmonies when the last vowel is a
// у whose harmony the spelling does not tell ("металлургтер", "референдумға"). The stem itself
// is the first.
std::vector<std::pair<std::string, Form>> AllForms(std::string_view stem);

// A stem `folded` may have been built from, and the suffixes peeled off to reach it.
struct Analysis {
  std::string stem;
  Form form;
};

// Every way to read `folded` as stem + suffixes, the word itself (nominative) first, then by
// more and more suffixes peeled. A stem keeps at least `min_stem_letters` letters. Each peel
// must agree with the harmony of what is left ("ауылдең" is no form of "ауыл"), and a
// possessive's case (-ына, -ында, -ынан) needs the possessive before it. A voiced к/қ/п a
// possessive left ("мектебі") is offered unvoiced too.
std::vector<Analysis> Stems(std::string_view folded, std::size_t min_stem_letters = 3);

// The nominative of a word written `folded_surface` whose stem is `stem`, keeping its
// possessive (a title or a name's type word is named so: "депутаты", "мектебі"), and voicing a
// final к/қ/п when the written word does ("№12 мектебінде" -> "мектебі", "бастығымен" ->
// "бастығы").
std::string Nominative(std::string_view folded_surface, std::string_view stem, bool possessive);

// True when `text` has a letter only Kazakh writes (ә ғ қ ң ө ұ ү һ і), in either case.
bool HasKazakhLetter(std::string_view text);

}  // namespace kenes::kazakh
