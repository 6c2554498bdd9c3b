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
#include "extract/lexicon_words.h"
#include "extract/sentences.h"

namespace kenes::extract {

struct AnnotatedText {
  SegmentedText segmented;
  const Lexicon* lexicon = nullptr;  // borrowed; outlives the text
  PerToken<std::span<const LexHit>> hits;
  // For a quotation mark, the one it pairs with; kNoToken for an unpaired one and for every
  // other token.
  PerToken<TokenIndex> quote_pair;
  // 1 for tokens inside quoted speech: a quotation long enough to be someone's words rather
  // than a name, so that nothing said in it is read as a fact of the meeting.
  PerToken<std::uint8_t> in_speech;
  PerSentence<Language> sentence_language;
  PerSentence<int> sentence_words;         // words outside quotation marks
  Language language = Language::kUnknown;  // of the document

  Language LanguageAt(TokenIndex i) const { return sentence_language[SentenceOf(i)]; }
  bool KazakhAt(TokenIndex i) const { return LanguageAt(i) == Language::kKazakh; }

  const std::vector<Token>& tokens() const { return segmented.tokens(); }
  std::size_t size() const { return segmented.tokens().size(); }
  // One past the last token, and whether token `i` is one of the text's.
  TokenIndex TokenEnd() const { return TokenIndex(size()); }
  bool Contains(TokenIndex i) const { return i.value() < size(); }
  const Token& token(TokenIndex i) const { return segmented.tokenized.at(i); }
  std::string_view text() const { return segmented.text(); }
  std::string_view Fold(TokenIndex i) const { return segmented.tokenized.Fold(i); }
  std::string_view Surface(TokenIndex i) const { return segmented.tokenized.Surface(token(i)); }
  // True when token `i` exists and its folded form is `word`.
  bool Is(TokenIndex i, std::string_view word) const { return Contains(i) && Fold(i) == word; }
  // True when token `i` exists and its folded form is one of `list` (lexicon_words.h).
  bool IsOneOf(TokenIndex i, words::List list) const {
    return Contains(i) && words::OneOf(Fold(i), list);
  }
  // True when the tokens from `first` on, all before `end`, are the words of `phrase` (folded
  // words separated by one space), one word a token; and when they are one of `phrases`.
  bool IsPhrase(TokenIndex first, std::string_view phrase, TokenIndex end = kNoToken) const;
  bool IsOneOfPhrases(TokenIndex first, words::List phrases, TokenIndex end = kNoToken) const;
  // The number of words of the first of `phrases` the tokens from `first` are; 0 when none.
  std::size_t PhraseLength(TokenIndex first, words::List phrases) const;
  bool HasClass(TokenIndex i, LexClass cls, LexHit* found = nullptr) const {
    return Contains(i) && extract::HasClass(hits[i], cls, found);
  }
  // Like HasClass, for an entry whose companion word (if it needs one) stands beside token `i`:
  // "Дом" is a Дом культуры only before "культуры", "стол" a круглый стол after "круглый".
  bool HasEntry(TokenIndex i, LexClass cls, LexHit* found = nullptr) const;
  // Whether token `i` is a quotation mark that pairs with another.
  bool Paired(TokenIndex i) const { return quote_pair[i] != kNoToken; }

  SentenceIndex SentenceOf(TokenIndex i) const { return segmented.sentence_of[i]; }
  const Sentence& SentenceAt(TokenIndex i) const { return sentence(SentenceOf(i)); }
  const Sentence& sentence(SentenceIndex s) const { return segmented.sentences[s]; }
  const PerSentence<Sentence>& sentences() const { return segmented.sentences; }
  // One past the last sentence.
  SentenceIndex SentenceEnd() const { return SentenceIndex(segmented.sentences.size()); }

  ByteSpan SpanOf(TokenIndex first, TokenIndex end) const {
    return ByteSpan{token(first).span.begin, token(end - 1).span.end};
  }
  // The normalized text from token `first` to token `end` (exclusive), as written.
  std::string_view TextOf(TokenIndex first, TokenIndex end) const {
    return SpanOf(first, end).In(text());
  }
};

AnnotatedText Annotate(SegmentedText segmented, const Lexicon& lexicon);

}  // namespace kenes::extract
