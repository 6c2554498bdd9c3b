#include "core/plural.h"

#include <gtest/gtest.h>

namespace kenes {
namespace {

constexpr CountedNoun kMeetingEn{"meeting", "meetings", "meetings"};
constexpr CountedNoun kMeetingRu{"встреча", "встречи", "встреч"};
constexpr CountedNoun kMeetingKk{"кездесу", "кездесу", "кездесу"};

TEST(Plural, EnglishIsSingularOnlyForOne) {
  EXPECT_EQ(Counted(1, PluralRules::kEnglish, kMeetingEn), "1 meeting");
  EXPECT_EQ(Counted(0, PluralRules::kEnglish, kMeetingEn), "0 meetings");
  EXPECT_EQ(Counted(2, PluralRules::kEnglish, kMeetingEn), "2 meetings");
  EXPECT_EQ(Counted(21, PluralRules::kEnglish, kMeetingEn), "21 meetings");
}

TEST(Plural, RussianFollowsTheLastTwoDigits) {
  const auto ru = [](std::uint64_t n) { return Counted(n, PluralRules::kRussian, kMeetingRu); };
  EXPECT_EQ(ru(1), "1 встреча");
  EXPECT_EQ(ru(2), "2 встречи");
  EXPECT_EQ(ru(4), "4 встречи");
  EXPECT_EQ(ru(5), "5 встреч");
  EXPECT_EQ(ru(0), "0 встреч");
  EXPECT_EQ(ru(11), "11 встреч");
  EXPECT_EQ(ru(12), "12 встреч");
  EXPECT_EQ(ru(14), "14 встреч");
  EXPECT_EQ(ru(20), "20 встреч");
  EXPECT_EQ(ru(21), "21 встреча");
  EXPECT_EQ(ru(22), "22 встречи");
  EXPECT_EQ(ru(25), "25 встреч");
  EXPECT_EQ(ru(101), "101 встреча");
  EXPECT_EQ(ru(111), "111 встреч");
  EXPECT_EQ(ru(112), "112 встреч");
  EXPECT_EQ(ru(1002), "1002 встречи");
}

TEST(Plural, KazakhNounDoesNotChangeAfterANumeral) {
  for (std::uint64_t n : {1u, 2u, 5u, 11u, 21u}) {
    EXPECT_EQ(NounAfter(n, PluralRules::kKazakh, kMeetingKk), "кездесу") << n;
  }
  EXPECT_EQ(Counted(5, PluralRules::kKazakh, {"кездесу", "x", "y"}), "5 кездесу");
}

}  // namespace
}  // namespace kenes
