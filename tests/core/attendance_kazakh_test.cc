#include "core/attendance_kazakh.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace kenes {
namespace {

using number_words::KazakhCase;

// The numbers below are checked one by one against the rules of docs/attendance.md ("Written in
// Kazakh"): the last word of the number read aloud, its last vowel and its last sound.
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

Attendance Parsed(std::string_view text) {
  const Result<Attendance> parsed = ParseAttendance(text);
  EXPECT_TRUE(parsed.ok()) << text << ": " << parsed.error().message;
  return parsed.ok() ? *parsed : Attendance{};
}

TEST(KazakhAttendanceText, WritesEachQualifierWithItsKazakhWords) {
  struct Case {
    std::string_view russian;
    std::string_view kazakh;
  };
  for (const Case& c : {
           Case{"200", "200"},
           {"более 400", "400-ден астам"},
           {"почти 300", "300-ге жуық"},
           {"около 150", "шамамен 150"},
           {"не менее 50", "кемінде 50"},
           {"до 100", "100-ге дейін"},
           {"менее 50", "50-ден кем"},
           {"от 200 до 300", "200–300"},
           {"более тысячи", "1000-нан астам"},
           {"почти 6 тысяч", "6000-ға жуық"},
           {"более 6 тысяч", "6000-нан астам"},
           {"более 20", "20-дан астам"},
           {"почти 40", "40-қа жуық"},
           {"более 12 тысяч", "12\u00A0000-нан астам"},
           {"около 1,5 млн", "шамамен 1\u00A0500\u00A0000"},
           {"десятки", "ондаған"},
           {"сотни", "жүздеген"},
           {"тысячи", "мыңдаған"},
           {"несколько", "бірнеше"},
           {"десятки тысяч", "ондаған мың"},
           {"сотни тысяч", "жүздеген мың"},
           {"миллионы", "миллиондаған"},
           {"миллиарды", "бірнеше миллиард"},
           // Kazakh has no word for "порядка": the range it stands for.
           {"порядка 2 тысяч", "1600–2400"},
       }) {
    SCOPED_TRACE(std::string(c.russian));
    EXPECT_EQ(KazakhAttendanceText(Parsed(c.russian)), c.kazakh);
  }
  EXPECT_EQ(KazakhAttendanceText(ExactAttendance(57)), "57");
}

// What ParseAttendance read from Russian, written in Kazakh, reads back the same.
void ExpectReadsBack(const Attendance& original, bool same_qualifier = true) {
  const std::string kazakh = KazakhAttendanceText(original);
  SCOPED_TRACE(original.text + " → " + kazakh);
  const Result<Attendance> again = ParseAttendance(kazakh);
  ASSERT_TRUE(again.ok()) << again.error().message;
  if (same_qualifier) {
    EXPECT_EQ(QualifierName(again->qualifier), QualifierName(original.qualifier));
  }
  EXPECT_EQ(again->value, original.value);
  EXPECT_EQ(again->low, original.low);
  EXPECT_EQ(again->high, original.high);
}

TEST(KazakhAttendanceText, ReadsBackToTheSameFigureForEveryQualifier) {
  std::vector<std::int64_t> figures;
  for (std::int64_t n = 0; n <= 2000; ++n) figures.push_back(n);
  for (const std::int64_t n : std::initializer_list<std::int64_t>{
           2500, 3000, 6000, 9999, 10'000, 12'345, 20'000, 40'000, 100'000, 150'000, 1'000'000,
           2'500'000, 1'000'000'000, 2'000'000'000, 9'999'999'999, 10'000'000'000}) {
    figures.push_back(n);
  }
  for (const std::int64_t n : figures) {
    const std::string digits = std::to_string(n);
    for (const std::string_view qualifier :
         {"", "около ", "более ", "не менее ", "почти ", "до ", "менее "}) {
      if (n < 2 && (qualifier == "почти " || qualifier == "менее ")) continue;
      ExpectReadsBack(Parsed(std::string(qualifier) + digits));
    }
    ExpectReadsBack(Parsed("от " + digits + " до " +
                           std::to_string(std::min(n + n / 3, kMaxAttendanceFigure))));
    // order keeps its value and range, written as the range.
    if (n <= kMaxAttendanceFigure / 2) ExpectReadsBack(Parsed("порядка " + digits), false);
    if (::testing::Test::HasFailure()) break;
  }
  for (const std::string_view vague :
       {"несколько", "десятки", "сотни", "тысячи", "десятки тысяч", "сотни тысяч", "миллионы",
        "десятки миллионов", "сотни миллионов", "миллиарды"}) {
    ExpectReadsBack(Parsed(vague));
  }
}

TEST(KazakhAttendanceText, WritesAFigureNoRuleMadeAsItsRange) {
  EXPECT_EQ(KazakhAttendanceText({"", Qualifier::kMoreThan, 10, 3, 20}), "3–20");
  EXPECT_EQ(KazakhAttendanceText({"", Qualifier::kVague, 7, 7, 7}), "7");
  EXPECT_EQ(KazakhAttendanceText({"", Qualifier::kAlmost, 0, 0, 0}), "0");
}

}  // namespace
}  // namespace kenes
