#include "extract/tokenize.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/sentences.h"

namespace kenes::extract {
namespace {

TokenizedText TokensOf(std::string_view text) { return Tokenize(*Normalize(text)); }

std::vector<std::string> Surfaces(const TokenizedText& text) {
  std::vector<std::string> out;
  for (const Token& token : text.tokens) out.emplace_back(text.Surface(token));
  return out;
}

TEST(Tokenize, KeepsKazakhLettersAndInnerHyphensInsideWords) {
  const TokenizedText text = TokensOf("«Қаратал» КМП, Әли Ғалым, премьер-министра, р-н, IT-сферы");
  EXPECT_EQ(Surfaces(text),
            (std::vector<std::string>{"«", "Қаратал", "»", "КМП", ",", "Әли", "Ғалым", ",",
                                      "премьер-министра", ",", "р-н", ",", "IT-сферы"}));
  EXPECT_EQ(text.Fold(TokenIndex(1)), "қаратал");
  EXPECT_TRUE(text.tokens[1].Has(kCapitalized));
  EXPECT_TRUE(text.tokens[3].Has(kAllCaps));
  EXPECT_EQ(text.tokens[0].kind, TokenKind::kOpenQuote);
}

TEST(Tokenize, FoldsYoAsYe) {
  const TokenizedText text = TokensOf("Посёлок");
  EXPECT_EQ(text.Fold(TokenIndex(0)), "поселок");
  EXPECT_EQ(text.Surface(text.tokens[0]), "Посёлок");
}

TEST(Tokenize, TellsDashesFromHyphens) {
  const TokenizedText text = TokensOf("контроля», - сказал он; 2024-2025 – годы");
  std::vector<TokenKind> kinds;
  for (const Token& token : text.tokens) kinds.push_back(token.kind);
  EXPECT_EQ(kinds[3], TokenKind::kDash);  // " - " after a space
  EXPECT_EQ(text.Surface(text.tokens[7]), "2024");
  EXPECT_EQ(kinds[8], TokenKind::kPunct);  // the hyphen of a range
  EXPECT_EQ(kinds[10], TokenKind::kDash);  // an en dash
}

TEST(Tokenize, MarksLineAndParagraphBreaks) {
  const TokenizedText text = TokensOf("один\nдва\n\nтри");
  ASSERT_EQ(text.tokens.size(), 3u);
  EXPECT_TRUE(text.tokens[1].Has(kLineBefore));
  EXPECT_FALSE(text.tokens[1].Has(kParagraphBefore));
  EXPECT_TRUE(text.tokens[2].Has(kParagraphBefore));
}

TEST(Tokenize, KeepsACaseSuffixOnANumber) {
  const TokenizedText text = TokensOf("5-ти и 300");
  EXPECT_EQ(text.Surface(text.tokens[0]), "5-ти");
  EXPECT_EQ(text.tokens[0].kind, TokenKind::kNumber);
}

std::vector<std::string> SentencesOf(std::string_view input) {
  const SegmentedText text = SplitSentences(TokensOf(input));
  std::vector<std::string> out;
  for (const Sentence& sentence : text.sentences) {
    out.emplace_back(sentence.span.In(text.text()));
  }
  return out;
}

TEST(Sentences, DoNotEndAtAbbreviationsOrInitials) {
  EXPECT_EQ(SentencesOf("Встреча прошла в г. Караганда, т.е. в центре обл. Заказчик: Оспанов "
                        "М.Ж. Им. Абая названа школа."),
            (std::vector<std::string>{
                "Встреча прошла в г. Караганда, т.е. в центре обл. Заказчик: Оспанов М.Ж. Им. "
                "Абая названа школа."}));
  EXPECT_EQ(SentencesOf("Приехал сенатор. Затем депутат РК. Потом все."),
            (std::vector<std::string>{"Приехал сенатор.", "Затем депутат РК.", "Потом все."}));
}

TEST(Sentences, EndAtParagraphsAndUnwrappedLines) {
  EXPECT_EQ(SentencesOf("Заголовок без точки\nТекст идет\nдальше по строкам.\n\nВторой абзац"),
            (std::vector<std::string>{"Заголовок без точки", "Текст идет\nдальше по строкам.",
                                      "Второй абзац"}));
}

TEST(Sentences, KeepQuotesAndTheirAttributionTogether) {
  EXPECT_EQ(SentencesOf("«Мы за диалог», - сказал он. «Всё!» Затем ушел."),
            (std::vector<std::string>{"«Мы за диалог», - сказал он.", "«Всё!»", "Затем ушел."}));
}

TEST(Sentences, PutTheDateHeaderApart) {
  const SegmentedText text = SplitSentences(TokensOf(" date 2026-02-24 В мероприятиях приняли"));
  ASSERT_EQ(text.sentences.size(), 2u);
  EXPECT_EQ(text.sentences[SentenceIndex(0)].span.In(text.text()), "date 2026-02-24");
}

TEST(Units, CountCharactersApartFromBytes) {
  const std::string text = "Қаратал КМП";
  EXPECT_EQ(ToCharOffset(text, ByteOffset(text.find("КМП"))).value(), 8u);
  EXPECT_EQ(ToCharOffset(text, ByteOffset(0)).value(), 0u);
}

}  // namespace
}  // namespace kenes::extract
