// The claim check (claim_check.h): first the reading rule at its boundaries over figures made by
// hand, then the hand-made campaign (small_campaign.h) through the extractor and Analytics, where
// every verdict is known: attendance 437–577 from 5 held events (491–610 more awaiting review),
// 4 distinct people, one party and one other member stating 105 000 members, 6 of 10 feedback
// items with a stance supporting (Wilson 95% 31,3–83,2 %), events in 2 regions.
#include "analytics/claim_check.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/extractor.h"
#include "support/small_campaign.h"

namespace kenes::analytics {
namespace {

using extract::ByteOffset;
using extract::ClaimTopic;

const Date kAsOf = Date::FromCivil(2026, 3, 14);

// An extraction of one figure claim, as the extractor gives it.
extract::Extraction OneClaim(const std::string& words, ClaimTopic topic) {
  extract::Extraction extraction;
  extraction.language = extract::Language::kRussian;
  extraction.claims.push_back(
      {ParseAttendance(words).value(), "", topic, {ByteOffset(0), ByteOffset(words.size())}});
  return extraction;
}

Verdict PeopleVerdict(const std::string& words, std::int64_t low, std::int64_t high) {
  LedgerFigures figures;
  figures.attendance = {low + (high - low) / 2, low, high};
  const auto claims = CheckClaims(words, OneClaim(words, ClaimTopic::kPeople), figures);
  EXPECT_EQ(claims.size(), 1u);
  return claims.empty() ? Verdict::kNotCheckable : claims[0].verdict;
}

TEST(ClaimCheck, EveryValueOfTheLedgersRangeMustSatisfyTheWords) {
  // "миллионы" allows 2–9 млн.
  EXPECT_EQ(PeopleVerdict("миллионы", 2'100'000, 2'600'000), Verdict::kSupported);
  EXPECT_EQ(PeopleVerdict("миллионы", 2'000'000, 9'000'000), Verdict::kSupported);
  EXPECT_EQ(PeopleVerdict("миллионы", 1'999'999, 2'600'000), Verdict::kNotSupported);
  EXPECT_EQ(PeopleVerdict("миллионы", 8'000'000, 9'000'001), Verdict::kNotSupported);
  // "более 2 миллионов" needs the low end above 2 млн, and nothing of the high end.
  EXPECT_EQ(PeopleVerdict("более 2 миллионов", 2'000'001, 2'600'000), Verdict::kSupported);
  EXPECT_EQ(PeopleVerdict("более 2 миллионов", 2'000'000, 2'600'000), Verdict::kNotSupported);
  EXPECT_EQ(PeopleVerdict("более 2 миллионов", 2'100'000, 4'000'000), Verdict::kSupported);
  // "около 300" is 270–330; "до 50" is at most 50.
  EXPECT_EQ(PeopleVerdict("около 300", 270, 330), Verdict::kSupported);
  EXPECT_EQ(PeopleVerdict("около 300", 269, 330), Verdict::kNotSupported);
  EXPECT_EQ(PeopleVerdict("около 300", 270, 331), Verdict::kNotSupported);
  EXPECT_EQ(PeopleVerdict("до 50", 10, 50), Verdict::kSupported);
  EXPECT_EQ(PeopleVerdict("до 50", 10, 51), Verdict::kNotSupported);
}

TEST(ClaimCheck, NearlyAllTownsIsNinetyPercentOfDistrictsAndOfTowns) {
  LedgerFigures figures;
  figures.districts = 10;
  figures.towns = 100;
  figures.districts_visited = 9;
  figures.towns_visited = 90;
  const std::string text = "Делегации объехали практически все города и сёла.";
  extract::Extraction none;
  auto claims = CheckClaims(text, none, figures);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].verdict, Verdict::kSupported) << claims[0].why;
  EXPECT_EQ(claims[0].text, text);
  figures.towns_visited = 89;
  claims = CheckClaims(text, none, figures);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].verdict, Verdict::kNotSupported);
  EXPECT_NE(claims[0].why.find("90,0"), std::string::npos) << claims[0].why;
  // Capitals and ё are read as lower case and е; "все" without "практически" wants every one.
  figures.towns_visited = 90;
  claims = CheckClaims("ОБЪЕХАЛИ ВСЕ ГОРОДА И СЁЛА", none, figures);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].verdict, Verdict::kNotSupported);
}

