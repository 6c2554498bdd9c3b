// Which language a sentence is written in: Russian, Kazakh, both at once, or a third language
// kenes does not read (Uzbek, Kyrgyz, Tajik, English). Read from the words themselves: letters
// only one alphabet has (Kazakh ә ғ қ ұ і һ, Uzbek ў ҳ, Tajik ӣ ӯ ҷ), short function words of
// each language, and which language's lexicon entries a word is a form of. Part of the Annotate
// stage: a sentence's language decides which lexicon entries its words may mean ("депутаты" is
// a Russian plural, and a Kazakh possessive in "Мәжіліс депутаты").
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"

namespace kenes::extract {

enum class Language : std::uint8_t {
  kUnknown,  // no word that says: a dateline, a list of figures
  kRussian,
  kKazakh,
  kMixed,  // Russian and Kazakh in one sentence, or a document of sentences in both
  kUzbek,
  kKyrgyz,
  kTajik,
  kEnglish,
};

// "ru", "kk", "mixed", "uz", "ky", "tg", "en"; "" for kUnknown.
std::string_view LanguageCode(Language language);

// True for the languages the engine reads events from.
inline bool IsRead(Language language) {
  return language == Language::kRussian || language == Language::kKazakh ||
         language == Language::kMixed || language == Language::kUnknown;
}

// What the words of a stretch of text say of its language, counted word by word.
class LanguageVotes {
 public:
  // `folded`: the word lower case; `hits`: every lexicon entry it is a form of (Lexicon::Find);
  // `name`: a capitalized word inside a sentence, which is counted but says nothing.
  void Add(std::string_view folded, std::span<const LexHit> hits, bool name = false);
  // Adds another stretch's votes, weighted by nothing but their counts.
  void Add(const LanguageVotes& other);
  Language Decide() const;

 private:
  int russian_ = 0;
  int kazakh_ = 0;
  int kazakh_letters_ = 0;    // words with ә ғ қ ұ і һ, which Kyrgyz never writes
  int kazakh_or_kyrgyz_ = 0;  // ң ө ү, which Kyrgyz writes too
  int kyrgyz_ = 0;
  int uzbek_ = 0;
  int tajik_ = 0;
  int english_ = 0;
};

// The language of a whole document from its sentences' languages, each weighted by its words:
// one language when at least 85% of the words that say are in it, kMixed when Russian and
// Kazakh share the text, a third language when most of the text is in it.
Language DocumentLanguage(std::span<const Language> sentences, std::span<const int> words);

// The lexicon language a sentence of `language` reads its words in (kNeutral: any; kUnknown
// reads as Russian).
LexLanguage LexiconLanguage(Language language);

}  // namespace kenes::extract
