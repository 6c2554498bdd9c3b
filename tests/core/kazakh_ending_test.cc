#include "core/kazakh_ending.h"

#include <gtest/gtest.h>

#include <string>

namespace kenes {
namespace {

using number_words::KazakhCase;

// The numbers below are checked one by one against the rules of docs/attendance.md ("The Kazakh
// ending"): the last word of the number read aloud, its last vowel and its last sound.
TEST(KazakhEnding, FollowsTheLastWordOfTheNumberReadAloud) {
  struct Case {
    std::int64_t n;
    std::string_view ablative;
    std::string_view dative;
  };
  for (const Case& c : {
           Case{0, "ден", "ге"},          // нөл
           {1, "ден", "ге"},              // бір
           {2, "ден", "ге"},              // екі
           {3, "тен", "ке"},              // үш
           {4, "тен", "ке"},              // төрт
           {5, "тен", "ке"},              // бес
           {6, "дан", "ға"},              // алты
           {7, "ден", "ге"},              // жеті
           {8, "ден", "ге"},              // сегіз
           {9, "дан", "ға"},              // тоғыз
           {10, "нан", "ға"},             // он
           {20, "дан", "ға"},             // жиырма
           {30, "дан", "ға"},             // отыз
           {40, "тан", "қа"},             // қырық
           {50, "ден", "ге"},             // елу
           {60, "тан", "қа"},             // алпыс
           {70, "тен", "ке"},             // жетпіс
           {80, "нен", "ге"},             // сексен
           {90, "нан", "ға"},             // тоқсан
           {100, "ден", "ге"},            // жүз
           {150, "ден", "ге"},            // жүз елу
           {300, "ден", "ге"},            // үш жүз
           {400, "ден", "ге"},            // төрт жүз
           {1000, "нан", "ға"},           // мың
           {1001, "ден", "ге"},           // мың бір
           {1040, "тан", "қа"},           // мың қырық
           {6000, "нан", "ға"},           // алты мың
           {12'000, "нан", "ға"},         // он екі мың
           {1'000'000, "нан", "ға"},      // миллион
           {2'000'000'000, "тан", "қа"},  // екі миллиард: the final д sounds т
       }) {
    SCOPED_TRACE(c.n);
    EXPECT_EQ(KazakhEnding(c.n, KazakhCase::kAblative), c.ablative);
    EXPECT_EQ(KazakhEnding(c.n, KazakhCase::kDative), c.dative);
  }
  EXPECT_EQ(KazakhEnding(100, KazakhCase::kSimilative), "дей");   // жүздей
  EXPECT_EQ(KazakhEnding(1000, KazakhCase::kSimilative), "дай");  // мыңдай
  EXPECT_EQ(KazakhEnding(40, KazakhCase::kSimilative), "тай");    // қырықтай
  EXPECT_EQ(KazakhEnding(5, KazakhCase::kSimilative), "тей");     // бестей
  EXPECT_EQ(KazakhEnding(20, KazakhCase::kSimilative), "дай");    // жиырмадай
}

TEST(KazakhLastNumeral, IsTheLastWordOfTheNumber) {
  EXPECT_EQ(KazakhLastNumeral(0), "нөл");
  EXPECT_EQ(KazakhLastNumeral(7), "жеті");
  EXPECT_EQ(KazakhLastNumeral(150), "елу");
  EXPECT_EQ(KazakhLastNumeral(300), "жүз");
  EXPECT_EQ(KazakhLastNumeral(6000), "мың");
  EXPECT_EQ(KazakhLastNumeral(2'000'000), "миллион");
  EXPECT_EQ(KazakhLastNumeral(1'000'100), "жүз");
  EXPECT_EQ(KazakhLastNumeral(10'000'000'000), "миллиард");
}

}  // namespace
}  // namespace kenes
