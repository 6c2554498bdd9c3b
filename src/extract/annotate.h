// The fourth stage: each token looked up in the lexicon once, quotation marks paired, and each
// sentence's language read (language.h), so that the finders after it ask "is this a title? a
// month? inside a quoted speech? Kazakh?" in constant time. A word's hits are those of its
// sentence's language: "депутаты" is a Russian plural in a Russian sentence and a Kazakh
// possessive in a Kazakh one.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "extract/language.h"
#include "extract/lexicon.h"
#include "extract/sentences.h"

namespace kenes::extract {

struct AnnotatedText {
  SegmentedText segmented;
  const Lexicon* lexicon = nullptr;           // borrowed; outlives the text
  std::vector<std::span<const LexHit>> hits;  // per token
  // For a quotation mark, the index of the one it pairs with; -1 for an unpaired one and for
  // every other token.
  std::vector<std::int32_t> quote_pair;
  // 1 for tokens inside quoted speech: a quotation long enough to be someone's words rather
  // than a name, so that nothing said in it is read as a fact of the meeting.
  std::vector<std::uint8_t> in_speech;
  std::vector<Language> sentence_language;  // per sentence
  std::vector<int> sentence_words;          // per sentence: words outside quotation marks
  Language language = Language::kUnknown;   // of the document

  Language LanguageAt(std::size_t i) const { return sentence_language[SentenceOf(i)]; }
  bool KazakhAt(std::size_t i) const { return LanguageAt(i) == Language::kKazakh; }

  const std::vector<Token>& tokens() const { return segmented.tokens(); }
  std::size_t size() const { return segmented.tokens().size(); }
  const Token& token(std::size_t i) const { return segmented.tokens()[i]; }
  std::string_view text() const { return segmented.text(); }
  std::string_view Fold(std::size_t i) const { return segmented.tokenized.Fold(i); }
  std::string_view Surface(std::size_t i) const {
    return segmented.tokenized.Surface(segmented.tokens()[i]);
  }
  // True when token `i` exists and its folded form is `word`.
  bool Is(std::size_t i, std::string_view word) const { return i < size() && Fold(i) == word; }
  bool HasClass(std::size_t i, LexClass cls, LexHit* found = nullptr) const {
    return i < size() && extract::HasClass(hits[i], cls, found);
  }
  // Like HasClass, for an entry whose companion word (if it needs one) stands beside token `i`:
  // "Дом" is a Дом культуры only before "культуры", "стол" a круглый стол after "круглый".
  bool HasEntry(std::size_t i, LexClass cls, LexHit* found = nullptr) const;
  std::uint32_t SentenceOf(std::size_t i) const { return segmented.sentence_of[i]; }
  const Sentence& SentenceAt(std::size_t i) const {
    return segmented.sentences[segmented.sentence_of[i]];
  }
  ByteSpan SpanOf(std::size_t first, std::size_t end) const {
    return ByteSpan{token(first).span.begin, token(end - 1).span.end};
  }
  // The normalized text from token `first` to token `end` (exclusive), as written.
  std::string_view TextOf(std::size_t first, std::size_t end) const {
    return SpanOf(first, end).In(text());
  }
};

AnnotatedText Annotate(SegmentedText segmented, const Lexicon& lexicon);

}  // namespace kenes::extract
