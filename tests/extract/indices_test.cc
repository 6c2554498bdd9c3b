#include "extract/indices.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <string_view>
#include <type_traits>

#include "extract/annotate.h"
#include "extract/lexicon_words.h"

namespace kenes::extract {
namespace {

// A token's index and a sentence's are not each other, nor a bare number: what would not
// compile is asked of the type system here, so that loosening a constructor fails a test.
static_assert(!std::is_convertible_v<SentenceIndex, TokenIndex>);
static_assert(!std::is_constructible_v<TokenIndex, SentenceIndex>);
static_assert(!std::is_convertible_v<TokenIndex, SentenceIndex>);
static_assert(!std::is_convertible_v<std::size_t, TokenIndex>);
static_assert(!std::is_convertible_v<TokenIndex, std::size_t>);
static_assert(!std::is_convertible_v<int, SentenceIndex>);

template <class Index>
concept ReadsATokenAt = requires(const AnnotatedText& text, Index i) {
  text.Fold(i);
};
static_assert(ReadsATokenAt<TokenIndex>);
static_assert(!ReadsATokenAt<SentenceIndex>);
static_assert(!ReadsATokenAt<std::size_t>);

template <class Index>
concept IndexesPerSentence = requires(const PerSentence<int>& items, Index i) {
  items[i];
};
static_assert(IndexesPerSentence<SentenceIndex>);
static_assert(!IndexesPerSentence<TokenIndex>);

AnnotatedText Read(std::string_view input) {
  return Annotate(SplitSentences(Tokenize(*Normalize(input))), DefaultLexicon());
}

TEST(TokenIndex, MovesByCountsAndSubtractsToACount) {
  const TokenIndex i(5);
  EXPECT_EQ((i + 3).value(), 8u);
  EXPECT_EQ((i - 2).value(), 3u);
  EXPECT_EQ(TokenIndex(9) - i, 4u);
  TokenIndex k = i;
  EXPECT_EQ((k++).value(), 5u);
  EXPECT_EQ(k.value(), 6u);
  EXPECT_TRUE(TokenIndex().IsFirst());
  EXPECT_FALSE(i.IsFirst());
}

TEST(TokenIndex, BeforeTheFirstIsNoTokenOfAnyText) {
  const AnnotatedText text = Read("Встреча прошла.");
  const TokenIndex before = TokenIndex() - 1;
  EXPECT_EQ(before, kNoToken);
  EXPECT_FALSE(text.Contains(before));
  EXPECT_FALSE(text.Is(before, "встреча"));
  EXPECT_TRUE(text.Is(before + 1, "встреча"));
  EXPECT_FALSE(text.Contains(text.TokenEnd()));
}

TEST(IndexedVector, FillsAndAsksARangeOfItsOwnIndex) {
  PerToken<std::uint8_t> marks;
  marks.assign(6, 0);
  EXPECT_FALSE(marks.AnyIn(TokenIndex(0), TokenIndex(6)));
  marks.Fill(TokenIndex(2), TokenIndex(4), 1);
  EXPECT_EQ(marks[TokenIndex(1)], 0);
  EXPECT_EQ(marks[TokenIndex(2)], 1);
  EXPECT_EQ(marks[TokenIndex(3)], 1);
  EXPECT_EQ(marks[TokenIndex(4)], 0);
  EXPECT_TRUE(marks.AnyIn(TokenIndex(3), TokenIndex(5)));
  EXPECT_FALSE(marks.AnyIn(TokenIndex(4), TokenIndex(6)));
  EXPECT_FALSE(marks.AnyIn(TokenIndex(3), TokenIndex(3)));
}

TEST(AnnotatedText, KnowsTheSentenceOfEachToken) {
  const AnnotatedText text = Read("Встреча прошла. По словам сенатора, всё хорошо.");
  ASSERT_EQ(text.SentenceEnd(), SentenceIndex(2));
  const Sentence& second = text.sentence(SentenceIndex(1));
  EXPECT_EQ(text.SentenceOf(second.begin), SentenceIndex(1));
  EXPECT_EQ(text.SentenceOf(second.begin - 1), SentenceIndex(0));
  EXPECT_TRUE(second.Contains(second.begin));
  EXPECT_FALSE(second.Contains(second.end));
}

TEST(AnnotatedText, ReadsAPhraseTokenByToken) {
  const AnnotatedText text = Read("По словам сенатора, в общей сложности прошло 5 встреч.");
  EXPECT_TRUE(text.IsPhrase(TokenIndex(0), words::kAccordingTo));
  EXPECT_FALSE(text.IsPhrase(TokenIndex(1), words::kAccordingTo));
  // "в общей сложности": "общей" is token 5, "сложности" token 6.
  EXPECT_TRUE(text.IsOneOfPhrases(TokenIndex(5), words::kTotal));
  EXPECT_FALSE(text.IsOneOfPhrases(TokenIndex(5), words::kTotal, TokenIndex(6)));
  // A phrase that would run past the text is none.
  const TokenIndex last = text.TokenEnd() - 1;
  EXPECT_TRUE(text.IsPhrase(last, "."));
  EXPECT_FALSE(text.IsPhrase(last, ". конец"));
  EXPECT_FALSE(text.IsPhrase(kNoToken, words::kAccordingTo));
}

TEST(AnnotatedText, MeasuresTheFirstPhraseOfAList) {
  const AnnotatedText text = Read("Оплачено за счет средств избирательного фонда.");
  EXPECT_EQ(text.PhraseLength(TokenIndex(1), words::kPaidFrom), 2u);
  EXPECT_EQ(text.PhraseLength(TokenIndex(3), words::kFunds), 1u);
  EXPECT_EQ(text.PhraseLength(TokenIndex(4), words::kFunds), 2u);
  EXPECT_EQ(text.PhraseLength(TokenIndex(0), words::kFunds), 0u);
}

}  // namespace
}  // namespace kenes::extract