class ClaimCampaign : public ::testing::Test {
 protected:
  testing::SmallCampaign campaign_;
  Analytics analytics_{campaign_.store()};

  std::vector<CheckedClaim> Check(const std::string& text, const Filter& filter = {}) {
    auto extraction = extract::Extract(text, *campaign_.ledger().gazetteer());
    EXPECT_TRUE(extraction.ok());
    auto figures = GatherFigures(analytics_, filter, kAsOf);
    EXPECT_TRUE(figures.ok()) << figures.error().message;
    return CheckClaims(text, *extraction, *figures);
  }
  static const CheckedClaim& Find(const std::vector<CheckedClaim>& claims,
                                  const std::string& words) {
    for (const CheckedClaim& claim : claims) {
      if (claim.text.find(words) != std::string::npos) return claim;
    }
    static const CheckedClaim none{"(no claim)", Verdict::kNotCheckable, "", "", {}};
    ADD_FAILURE() << "no claim with '" << words << "'";
    return none;
  }
};

TEST_F(ClaimCampaign, EachVerdictAsWorkedOutByHand) {
  const std::string text =
      "Встречи охватили более 430 человек. На встречи пришли более 500 человек, а всего около "
      "1000 граждан. Проведено пять мероприятий, в коалицию вошли пять политических партий и "
      "около 300 общественных организаций, порядка 5 миллионов членов.\n"
      "Большинство граждан позитивно оценивают поправки. Мероприятия прошли во всех регионах. "
      "Участники выразили поддержку президенту. Делегации объехали практически все города и "
      "сёла.";
  const auto claims = Check(text);
  ASSERT_EQ(claims.size(), 11u);
  for (std::size_t i = 1; i < claims.size(); ++i) {
    EXPECT_LE(claims[i - 1].span.begin, claims[i].span.begin);
  }
  for (const CheckedClaim& claim : claims) {
    EXPECT_EQ(claim.span.In(text), claim.text);
    EXPECT_FALSE(claim.why.empty());
  }

  // 437–577: more than 430 needs only the low end, so it holds for every value.
  const CheckedClaim& low_end = Find(claims, "более 430");
  EXPECT_EQ(low_end.verdict, Verdict::kSupported) << low_end.why;
  EXPECT_NE(low_end.figure.find("437–577"), std::string::npos) << low_end.figure;
  // Distinct people beside the summed attendance.
  EXPECT_NE(low_end.figure.find("различных людей по регистрации: 4"), std::string::npos);
  // And the figures awaiting review said apart.
  EXPECT_NE(low_end.why.find("491–610"), std::string::npos) << low_end.why;

  // More than 500 is true only at the high end of 437–577.
  const CheckedClaim& high_end = Find(claims, "более 500");
  EXPECT_EQ(high_end.verdict, Verdict::kNotSupported);
  EXPECT_NE(high_end.why.find("лишь для части"), std::string::npos) << high_end.why;
  EXPECT_NE(high_end.why.find("«от 430 до 580»"), std::string::npos) << high_end.why;

  const CheckedClaim& thousand = Find(claims, "около 1000");
  EXPECT_EQ(thousand.verdict, Verdict::kNotSupported);
  EXPECT_NE(thousand.why.find("ни одно"), std::string::npos) << thousand.why;

  EXPECT_EQ(Find(claims, "пять мероприятий").verdict, Verdict::kSupported);
  EXPECT_EQ(Find(claims, "пять политических партий").verdict, Verdict::kNotSupported);
  EXPECT_NE(Find(claims, "пять политических партий").figure.find(": 1"), std::string::npos);
  EXPECT_EQ(Find(claims, "около 300 общественных").verdict, Verdict::kNotSupported);
  const CheckedClaim& members = Find(claims, "порядка 5 миллионов");
  EXPECT_EQ(members.verdict, Verdict::kNotSupported);
  EXPECT_NE(members.figure.find("105\u00A0000"), std::string::npos) << members.figure;

  // 6 of 10: the lower bound 31,3 % is not above half; the caveat comes with the verdict.
  const CheckedClaim& most = Find(claims, "Большинство граждан");
  EXPECT_EQ(most.verdict, Verdict::kNotSupported);
  EXPECT_NE(most.figure.find("60,0"), std::string::npos) << most.figure;
  EXPECT_NE(most.why.find("31,3"), std::string::npos) << most.why;
  EXPECT_NE(most.why.find(kSupportCaveatRu), std::string::npos);

  const CheckedClaim& regions = Find(claims, "во всех регионах");
  EXPECT_EQ(regions.verdict, Verdict::kNotSupported);
  EXPECT_NE(regions.why.find("Мероприятия проведены в 2 регионах"), std::string::npos)
      << regions.why;

  EXPECT_EQ(Find(claims, "поддержку президенту").verdict, Verdict::kNotCheckable);
  EXPECT_EQ(Find(claims, "практически все города").verdict, Verdict::kNotSupported);
}

