// The words of feedback as theme finding counts them: "Как будут защищены трудовые права
// шахтёров?" gives the terms трудов, прав, шахтер, защищ (stems), without stop words, numbers or
// punctuation. Russian words go through the Snowball Russian stemmer (libstemmer); words with
// Kazakh letters (ә ғ қ ң ө ұ ү һ і) lose their common case, possessive and plural endings by a
// small suffix table first ("құқықтарын" → "құқық"), since Snowball has no Kazakh stemmer; a
// Russian loanword left without Kazakh letters ("конституцияның" → "конституция") is then stemmed
// as Russian, so both languages meet on one term.
//
// A term is a number; each stem gets one the first time it is seen. The most frequent spelling of
// the words behind a term is its label ("трудовые" for трудов), for people to read.
//
// Not thread-safe: used under the analytics cache's exclusive lock.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kenes::analytics {

class TermExtractor {
 public:
  TermExtractor();
  ~TermExtractor();
  TermExtractor(const TermExtractor&) = delete;
  TermExtractor& operator=(const TermExtractor&) = delete;

  // Appends the terms of `text`, one per word kept, repeats included (term frequency counts them).
  void Extract(std::string_view text, std::vector<std::uint32_t>& terms);

  std::size_t size() const { return stems_.size(); }
  // The stem behind a term, and the most frequent lower-case word that gave it.
  const std::string& Stem(std::uint32_t term) const { return stems_[term]; }
  std::string Label(std::uint32_t term) const;

 private:
  struct Word {
    std::uint32_t term;  // kStopWord for words not counted
    std::uint32_t seen;
  };
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::uint32_t TermOfNewWord(const std::string& word);

  struct Stemmer;
  std::unique_ptr<Stemmer> stemmer_;
  std::unordered_map<std::string, Word, Hash, std::equal_to<>> words_;  // by lower-case word
  std::unordered_map<std::string, std::uint32_t> terms_;                // by stem
  std::vector<std::string> stems_;                                      // by term
};

// Strips one round of Kazakh endings (case, then possessive, then plural), keeping at least three
// letters of stem. Exposed for its tests.
std::string StripKazakhEndings(std::string_view word);

}  // namespace kenes::analytics
