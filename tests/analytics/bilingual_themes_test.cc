// Feedback in Kazakh and Russian about the same subject falls in one theme, and a theme is named
// by a phrase its texts say. The sentences are written for these tests in the genre of meeting
// questions and proposals.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "analytics/analytics.h"
#include "analytics/text_terms.h"
#include "analytics/theme_name.h"
#include "core/utf8.h"
#include "support/small_campaign.h"
#include "theme_of.h"

namespace kenes::analytics {
namespace {

const std::vector<std::string> kLandRussian = {
    "Будет ли запрещена продажа земли иностранцам?",
    "Кому будет принадлежать земля после референдума?",
    "Земля должна оставаться в собственности народа",
    "Можно ли будет взять землю в аренду?",
    "Против продажи земли частным компаниям",
    "Сохранится ли запрет на продажу земли иностранцам?",
};
const std::vector<std::string> kLandKazakh = {
    "Жерді шетелдіктерге сатуға тыйым салына ма?",
    "Жер халықтың меншігінде қала ма?",
    "Жерді сатуға қарсымын",
    "Жерді жалға алуға бола ма?",
    "Жайылым жерлерін кім басқарады?",
    "Жердің иесі халық болуы керек",
};
const std::vector<std::string> kPensionRussian = {
    "Будет ли повышен пенсионный возраст?",
    "Как будут индексироваться пенсии?",
    "Пенсия должна быть не ниже прожиточного минимума",
    "Что будет с пенсионными накоплениями в ЕНПФ?",
    "Гарантирует ли государство достойную пенсию?",
    "Пенсионерам нужна прибавка к пенсии",
};
const std::vector<std::string> kPensionKazakh = {
    "Зейнетақы жасы көтеріле ме?",
    "Зейнетақы қалай индекстеледі?",
    "Зейнетақының мөлшері ең төменгі күнкөріс деңгейінен төмен болмауы керек",
    "Зейнетақы жинақтары сақтала ма?",
    "Мемлекет лайықты зейнетақыға кепілдік бере ме?",
    "Зейнеткерлерге зейнетақыны көбейту керек",
};

class BilingualThemes : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const auto* texts : {&kLandRussian, &kLandKazakh}) {
      for (const std::string& text : *texts) land_.push_back(Add(text));
    }
    for (const auto* texts : {&kPensionRussian, &kPensionKazakh}) {
      for (const std::string& text : *texts) pensions_.push_back(Add(text));
    }
  }

  Id Add(const std::string& text) {
    FeedbackItem item;
    item.event_id = campaign_.e1;
    item.text = text;
    return campaign_.AddFeedback(item);
  }

  ThemeSummary Summary(int id) {
    auto report = analytics_.ComputeThemes({});
    EXPECT_TRUE(report.ok());
    for (const ThemeSummary& theme : report->themes) {
      if (theme.id == id) return theme;
    }
    ADD_FAILURE() << "no theme " << id;
    return {};
  }

  testing::SmallCampaign campaign_;
  Analytics analytics_{campaign_.store()};
  std::vector<Id> land_, pensions_;
};

// True when `name` is a run of at least two words that one of `texts` says (case aside).
bool SaidIn(const std::string& name, const std::vector<const std::vector<std::string>*>& texts) {
  if (name.find(' ') == std::string::npos || name.find(',') != std::string::npos) return false;
  const std::string folded = utf8::ToLower(name);
  for (const auto* list : texts) {
    for (const std::string& text : *list) {
      if (utf8::ToLower(text).find(folded) != std::string::npos) return true;
    }
  }
  return false;
}

TEST_F(BilingualThemes, LandIsOneThemeInBothLanguages) {
  const auto themes = ThemeOf(analytics_);
  const int land = themes.at(land_[0]);
  ASSERT_NE(land, kNoTheme);
  for (Id id : land_) EXPECT_EQ(themes.at(id), land) << "feedback " << id;
  for (Id id : pensions_) EXPECT_NE(themes.at(id), land) << "feedback " << id;
  for (Id id : campaign_.labour) EXPECT_NE(themes.at(id), land) << "feedback " << id;
}

TEST_F(BilingualThemes, PensionsAreOneThemeInBothLanguages) {
  const auto themes = ThemeOf(analytics_);
  const int pensions = themes.at(pensions_[0]);
  ASSERT_NE(pensions, kNoTheme);
  for (Id id : pensions_) EXPECT_EQ(themes.at(id), pensions) << "feedback " << id;
  for (Id id : land_) EXPECT_NE(themes.at(id), pensions) << "feedback " << id;
  for (Id id : campaign_.language) EXPECT_NE(themes.at(id), pensions) << "feedback " << id;
}

TEST_F(BilingualThemes, AThemeIsNamedByAPhraseOfItsTexts) {
  const auto themes = ThemeOf(analytics_);
  const ThemeSummary land = Summary(themes.at(land_[0]));
  EXPECT_TRUE(SaidIn(land.name, {&kLandRussian, &kLandKazakh})) << land.name;
  // The phrase most of the land questions share, in the language most of them are in (the
  // campaign's own five land questions are Russian too).
  EXPECT_EQ(land.name, "продажа земли");
  const ThemeSummary pensions = Summary(themes.at(pensions_[0]));
  EXPECT_TRUE(SaidIn(pensions.name, {&kPensionRussian, &kPensionKazakh})) << pensions.name;
  // The top terms stay beside the name.
  EXPECT_EQ(land.terms.size(), 5u);
  const ThemeSummary labour = Summary(themes.at(campaign_.labour[0]));
  EXPECT_EQ(labour.name, "трудовые права");
}

