// A total said in the strongest words true for its whole range (claim_words.h), at the boundaries
// of each form, and read back by kenes' own attendance rules to a range that holds the total.
#include "analytics/claim_words.h"

#include <gtest/gtest.h>

#include <random>

#include "core/attendance.h"

namespace kenes::analytics {
namespace {

constexpr const char* kNbsp = "\u00A0";

std::string Ru(std::int64_t low, std::int64_t high) {
  return StateTotal(low, high, Words::kRussian);
}
std::string Kk(std::int64_t low, std::int64_t high) {
  return StateTotal(low, high, Words::kKazakh);
}

TEST(ClaimWords, AboutOnlyWhenTheWholeRangeIsWithinTenPercent) {
  // 2,4 млн ± 240 000 is 2 160 000 – 2 640 000.
  EXPECT_EQ(Ru(2'160'000, 2'640'000), "около 2,4 млн");
  EXPECT_EQ(Kk(2'160'000, 2'640'000), "шамамен 2,4 млн");
  EXPECT_EQ(Ru(2'200'000, 2'600'000), "около 2,4 млн");
  // One below the low edge, one above the high edge: no longer "около 2,4 млн".
  EXPECT_NE(Ru(2'159'999, 2'640'000), "около 2,4 млн");
  EXPECT_NE(Ru(2'160'000, 2'640'001), "около 2,4 млн");
  // A round figure of one significant digit first: 2 млн ± 200 000.
  EXPECT_EQ(Ru(1'800'000, 2'200'000), "около 2 млн");
  EXPECT_EQ(Ru(270, 330), "около 300");
  EXPECT_EQ(Kk(270, 330), "шамамен 300");
}

TEST(ClaimWords, MoreThanOnlyWhenTheLowEndIsAbove) {
  // 2,1–2,5 млн: not within 10% of a round figure; above 2 млн, and within "более 2 млн"'s reading.
  EXPECT_EQ(Ru(2'000'001, 2'500'000), "более 2 миллионов");
  EXPECT_EQ(Kk(2'000'001, 2'500'000), "2 миллионнан астам");
  // A low end of exactly 2 млн is not more than 2 млн.
  EXPECT_EQ(Ru(2'000'000, 2'500'000), std::string("от 2 до 2,5 млн"));
  EXPECT_EQ(Kk(2'000'000, 2'500'000), "2–2,5 млн");
  // High past ⌈5N/4⌉: the total is far above the words, so the range is said instead.
  EXPECT_EQ(Ru(2'100'000, 2'600'000), "от 2,1 до 2,6 млн");
  EXPECT_EQ(Kk(2'100'000, 2'600'000), "2,1–2,6 млн");
  EXPECT_EQ(Ru(401, 500), "более 400");
  EXPECT_EQ(Kk(401, 500), "400-ден астам");
  EXPECT_EQ(Ru(21'000'001, 26'000'000), "более 21 миллиона");
}

TEST(ClaimWords, ExactAndRange) {
  EXPECT_EQ(Ru(57, 57), "57");
  EXPECT_EQ(Ru(12'345, 12'345), std::string("12") + kNbsp + "345");
  EXPECT_EQ(Ru(437, 577), "от 430 до 580");
  EXPECT_EQ(Kk(437, 577), "430–580");
  EXPECT_EQ(Ru(0, 0), "0");
  // A campaign with no figure yet, and one whose range spans the units.
  for (auto [low, high] : {std::pair<std::int64_t, std::int64_t>{0, 5},
                           {0, 1'000'000},
                           {950'000, 1'260'000},
                           {1, 9'000'000'000}}) {
    for (Words language : {Words::kRussian, Words::kKazakh}) {
      const std::string words = StateTotal(low, high, language);
      auto read = ParseAttendance(words);
      ASSERT_TRUE(read.ok()) << words;
      EXPECT_LE(read->low, low) << words;
      EXPECT_GE(read->high, high) << words;
    }
  }
  EXPECT_EQ(Ru(950'000, 1'260'000),
            "от 950" + std::string(kNbsp) + "000 до 1" + kNbsp + "300" + kNbsp + "000");
}

// Whatever the range, the words read back (ParseAttendance, the rules of docs/attendance.md) to a
// range holding it, in both languages.
TEST(ClaimWords, WordsReadBackToARangeHoldingTheTotal) {
  std::mt19937_64 random(16);
  for (int i = 0; i < 20000; ++i) {
    const int scale = static_cast<int>(random() % 8);
    std::int64_t base = 1;
    for (int k = 0; k < scale; ++k) base *= 10;
    const std::int64_t low = static_cast<std::int64_t>(random() % (9 * base)) + 1;
    const std::int64_t high = low + static_cast<std::int64_t>(random() % (low / 2 + 1));
    for (Words language : {Words::kRussian, Words::kKazakh}) {
      const std::string words = StateTotal(low, high, language);
      auto read = ParseAttendance(words);
      ASSERT_TRUE(read.ok()) << words << " for " << low << "–" << high << ": "
                             << read.error().message;
      EXPECT_LE(read->low, low) << words << " for " << low << "–" << high;
      EXPECT_GE(read->high, high) << words << " for " << low << "–" << high;
    }
  }
}

}  // namespace
}  // namespace kenes::analytics
