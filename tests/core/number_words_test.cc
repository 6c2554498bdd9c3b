#include "core/number_words.h"

#include <gtest/gtest.h>

namespace kenes::number_words {
namespace {

TEST(NumberWords, FoldsCaseAndYo) {
  EXPECT_EQ(FoldWord("ТРЁХСОТ").view(), "трехсот");
  EXPECT_EQ(FoldWord("Мыңнан").view(), "мыңнан");
  EXPECT_TRUE(FoldWord("около").complete());
}

TEST(NumberWords, MarksAWordTooLongToFoldAsIncomplete) {
  std::string long_word;
  for (int i = 0; i < 60; ++i) long_word += "ы";
  const FoldedWord folded = FoldWord(long_word);
  EXPECT_FALSE(folded.complete());
  EXPECT_LE(folded.view().size(), kMaxFoldedWord);
  EXPECT_EQ(Find(folded.view()), nullptr);
}

TEST(NumberWords, FindsRussianNumeralsInEveryCase) {
  struct Expected {
    std::string_view word;
    Kind kind;
    std::int64_t value;
  };
  for (const Expected& e : {
           Expected{"одной", Kind::kUnit, 1},
           {"двум", Kind::kUnit, 2},
           {"тремя", Kind::kUnit, 3},
           {"восьмью", Kind::kUnit, 8},
           {"одиннадцатью", Kind::kTeen, 11},
           {"сорока", Kind::kTens, 40},
           {"пятьюдесятью", Kind::kTens, 50},
           {"девяноста", Kind::kTens, 90},
           {"ста", Kind::kHundreds, 100},
           {"двухстах", Kind::kHundreds, 200},
           {"четырьмястами", Kind::kHundreds, 400},
           {"тысячами", Kind::kMultiplier, 1000},
           {"миллионов", Kind::kMultiplier, 1'000'000},
           {"полутора", Kind::kHalf, 3},
       }) {
    const NumberWord* word = Find(e.word);
    ASSERT_NE(word, nullptr) << e.word;
    EXPECT_EQ(word->kind, e.kind) << e.word;
    EXPECT_EQ(word->value, e.value) << e.word;
  }
}

TEST(NumberWords, TellsSingularFromPluralMultipliers) {
  EXPECT_EQ(Find("тысяча")->form, Form::kSingular);
  EXPECT_EQ(Find("тысяч")->form, Form::kPlural);
  EXPECT_EQ(Find("тысячи")->form, Form::kAmbiguous);
  EXPECT_EQ(Find("тыс")->form, Form::kAbbreviation);
  EXPECT_EQ(Find("мың")->language, Language::kKazakh);
  EXPECT_EQ(Find("миллион")->language, Language::kNeutral);
}

TEST(NumberWords, FindsNothingForOrdinaryWords) {
  EXPECT_EQ(Find("человек"), nullptr);
  EXPECT_EQ(Find("столько"), nullptr);
  EXPECT_EQ(Find(""), nullptr);
}

TEST(NumberWords, ReadsKazakhCaseEndingsOnNumeralsOnly) {
  const CaseForm from_thousand = FindKazakhCaseForm("мыңнан");
  ASSERT_NE(from_thousand.word, nullptr);
  EXPECT_EQ(from_thousand.word->value, 1000);
  EXPECT_EQ(from_thousand.grammatical_case, KazakhCase::kAblative);

  const CaseForm to_hundred = FindKazakhCaseForm("жүзге");
  ASSERT_NE(to_hundred.word, nullptr);
  EXPECT_EQ(to_hundred.grammatical_case, KazakhCase::kDative);

  // "Казахстан" ends in -тан, but "Казахс" is no numeral; Russian "тыс" takes no Kazakh case.
  EXPECT_EQ(FindKazakhCaseForm("казахстан").word, nullptr);
  EXPECT_EQ(FindKazakhCaseForm("тыстан").word, nullptr);

  EXPECT_EQ(KazakhCaseEnding("ден"), KazakhCase::kAblative);
  EXPECT_EQ(KazakhCaseEnding("ге"), KazakhCase::kDative);
  EXPECT_EQ(KazakhCaseEnding("х"), KazakhCase::kNone);
}

TEST(NumberWords, ReadsTheSimilativeButNotOnBirAndOn) {
  const CaseForm some_hundred = FindKazakhCaseForm("жүздей");
  ASSERT_NE(some_hundred.word, nullptr);
  EXPECT_EQ(some_hundred.word->value, 100);
  EXPECT_EQ(some_hundred.grammatical_case, KazakhCase::kSimilative);
  EXPECT_EQ(FindKazakhCaseForm("мыңдай").grammatical_case, KazakhCase::kSimilative);
  EXPECT_EQ(KazakhCaseEnding("дей"), KazakhCase::kSimilative);
  EXPECT_EQ(KazakhCaseEnding("тай"), KazakhCase::kSimilative);
  // "бірдей" (the same) and "ондай" (such) are ordinary words.
  EXPECT_EQ(FindKazakhCaseForm("бірдей").word, nullptr);
  EXPECT_EQ(FindKazakhCaseForm("ондай").word, nullptr);
  // The ablative of он is a numeral all the same.
  EXPECT_EQ(FindKazakhCaseForm("оннан").grammatical_case, KazakhCase::kAblative);
}

TEST(NumberWords, StripsAKazakhCaseFromAnyWord) {
  const Stem from_people = StripKazakhCase("адамнан");
  EXPECT_EQ(from_people.stem, "адам");
  EXPECT_EQ(from_people.grammatical_case, KazakhCase::kAblative);
  EXPECT_EQ(StripKazakhCase("оқушыға").stem, "оқушы");
  EXPECT_EQ(StripKazakhCase("оқушыға").grammatical_case, KazakhCase::kDative);
  EXPECT_EQ(StripKazakhCase("адамдай").grammatical_case, KazakhCase::kSimilative);
  EXPECT_EQ(StripKazakhCase("адам").grammatical_case, KazakhCase::kNone);
  EXPECT_EQ(StripKazakhCase("адам").stem, "адам");
  EXPECT_EQ(StripKazakhCase("ден").grammatical_case, KazakhCase::kNone);  // nothing left
}

TEST(NumberWords, KnowsTheKazakhHalf) {
  const NumberWord* half = Find("жарым");
  ASSERT_NE(half, nullptr);
  EXPECT_EQ(half->kind, Kind::kKazakhHalf);
  EXPECT_EQ(half->language, Language::kKazakh);
}

TEST(NumberWords, NamesTheKazakhNumeralOfAValue) {
  EXPECT_EQ(KazakhNumeral(1), "бір");
  EXPECT_EQ(KazakhNumeral(9), "тоғыз");
  EXPECT_EQ(KazakhNumeral(40), "қырық");
  EXPECT_EQ(KazakhNumeral(100), "жүз");
  EXPECT_EQ(KazakhNumeral(1000), "мың");  // not "тыс" nor "мыңдаған"
  EXPECT_EQ(KazakhNumeral(1'000'000), "миллион");
  EXPECT_EQ(KazakhNumeral(1'000'000'000), "миллиард");
  EXPECT_EQ(KazakhNumeral(0), "");
  EXPECT_EQ(KazakhNumeral(150), "");
}

}  // namespace
}  // namespace kenes::number_words