TEST(TermExtractor, KazakhFormsOfOneWordAreOneTermWithTheRussianWord) {
  TermExtractor terms;
  std::vector<std::uint32_t> found;
  for (const char* word : {"жерді", "жерлерін", "жердің", "жерге", "жер", "земли", "землю"}) {
    terms.Extract(word, found);
  }
  ASSERT_EQ(found.size(), 7u);
  for (std::uint32_t term : found) EXPECT_EQ(term, found[0]) << terms.Stem(term);
  std::vector<std::uint32_t> pension, pension_ru;
  terms.Extract("зейнетақының зейнетақыға зейнетақы", pension);
  terms.Extract("пенсию пенсионный", pension_ru);
  ASSERT_EQ(pension.size(), 3u);
  EXPECT_EQ(pension[0], pension[1]);
  EXPECT_EQ(pension[0], pension[2]);
  EXPECT_EQ(pension_ru[0], pension[0]);
  EXPECT_EQ(pension_ru[1], pension[0]);
}

TEST(TermExtractor, AWordWithoutKazakhLettersIsKazakhInAKazakhText) {
  TermExtractor terms;
  std::vector<std::uint32_t> kazakh, bare, russian;
  terms.Extract("Аудандарда жол жөндеу қашан басталады?", kazakh);  // ө: a Kazakh text
  terms.Extract("аудан", bare);
  terms.Extract("аудандарда", russian);  // alone, nothing says it is Kazakh
  ASSERT_EQ(bare.size(), 1u);
  ASSERT_FALSE(kazakh.empty());
  EXPECT_EQ(kazakh[0], bare[0]) << terms.Stem(kazakh[0]);
  ASSERT_EQ(russian.size(), 1u);
  EXPECT_NE(russian[0], bare[0]);
  EXPECT_EQ(terms.Label(kazakh[0]), "аудан");  // labels are the words, without the cache's mark
}

TEST(TermExtractor, ProvisionTitlesPairTheirWords) {
  TermExtractor terms;
  std::vector<std::uint32_t> kk, ru;
  terms.Extract("тәуелсіздігі", kk);
  terms.Extract("независимости", ru);
  EXPECT_NE(kk, ru);  // nothing pairs them yet
  // From data/provisions.csv, and a title of a catalog that has one about land.
  const BilingualTitle titles[] = {
      {"Независимость и равенство", "Тәуелсіздік және теңдік"},
      {"Земля и ее недра", "Жер және оның қойнауы"},
      {"Участие граждан в принятии решений", "Азаматтардың шешім қабылдауға қатысуы"},
  };
  EXPECT_TRUE(terms.AlignTitles(titles));
  EXPECT_FALSE(terms.AlignTitles(titles));  // the same titles change nothing
  const auto same = [&](const char* a, const char* b) {
    std::vector<std::uint32_t> x, y;
    terms.Extract(a, x);
    terms.Extract(b, y);
    std::sort(x.begin(), x.end());
    std::sort(y.begin(), y.end());
    return !x.empty() && x == y;  // Kazakh puts the words in another order
  };
  EXPECT_TRUE(same("тәуелсіздігі", "независимости"));
  EXPECT_TRUE(same("теңдікті", "равенства"));
  EXPECT_TRUE(same("қойнауын", "недрах"));
  EXPECT_TRUE(same("шешім қабылдауға", "принятии решений"));
  EXPECT_FALSE(same("тәуелсіздік", "равенство"));
}

TEST(ThemeName, TheMostFrequentPhraseOfTheTopTermsAsWritten) {
  TermExtractor terms;
  const std::vector<std::string> texts = {
      "Как обеспечить участие граждан в принятии решений акимата?",
      "Участие граждан в принятии решений должно быть реальным",
      "Предлагаю закрепить участие граждан в принятии решений на местах",
      "Граждане хотят участвовать в решениях",
  };
  std::vector<std::uint32_t> found;
  for (const std::string& text : texts) terms.Extract(text, found);
  std::vector<std::uint32_t> top;
  terms.Extract("участие граждан принятии решений", top);
  std::vector<std::pair<std::uint32_t, float>> centroid;
  for (std::uint32_t term : top) centroid.emplace_back(term, 1.0f);
  const std::vector<std::string_view> views(texts.begin(), texts.end());
  EXPECT_EQ(NameTheme(views, centroid, terms, "fallback"), "участие граждан в принятии решений");
  // Nothing of the theme's terms in a row: the fallback.
  const std::vector<std::string_view> apart = {"Участие важно. Граждане тоже"};
  EXPECT_EQ(NameTheme(apart, centroid, terms, "fallback"), "fallback");
}

TEST(ThemeName, PrefersTheLanguageOfMostTexts) {
  TermExtractor terms;
  const std::vector<std::string> texts = {
      "Жерді сатуға тыйым салу керек",
      "Жерді сатуға қарсымыз",
      "Продажа земли иностранцам недопустима",
  };
  std::vector<std::uint32_t> top;
  terms.Extract("жерді сатуға", top);
  std::vector<std::pair<std::uint32_t, float>> centroid;
  for (std::uint32_t term : top) centroid.emplace_back(term, 1.0f);
  const std::vector<std::string_view> views(texts.begin(), texts.end());
  EXPECT_EQ(NameTheme(views, centroid, terms, ""), "жерді сатуға");
  const std::vector<std::string_view> russian(texts.begin() + 2, texts.end());
  EXPECT_EQ(NameTheme(russian, centroid, terms, ""), "продажа земли");
}

}  // namespace
}  // namespace kenes::analytics
