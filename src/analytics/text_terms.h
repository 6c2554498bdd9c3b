// The words of feedback as theme finding counts them: "Как будут защищены трудовые права
// шахтёров?" gives the terms трудов, прав, шахтер, защищ (stems), without stop words, numbers or
// punctuation. Russian words go through the Snowball Russian stemmer (libstemmer); Kazakh words
// go through kazakh::Stems (core/kazakh_morphology.h), which lists every stem a word may have been
// built from, and KazakhStem below chooses one. A word is Kazakh when it has a Kazakh letter, when
// its text has one ("мектепте" in a Kazakh question), or when a reading of it is a Kazakh stem of
// the bilingual map ("жерге"). A Russian loanword left without Kazakh letters
// ("конституцияның" → "конституция") is then stemmed as Russian.
//
// Both languages meet on one term where a Kazakh stem and a Russian one name the same thing
// (bilingual_terms.h): the hand list of the genre's commonest words, and the words aligned between
// the provision catalog's Russian and Kazakh titles. "жерді", "жерлерін", "земли" and "землю" are
// all the term земл.
//
// A term is a number; each stem gets one the first time it is seen. The most frequent spelling of
// the words behind a term is its label ("трудовые" for трудов), for people to read.
//
// Not thread-safe: used under the analytics cache's exclusive lock.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analytics/bilingual_terms.h"

namespace kenes::analytics {

class TermExtractor {
 public:
  // The term of a word that is not counted (a stop word, a word of under three letters).
  static constexpr std::uint32_t kNotCounted = 0xFFFFFFFF;

  TermExtractor();
  ~TermExtractor();
  TermExtractor(const TermExtractor&) = delete;
  TermExtractor& operator=(const TermExtractor&) = delete;

  // Appends the terms of `text`, one per word kept, repeats included (term frequency counts them).
  void Extract(std::string_view text, std::vector<std::uint32_t>& terms);

  // The words of `text` in order, with where each is and its term (kNotCounted for a word not
  // counted); `after_break` when punctuation, a digit or a symbol stands between it and the word
  // before. Does not count the words for labels.
  struct TextWord {
    std::size_t begin = 0, end = 0;  // bytes of `text`
    std::uint32_t term = kNotCounted;
    bool after_break = false;
  };
  void Words(std::string_view text, std::vector<TextWord>& words);

  // Aligns the words of the provision titles (bilingual_terms.h) and maps each aligned Kazakh
  // stem onto the term of its Russian word. Returns true when the map changed; the terms of words
  // seen before then no longer apply, so every text must be extracted again.
  bool AlignTitles(std::span<const BilingualTitle> titles);

  std::size_t size() const { return stems_.size(); }
  // The stem behind a term, and the most frequent lower-case word that gave it.
  const std::string& Stem(std::uint32_t term) const { return stems_[term]; }
  std::string Label(std::uint32_t term) const;

  // The stem of a folded Kazakh word (lower case, ё as е), chosen among kazakh::Stems's readings:
  // the shortest one of at least three letters that is a Kazakh stem of the bilingual map, else
  // the shortest one of at least three letters (ties to the unvoiced reading: "мектебі" →
  // "мектеп"). Empty when no reading is in the map, `word` has no Kazakh letter and the text it
  // is from has none either (a Russian word). Exposed for its tests.
  std::string KazakhStem(std::string_view word, bool in_kazakh_text = false) const;

 private:
  struct Word {
    std::uint32_t term;  // kNotCounted for words not counted
    std::uint32_t seen;
  };
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using StemMap = std::unordered_map<std::string, std::string>;
  // Words of a text with a Kazakh letter that have none themselves are cached under this mark.
  static constexpr char kInKazakhText = '\x01';
  std::uint32_t TermOfNewWord(std::string_view word, bool in_kazakh_text);
  // The cache entry of `word` (folded) as read in a text with or without a Kazakh letter; `key`
  // is scratch space.
  Word& Entry(const std::string& word, bool in_kazakh_text, std::string& key);
  // The stem a Russian word counts as: its Snowball stem, or the term it shares with Kazakh.
  std::string RussianTerm(const std::string& word) const;
  void RebuildKazakhMap();

  struct Stemmer;
  std::unique_ptr<Stemmer> stemmer_;
  std::unordered_map<std::string, Word, Hash, std::equal_to<>> words_;  // by lower-case word
  std::unordered_map<std::string, std::uint32_t> terms_;                // by stem
  std::vector<std::string> stems_;                                      // by term
  StemMap russian_terms_;  // Snowball stem -> the stem of its concept (CommonTerms)
  StemMap common_kazakh_;  // Kazakh stem -> term stem, from CommonTerms
  StemMap title_kazakh_;   // Kazakh stem -> term stem, aligned from the catalog's titles
  StemMap kazakh_terms_;   // both, the hand list first
};

}  // namespace kenes::analytics