TEST_F(ClaimCampaign, AllRegionsHoldsWithinOneRegionAndMajorityWithEnoughSupport) {
  // Within Karaganda region, the one region has events.
  Filter karaganda;
  karaganda.region_code = "350000000";
  auto claims = Check("Мероприятия прошли во всех регионах.", karaganda);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].verdict, Verdict::kSupported) << claims[0].why;

  // 30 more in support: 36 of 40, Wilson 95% 76,9–96,0 %.
  for (int i = 0; i < 30; ++i) {
    FeedbackItem item;
    item.event_id = campaign_.e1;
    item.text = "Поддерживаю поправки, номер " + std::to_string(i);
    item.stance = Stance::kSupports;
    campaign_.AddFeedback(item);
  }
  claims = Check("Большинство граждан поддерживают поправки.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].verdict, Verdict::kSupported) << claims[0].why;
  EXPECT_NE(claims[0].figure.find("90,0"), std::string::npos) << claims[0].figure;
  EXPECT_NE(claims[0].why.find("76,9"), std::string::npos) << claims[0].why;
  EXPECT_NE(claims[0].why.find(kSupportCaveatRu), std::string::npos);
}

TEST_F(ClaimCampaign, AKazakhTextIsAnsweredInKazakh) {
  const std::string text =
      "Іс-шаралар барлық өңірлерде өтті. Азаматтардың көпшілігі түзетулерді қолдайды. "
      "Кездесулерге 400-ден астам адам қатысты. Халық Президентті қолдайды.";
  const auto claims = Check(text);
  ASSERT_EQ(claims.size(), 4u);
  EXPECT_EQ(claims[0].verdict, Verdict::kNotSupported);  // 2 regions of all
  EXPECT_NE(claims[0].why.find("өңір"), std::string::npos) << claims[0].why;
  EXPECT_EQ(claims[1].verdict, Verdict::kNotSupported);  // 31,3 % lower bound
  EXPECT_NE(claims[1].why.find("репрезентативті сауалнама емес"), std::string::npos);
  EXPECT_EQ(claims[2].verdict, Verdict::kSupported);  // 437 > 400
  EXPECT_NE(claims[2].why.find("Тізілім бойынша"), std::string::npos) << claims[2].why;
  EXPECT_EQ(claims[3].verdict, Verdict::kNotCheckable);
}

// Every release of the extractor's golden cases, in both languages and a few others, HTML among
// them: each claim's text is its span of the input, and each has a verdict and a reason.
TEST_F(ClaimCampaign, EveryGoldenReleaseGivesClaimsWhoseSpansAreTheirText) {
  int texts = 0, claims_seen = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(KENES_TEST_DIR) + "/extract")) {
    const auto input = entry.path() / "input.txt";
    if (!std::filesystem::exists(input)) continue;
    std::ifstream in(input, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    ++texts;
    for (const CheckedClaim& claim : Check(text.str())) {
      ++claims_seen;
      EXPECT_EQ(claim.span.In(text.str()), claim.text) << input;
      EXPECT_FALSE(claim.why.empty()) << input;
      EXPECT_EQ(claim.verdict == Verdict::kNotCheckable, claim.figure.empty()) << input;
    }
  }
  EXPECT_GT(texts, 50);
  EXPECT_GT(claims_seen, 5);
}

}  // namespace
}  // namespace kenes::analytics
