#include "core/attendance_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

namespace kenes {
namespace {

constexpr PublicationLanguage kRussian = PublicationLanguage::kRussian;
constexpr PublicationLanguage kKazakh = PublicationLanguage::kKazakh;

Attendance Parsed(std::string_view text) {
  const Result<Attendance> parsed = ParseAttendance(text);
  EXPECT_TRUE(parsed.ok()) << text << ": " << parsed.error().message;
  return parsed.ok() ? *parsed : Attendance{};
}

TEST(AttendanceText, WritesEachQualifierWithItsWordsInBothLanguages) {
  struct Case {
    std::string_view read;
    std::string_view russian;
    std::string_view kazakh;
  };
  for (const Case& c : {
           Case{"200", "200", "200"},
           {"более 400", "более 400", "400-ден астам"},
           {"почти 300", "почти 300", "300-ге жуық"},
           {"около 150", "около 150", "шамамен 150"},
           {"не менее 50", "не менее 50", "кемінде 50"},
           {"до 100", "до 100", "100-ге дейін"},
           {"менее 50", "менее 50", "50-ден кем"},
           {"от 200 до 300", "от 200 до 300", "200–300"},
           {"300–300", "от 300 до 300", "300–300"},
           {"более тысячи", "более 1000", "1000-нан астам"},
           {"почти 6 тысяч", "почти 6000", "6000-ға жуық"},
           {"более 6 тысяч", "более 6000", "6000-нан астам"},
           {"более 20", "более 20", "20-дан астам"},
           {"почти 40", "почти 40", "40-қа жуық"},
           {"более 12 тысяч", "более 12\u00A0000", "12\u00A0000-нан астам"},
           {"около 1,5 млн", "около 1\u00A0500\u00A0000", "шамамен 1\u00A0500\u00A0000"},
           {"десятки", "десятки", "ондаған"},
           {"сотни", "сотни", "жүздеген"},
           {"тысячи", "тысячи", "мыңдаған"},
           {"несколько", "несколько", "бірнеше"},
           {"десятки тысяч", "десятки тысяч", "ондаған мың"},
           {"сотни тысяч", "сотни тысяч", "жүздеген мың"},
           {"миллионы", "миллионы", "миллиондаған"},
           {"десятки миллионов", "десятки миллионов", "ондаған миллион"},
           {"сотни миллионов", "сотни миллионов", "жүздеген миллион"},
           {"миллиарды", "миллиарды", "бірнеше миллиард"},
           // Kazakh has no word for "порядка": the range it stands for.
           {"порядка 2 тысяч", "порядка 2000", "1600–2400"},
           // Kazakh words read in Russian, and the other way round.
           {"300-ден астам", "более 300", "300-ден астам"},
           {"шамамен 150", "около 150", "шамамен 150"},
           {"200-дей", "около 200", "шамамен 200"},
           {"мыңдаған", "тысячи", "мыңдаған"},
       }) {
    SCOPED_TRACE(std::string(c.read));
    EXPECT_EQ(AttendanceText(Parsed(c.read), kRussian), c.russian);
    EXPECT_EQ(AttendanceText(Parsed(c.read), kKazakh), c.kazakh);
  }
  EXPECT_EQ(AttendanceText(ExactAttendance(57), kRussian), "57");
  EXPECT_EQ(AttendanceText(ExactAttendance(57), kKazakh), "57");
}

// What ParseAttendance read, written in `language`, reads back the same.
void ExpectReadsBack(const Attendance& original, PublicationLanguage language,
                     bool same_qualifier = true) {
  const std::string words = AttendanceText(original, language);
  SCOPED_TRACE(original.text + " → " + words);
  const Result<Attendance> again = ParseAttendance(words);
  ASSERT_TRUE(again.ok()) << again.error().message;
  if (same_qualifier) {
    EXPECT_EQ(QualifierName(again->qualifier), QualifierName(original.qualifier));
  }
  EXPECT_EQ(again->value, original.value);
  EXPECT_EQ(again->low, original.low);
  EXPECT_EQ(again->high, original.high);
}

TEST(AttendanceText, ReadsBackToTheSameFigureForEveryQualifierInBothLanguages) {
  std::vector<std::int64_t> figures;
  for (std::int64_t n = 0; n <= 2000; ++n) figures.push_back(n);
  for (const std::int64_t n : std::initializer_list<std::int64_t>{
           2500, 3000, 6000, 9999, 10'000, 12'345, 20'000, 40'000, 100'000, 150'000, 1'000'000,
           2'500'000, 1'000'000'000, 2'000'000'000, 9'999'999'999, 10'000'000'000}) {
    figures.push_back(n);
  }
  for (const PublicationLanguage language : {kRussian, kKazakh}) {
    SCOPED_TRACE(PublicationLanguageName(language));
    for (const std::int64_t n : figures) {
      const std::string digits = std::to_string(n);
      for (const std::string_view qualifier :
           {"", "около ", "более ", "не менее ", "почти ", "до ", "менее "}) {
        if (n < 2 && (qualifier == "почти " || qualifier == "менее ")) continue;
        ExpectReadsBack(Parsed(std::string(qualifier) + digits), language);
      }
      ExpectReadsBack(Parsed("от " + digits + " до " +
                             std::to_string(std::min(n + n / 3, kMaxAttendanceFigure))),
                      language);
      // Kazakh writes order as its range: value, low and high the same, the qualifier range.
      if (n <= kMaxAttendanceFigure / 2) {
        ExpectReadsBack(Parsed("порядка " + digits), language, language == kRussian);
      }
      if (::testing::Test::HasFailure()) break;
    }
    for (const std::string_view vague :
         {"несколько", "десятки", "сотни", "тысячи", "десятки тысяч", "сотни тысяч", "миллионы",
          "десятки миллионов", "сотни миллионов", "миллиарды"}) {
      ExpectReadsBack(Parsed(vague), language);
    }
  }
}

TEST(AttendanceText, WritesAFigureNoRuleMadeAsItsRange) {
  EXPECT_EQ(AttendanceText({"", Qualifier::kMoreThan, 10, 3, 20}, kRussian), "от 3 до 20");
  EXPECT_EQ(AttendanceText({"", Qualifier::kMoreThan, 10, 3, 20}, kKazakh), "3–20");
  EXPECT_EQ(AttendanceText({"", Qualifier::kAbout, 12'000, 10'000, 14'000}, kRussian),
            "от 10\u00A0000 до 14\u00A0000");
  for (const PublicationLanguage language : {kRussian, kKazakh}) {
    EXPECT_EQ(AttendanceText({"", Qualifier::kVague, 7, 7, 7}, language), "7");
    EXPECT_EQ(AttendanceText({"", Qualifier::kAlmost, 0, 0, 0}, language), "0");
    EXPECT_EQ(AttendanceText({"", Qualifier::kVague, 31, 20, 90}, language),
              language == kRussian ? "от 20 до 90" : "20–90");
  }
}

}  // namespace
}  // namespace kenes
