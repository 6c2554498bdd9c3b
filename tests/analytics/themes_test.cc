// Themes are found without anyone naming them: questions about labour rights in different words
// land in one theme, and the other topics do not join it.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "analytics/analytics.h"
#include "analytics/text_terms.h"
#include "support/small_campaign.h"
#include "theme_of.h"

namespace kenes::analytics {
namespace {

class Themes_ : public ::testing::Test {
 protected:
  testing::SmallCampaign campaign_;
  Analytics analytics_{campaign_.store()};
};

TEST_F(Themes_, LabourRightsQuestionsAreOneThemeOfTheirOwn) {
  const auto themes = ThemeOf(analytics_);
  const int labour = themes.at(campaign_.labour[0]);
  ASSERT_NE(labour, kNoTheme);
  for (Id id : campaign_.labour) EXPECT_EQ(themes.at(id), labour) << "feedback " << id;
  for (const auto* others : {&campaign_.land, &campaign_.language, &campaign_.education}) {
    for (Id id : *others) EXPECT_NE(themes.at(id), labour) << "feedback " << id;
  }
  auto report = analytics_.ComputeThemes({});
  ASSERT_TRUE(report.ok());
  const auto it = std::find_if(report->themes.begin(), report->themes.end(),
                               [&](const ThemeSummary& t) { return t.id == labour; });
  ASSERT_NE(it, report->themes.end());
  EXPECT_EQ(it->size, 6);
  EXPECT_DOUBLE_EQ(it->share, 6.0 / 20.0);
  // Its label is in words people wrote, not stems.
  const std::set<std::string> terms(it->terms.begin(), it->terms.end());
  EXPECT_TRUE(terms.contains("трудовые")) << ::testing::PrintToString(it->terms);
  EXPECT_TRUE(terms.contains("права")) << ::testing::PrintToString(it->terms);
  // Asked at the Saran meeting: Karaganda region.
  ASSERT_EQ(it->regions.size(), 1u);
  EXPECT_EQ(it->regions[0].code, "350000000");
  EXPECT_EQ(it->regions[0].items, 6);
  ASSERT_EQ(it->examples.size(), 3u);
  for (const ThemeExample& example : it->examples) {
    EXPECT_NE(std::find(campaign_.labour.begin(), campaign_.labour.end(), example.feedback_id),
              campaign_.labour.end());
    EXPECT_NE(example.text.find("руд"), std::string::npos) << example.text;
  }
}

TEST_F(Themes_, KazakhAndRussianQuestionsAboutTheLanguageMeet) {
  const auto themes = ThemeOf(analytics_);
  // "Мемлекеттік тілдің мәртебесі" and "Қазақ тілі мемлекеттік тіл": the same stems.
  EXPECT_EQ(themes.at(campaign_.language[3]), themes.at(campaign_.language[4]));
  EXPECT_NE(themes.at(campaign_.language[3]), kNoTheme);
}

TEST_F(Themes_, ProvisionsAreCountedAndANewQuestionJoinsAtOnce) {
  auto report = analytics_.ComputeThemes({});
  ASSERT_TRUE(report.ok());
  std::map<std::string, std::int64_t> provisions;
  for (const auto& provision : report->provisions) provisions[provision.code] = provision.items;
  EXPECT_EQ(provisions["labour_social"], 6);
  EXPECT_EQ(provisions["heritage"], 5);
  EXPECT_EQ(provisions["human_capital"], 4);
  EXPECT_EQ(provisions["preamble"], 0);

  FeedbackItem item;
  item.event_id = campaign_.e2;
  item.text = "Как будут защищены трудовые права вахтовиков?";
  const Id added = campaign_.AddFeedback(item);
  const auto themes = ThemeOf(analytics_);
  EXPECT_EQ(themes.at(added), themes.at(campaign_.labour[0]));
}

TEST(TermExtractor, StemsRussianAndKazakh) {
  TermExtractor terms;
  std::vector<std::uint32_t> a, b;
  terms.Extract("Трудовые права шахтёров", a);
  terms.Extract("о трудовых правах шахтеров и", b);
  EXPECT_EQ(a, b);  // case, ё and endings aside, the same three terms; "о", "и" dropped
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(terms.Stem(a[0]),
            "труд");  // трудов, one term with "труд" and "еңбек" (bilingual_terms.cc)
  EXPECT_EQ(terms.Label(a[0]), "трудовые");  // seen once each; the first in order wins ties
  EXPECT_EQ(terms.KazakhStem("жұмысшылардың"), "жұмысшы");
  EXPECT_EQ(terms.KazakhStem("құқықтары"), "құқық");
  EXPECT_EQ(terms.KazakhStem("мектебінде"), "мектеп");
  EXPECT_EQ(terms.KazakhStem("шахтеров"), "");  // Russian: no Kazakh letter, no known stem
  std::vector<std::uint32_t> kk, ru;
  terms.Extract("конституцияның", kk);
  terms.Extract("конституции", ru);
  EXPECT_EQ(kk, ru);  // a loanword with a Kazakh ending meets its Russian form
  std::vector<std::uint32_t> none;
  terms.Extract("и в на что как это 2026 — !", none);
  EXPECT_TRUE(none.empty());
}

}  // namespace
}  // namespace kenes::analytics
