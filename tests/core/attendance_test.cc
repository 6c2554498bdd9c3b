#include "core/attendance.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "core/allocation_counter.h"
#include "core/utf8.h"

namespace kenes {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

struct Expected {
  std::string_view text;
  Qualifier qualifier;
  std::int64_t value;
  std::int64_t low;
  std::int64_t high;
};

// Parses `e.text` and checks every number; the text kept must be the input, trimmed.
void ExpectParsed(const Expected& e) {
  SCOPED_TRACE(std::string(e.text));
  const Result<Attendance> parsed = ParseAttendance(e.text);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_EQ(QualifierName(parsed->qualifier), QualifierName(e.qualifier));
  EXPECT_EQ(parsed->value, e.value);
  EXPECT_EQ(parsed->low, e.low);
  EXPECT_EQ(parsed->high, e.high);
  EXPECT_EQ(parsed->text, utf8::Trim(e.text));
}

constexpr auto kExact = Qualifier::kExact;
constexpr auto kAbout = Qualifier::kAbout;
constexpr auto kOrder = Qualifier::kOrder;
constexpr auto kMoreThan = Qualifier::kMoreThan;
constexpr auto kAtLeast = Qualifier::kAtLeast;
constexpr auto kAlmost = Qualifier::kAlmost;
constexpr auto kUpTo = Qualifier::kUpTo;
constexpr auto kLessThan = Qualifier::kLessThan;
constexpr auto kRange = Qualifier::kRange;
constexpr auto kVague = Qualifier::kVague;

TEST(ParseAttendance, ReadsThePhrasesCoordinatorsAndPressReleasesUse) {
  for (const Expected& e : {
           Expected{"57", kExact, 57, 57, 57},
           {"около 300", kAbout, 300, 270, 330},
           {"более 400", kMoreThan, 401, 401, 500},
           {"свыше ста", kMoreThan, 101, 101, 125},
           {"порядка 2 тысяч", kOrder, 2000, 1600, 2400},
           {"примерно полторы тысячи", kAbout, 1500, 1350, 1650},
           {"до 50", kUpTo, 50, 25, 50},
           {"десятки", kVague, 30, 20, 90},
           {"сотни", kVague, 300, 200, 900},
           {"несколько тысяч", kVague, 3000, 2000, 9000},
           {"1,5 тыс.", kExact, 1500, 1500, 1500},
           {"5 млн", kExact, 5'000'000, 5'000'000, 5'000'000},
           {"не менее 100", kAtLeast, 100, 100, 125},
           {"почти 500", kAlmost, 499, 450, 499},
           {"менее 50", kLessThan, 49, 25, 49},
           {"от 200 до 300", kRange, 250, 200, 300},
           {"200–300", kRange, 250, 200, 300},
           {"200-300", kRange, 250, 200, 300},
           {"400+", kMoreThan, 401, 401, 500},
           {"более чем 400", kMoreThan, 401, 401, 500},
           {"приблизительно 300", kAbout, 300, 270, 330},
           {"ориентировочно 300", kAbout, 300, 270, 330},
           {"порядка пяти тысяч", kOrder, 5000, 4000, 6000},
           {"около трехсот", kAbout, 300, 270, 330},
           {"более двухсот пятидесяти", kMoreThan, 251, 251, 313},
           {"десятки тысяч", kVague, 30'000, 20'000, 90'000},
           {"сотни тысяч", kVague, 300'000, 200'000, 900'000},
           {"миллионы", kVague, 3'000'000, 2'000'000, 9'000'000},
           {"несколько сотен", kVague, 300, 200, 900},
           {"несколько десятков", kVague, 30, 20, 90},
           {"около полутора тысяч", kAbout, 1500, 1350, 1650},
           {"2,5 млн", kExact, 2'500'000, 2'500'000, 2'500'000},
           {"1 500", kExact, 1500, 1500, 1500},
           {"пять миллионов", kExact, 5'000'000, 5'000'000, 5'000'000},
           {"тысяча", kExact, 1000, 1000, 1000},
           {"тысячи", kVague, 3000, 2000, 9000},
           {"ста", kExact, 100, 100, 100},
           {"двести пятьдесят", kExact, 250, 250, 250},
           {"три тысячи двести", kExact, 3200, 3200, 3200},
       }) {
    ExpectParsed(e);
  }
}

TEST(ParseAttendance, ReadsKazakhQualifiersAndNumerals) {
  for (const Expected& e : {
           Expected{"шамамен 300", kAbout, 300, 270, 330},
           {"300-ден астам", kMoreThan, 301, 301, 375},
           {"300-ден аса", kMoreThan, 301, 301, 375},
           {"300-ден артық", kMoreThan, 301, 301, 375},
           {"мыңнан астам", kMoreThan, 1001, 1001, 1250},
           {"1000-нан астам", kMoreThan, 1001, 1001, 1250},
           {"300-ге жуық", kAlmost, 299, 270, 299},
           {"мыңға жуық", kAlmost, 999, 900, 999},
           {"300-ге дейін", kUpTo, 300, 150, 300},
           {"кемінде 300", kAtLeast, 300, 300, 375},
           {"екі жүз елу", kExact, 250, 250, 250},
           {"үш мың", kExact, 3000, 3000, 3000},
           {"он бес", kExact, 15, 15, 15},
           {"шамамен бес мың адам", kAbout, 5000, 4500, 5500},
           {"үш жүзден астам адам", kMoreThan, 301, 301, 375},
           {"екі жүзге жуық", kAlmost, 199, 180, 199},
           {"мыңдаған адам", kVague, 3000, 2000, 9000},
           {"ондаған мың", kVague, 30'000, 20'000, 90'000},
           {"бірнеше жүз", kVague, 300, 200, 900},
           {"екі-үш мың", kRange, 2500, 2000, 3000},
       }) {
    ExpectParsed(e);
  }
}

// The Kazakh phrases of coordinators and press releases (issue 12), each read whole, with a unit
// word, and in running text, where the match stops before the noun.
TEST(ParseAttendance, ReadsTheKazakhFiguresOfPressReleases) {
  for (const Expected& e : {
           Expected{"200 адам", kExact, 200, 200, 200},
           {"400-ден астам", kMoreThan, 401, 401, 500},
           {"300-ге жуық", kAlmost, 299, 270, 299},
           {"шамамен 150", kAbout, 150, 135, 165},
           {"100-ге дейін", kUpTo, 100, 50, 100},
           {"кемінде 50", kAtLeast, 50, 50, 63},
           {"екі жүзден астам", kMoreThan, 201, 201, 250},
           {"мыңнан астам", kMoreThan, 1001, 1001, 1250},
           {"бір жарым мыңға жуық", kAlmost, 1499, 1350, 1499},
           {"6 мыңға жуық", kAlmost, 5999, 5400, 5999},
           {"ондаған", kVague, 30, 20, 90},
           {"жүздеген", kVague, 300, 200, 900},
           {"мыңдаған", kVague, 3000, 2000, 9000},
           {"200-дей", kAbout, 200, 180, 220},
           {"200-ге тарта", kAlmost, 199, 180, 199},
           {"500-ден аса", kMoreThan, 501, 501, 625},
           {"жүзге жуық", kAlmost, 99, 90, 99},
           {"екі мыңнан астам", kMoreThan, 2001, 2001, 2500},
           {"1,5 мыңға жуық", kAlmost, 1499, 1350, 1499},
           {"бірнеше жүз", kVague, 300, 200, 900},
           {"100-ден астам адам", kMoreThan, 101, 101, 125},
           {"ондаған адам", kVague, 30, 20, 90},
           {"шамамен 300 адам", kAbout, 300, 270, 330},
           {"300-ге жуық адам", kAlmost, 299, 270, 299},
           {"300-ден астам тұрғын", kMoreThan, 301, 301, 375},
       }) {
    ExpectParsed(e);
  }
}

TEST(ParseAttendance, ReadsTheKazakhSimilativeAsAbout) {
  for (const Expected& e : {
           // -дай/-дей/-тай/-тей: "some 200", the rule of about: N ± ⌈N/10⌉.
           Expected{"200-дей", kAbout, 200, 180, 220},
           {"200-дай", kAbout, 200, 180, 220},
           {"40-тай", kAbout, 40, 36, 44},
           {"жүздей", kAbout, 100, 90, 110},
           {"мыңдай адам", kAbout, 1000, 900, 1100},
           {"екі жүздей", kAbout, 200, 180, 220},
           {"қырықтай", kAbout, 40, 36, 44},
           // On the noun after the figure: "500 адамдай".
           {"500 адамдай", kAbout, 500, 450, 550},
           // A range with the similative is the range, as "около 200–300" is.
           {"200-300-дей", kRange, 250, 200, 300},
       }) {
    ExpectParsed(e);
  }
}

TEST(ParseAttendance, ReadsEveryKazakhPostposition) {
  for (const Expected& e : {
           // more_than: N+1 .. max(N+1, ⌈5N/4⌉)
           Expected{"100-ден көп", kMoreThan, 101, 101, 125},
           {"120-дан астам ерікті", kMoreThan, 121, 121, 150},
           {"4 мыңнан аса", kMoreThan, 4001, 4001, 5000},
           {"оннан артық", kMoreThan, 11, 11, 13},
           // at_least: N .. ⌈5N/4⌉
           {"100-ден кем емес", kAtLeast, 100, 100, 125},
           // less_than: ⌈N/2⌉ .. N−1
           {"50-ден кем", kLessThan, 49, 25, 49},
           {"50-ден аз", kLessThan, 49, 25, 49},
           // almost: ⌊9N/10⌋ .. N−1
           {"200-ге таяу", kAlmost, 199, 180, 199},
           {"мыңға тарта", kAlmost, 999, 900, 999},
           {"120-ға жуық адам", kAlmost, 119, 108, 119},
           // up_to: ⌈N/2⌉ .. N
           {"100-ге шейін", kUpTo, 100, 50, 100},
           // Before the figure: жуықтап (about), кем дегенде and ең кемі (at least).
           {"жуықтап 300", kAbout, 300, 270, 330},
           {"кем дегенде 100 адам", kAtLeast, 100, 100, 125},
           {"ең кемі 40", kAtLeast, 40, 40, 50},
       }) {
    ExpectParsed(e);
  }
}

TEST(ParseAttendance, ReadsAKazakhCaseOnTheNounAfterTheFigure) {
  ExpectParsed({"10 адамнан астам", kMoreThan, 11, 11, 13});
  ExpectParsed({"500 адамға жуық", kAlmost, 499, 450, 499});
  ExpectParsed({"2,5 мың адамға жуық", kAlmost, 2499, 2250, 2499});
  ExpectParsed({"екі жүз тұрғыннан астам", kMoreThan, 201, 201, 250});
  ExpectParsed({"300 оқушыдан астам", kMoreThan, 301, 301, 375});
}

TEST(ParseAttendance, ReadsKazakhRangesHalvesAndVagueCounts) {
  for (const Expected& e : {
           Expected{"200-ден 300-ге дейін", kRange, 250, 200, 300},
           {"екі жүзден үш жүзге дейін адам", kRange, 250, 200, 300},
           // The bare lower end borrows the multiplier, as in "от 2 до 3 тысяч".
           {"2-ден 3 мыңға дейін", kRange, 2500, 2000, 3000},
           {"екі жарым мың", kExact, 2500, 2500, 2500},
           {"бір жарым миллион", kExact, 1'500'000, 1'500'000, 1'500'000},
           {"шамамен бір жарым мың", kAbout, 1500, 1350, 1650},
           {"он мыңдаған", kVague, 30'000, 20'000, 90'000},
           {"жүз мыңдаған адам", kVague, 300'000, 200'000, 900'000},
       }) {
    ExpectParsed(e);
  }
}

TEST(ParseAttendance, AllowsKazakhUnitWordsAfterTheFigure) {
  // Singular after a numeral, as Kazakh has it; the plural, and agent nouns in -шы/-ші,
  // -кер/-гер, too.
  for (const std::string_view text : {
           "100 кісі",      "300 қатысушы", "200 тұрғын",         "60 жұмысшы",      "30 қызметкер",
           "100 студент",   "300 оқушы",    "5 мұғалім",          "40 дәрігер",      "20 шаруа",
           "15 кәсіпкер",   "200 жастар",   "шамамен 300 адам",   "мыңдаған тұрғын", "ондаған адам",
           "200 тұрғындар", "300 оқушылар", "50-ге жуық мұнайшы", "12 саясаткер",    "40 зейнеткер",
       }) {
    SCOPED_TRACE(std::string(text));
    const Result<Attendance> parsed = ParseAttendance(text);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ(parsed->text, text);
  }
  EXPECT_EQ(ParseAttendance("300 оқушы")->value, 300);
}

// One row per qualifier of docs/attendance.md, with its worked example and its edge cases.
TEST(ParseAttendance, AppliesOneDocumentedRulePerQualifier) {
  for (const Expected& e : {
           // exact: N, N, N
           Expected{"57", kExact, 57, 57, 57},
           {"0", kExact, 0, 0, 0},
           // about: N ± ⌈N/10⌉
           {"около 300", kAbout, 300, 270, 330},
           {"около 5", kAbout, 5, 4, 6},
           {"около 0", kAbout, 0, 0, 0},
           {"где-то 301", kAbout, 301, 270, 332},
           // order: N ± ⌈N/5⌉
           {"порядка 2 тысяч", kOrder, 2000, 1600, 2400},
           {"порядка 7", kOrder, 7, 5, 9},
           // more_than: N+1 .. max(N+1, ⌈5N/4⌉), value N+1
           {"более 400", kMoreThan, 401, 401, 500},
           {"более 3", kMoreThan, 4, 4, 4},
           {"более 0", kMoreThan, 1, 1, 1},
           {"300 с лишним", kMoreThan, 301, 301, 375},
           // at_least: N .. ⌈5N/4⌉, value N
           {"не менее 100", kAtLeast, 100, 100, 125},
           {"как минимум 3", kAtLeast, 3, 3, 4},
           {"от 200", kAtLeast, 200, 200, 250},
           {"300 и более", kAtLeast, 300, 300, 375},
           // almost: ⌊9N/10⌋ .. N−1, value N−1; N >= 2
           {"почти 500", kAlmost, 499, 450, 499},
           {"без малого 2", kAlmost, 1, 1, 1},
           // up_to: ⌈N/2⌉ .. N, value N
           {"до 50", kUpTo, 50, 25, 50},
           {"не более 51", kUpTo, 51, 26, 51},
           {"до 1", kUpTo, 1, 1, 1},
           {"до 0", kUpTo, 0, 0, 0},
           // less_than: ⌈N/2⌉ .. N−1, value N−1; N >= 2
           {"менее 50", kLessThan, 49, 25, 49},
           {"менее 2", kLessThan, 1, 1, 1},
           // range: A .. B, value ⌈(A+B)/2⌉ (the midpoint, half rounded up)
           {"от 200 до 300", kRange, 250, 200, 300},
           {"1-2", kRange, 2, 1, 2},
           {"от 300 до 300", kRange, 300, 300, 300},
           // vague: 2K .. 9K, value 3K
           {"десятки", kVague, 30, 20, 90},
           {"несколько человек", kVague, 3, 2, 9},
           {"миллиарды", kVague, 3'000'000'000, 2'000'000'000, 9'000'000'000},
       }) {
    ExpectParsed(e);
  }
}

TEST(ParseAttendance, ReadsRussianNumeralsInEveryCaseAndGender) {
  for (const Expected& e : {
           Expected{"один", kExact, 1, 1, 1},
           {"одна", kExact, 1, 1, 1},
           {"одного", kExact, 1, 1, 1},
           {"одной тысячи", kExact, 1000, 1000, 1000},
           {"одну тысячу", kExact, 1000, 1000, 1000},
           {"два", kExact, 2, 2, 2},
           {"две тысячи", kExact, 2000, 2000, 2000},
           {"двух тысяч", kExact, 2000, 2000, 2000},
           {"двумя тысячами", kExact, 2000, 2000, 2000},
           {"трём", kExact, 3, 3, 3},
           {"четырьмя", kExact, 4, 4, 4},
           {"восьми", kExact, 8, 8, 8},
           {"восемью", kExact, 8, 8, 8},
           {"одиннадцати", kExact, 11, 11, 11},
           {"сорока", kExact, 40, 40, 40},
           {"девяноста девяти", kExact, 99, 99, 99},
           {"сто", kExact, 100, 100, 100},
           {"двухсот", kExact, 200, 200, 200},
           {"тремстам", kExact, 300, 300, 300},
           {"четырьмястами", kExact, 400, 400, 400},
           {"пятистах", kExact, 500, 500, 500},
           {"тысячу", kExact, 1000, 1000, 1000},
           {"тысячей", kExact, 1000, 1000, 1000},
           {"полутора тысяч", kExact, 1500, 1500, 1500},
           {"полтора миллиона", kExact, 1'500'000, 1'500'000, 1'500'000},
           {"полторы сотни", kExact, 150, 150, 150},
           {"два десятка", kExact, 20, 20, 20},
           {"двух с половиной тысяч", kExact, 2500, 2500, 2500},
           {"двадцати одной тысячи", kExact, 21'000, 21'000, 21'000},
           {"ста двадцати трёх тысяч четырёхсот пятидесяти шести", kExact, 123'456, 123'456,
            123'456},
           {"миллион двести тысяч", kExact, 1'200'000, 1'200'000, 1'200'000},
           {"два миллиона триста тысяч", kExact, 2'300'000, 2'300'000, 2'300'000},
           {"двумстам пятидесяти", kExact, 250, 250, 250},
           {"две сотни тысяч", kExact, 200'000, 200'000, 200'000},
       }) {
    ExpectParsed(e);
  }
}

TEST(ParseAttendance, ReadsTysyachiAsOneThousandAfterAQualifierAndAsThousandsAlone) {
  ExpectParsed({"около тысячи", kAbout, 1000, 900, 1100});
  ExpectParsed({"более сотни", kMoreThan, 101, 101, 125});
  ExpectParsed({"около сотни тысяч", kAbout, 100'000, 90'000, 110'000});
  ExpectParsed({"около миллиона", kAbout, 1'000'000, 900'000, 1'100'000});
  ExpectParsed({"почти тысячу", kAlmost, 999, 900, 999});
  ExpectParsed({"тысячи", kVague, 3000, 2000, 9000});
  ExpectParsed({"Тысячи человек", kVague, 3000, 2000, 9000});
}

TEST(ParseAttendance, ReadsDigitsWithMultipliersAndDecimalCommas) {
  for (const Expected& e : {
           Expected{"1,5 тыс", kExact, 1500, 1500, 1500},
           {"1.5 тыс.", kExact, 1500, 1500, 1500},
           {"2,5 млн", kExact, 2'500'000, 2'500'000, 2'500'000},
           {"5млн", kExact, 5'000'000, 5'000'000, 5'000'000},
           {"0,5 тыс.", kExact, 500, 500, 500},
           {"1,25 млн", kExact, 1'250'000, 1'250'000, 1'250'000},
           {"300 тысяч", kExact, 300'000, 300'000, 300'000},
           {"1 млрд", kExact, 1'000'000'000, 1'000'000'000, 1'000'000'000},
           {"1 млн 200 тыс.", kExact, 1'200'000, 1'200'000, 1'200'000},
           {"12 345 678", kExact, 12'345'678, 12'345'678, 12'345'678},
           {"10 млрд", kExact, 10'000'000'000, 10'000'000'000, 10'000'000'000},
           {"007", kExact, 7, 7, 7},
       }) {
    ExpectParsed(e);
  }
}

TEST(ParseAttendance, LendsTheMultiplierOfARangeToItsBareLowerEnd) {
  ExpectParsed({"от 2 до 3 тысяч", kRange, 2500, 2000, 3000});
  ExpectParsed({"2–3 тыс.", kRange, 2500, 2000, 3000});
  ExpectParsed({"1,5–2 млн", kRange, 1'750'000, 1'500'000, 2'000'000});
  ExpectParsed({"от полутора до двух тысяч", kRange, 1750, 1500, 2000});
  ExpectParsed({"200–300 тысяч", kRange, 250'000, 200'000, 300'000});
  // 500 is not less than 2: it is five hundred, not five hundred thousand.
  ExpectParsed({"от 500 до 2 тысяч", kRange, 1250, 500, 2000});
  ExpectParsed({"от тысячи до двух тысяч", kRange, 1500, 1000, 2000});
  ExpectParsed({"двести-триста", kRange, 250, 200, 300});
  ExpectParsed({"200 — 300", kRange, 250, 200, 300});
}

TEST(ParseAttendance, ReadsAboutAndOrderBeforeARangeAsTheRange) {
  ExpectParsed({"около 200–300", kRange, 250, 200, 300});
  ExpectParsed({"порядка 200-300 человек", kRange, 250, 200, 300});
}

TEST(ParseAttendance, ReadsEveryQualifierSpelling) {
  for (const Expected& e : {
           Expected{"где-то 300", kAbout, 300, 270, 330},
           {"больше 400", kMoreThan, 401, 401, 500},
           {"больше чем 400", kMoreThan, 401, 401, 500},
           {"чуть более 400", kMoreThan, 401, 401, 500},
           {"400 с небольшим", kMoreThan, 401, 401, 500},
           {"не меньше 100", kAtLeast, 100, 100, 125},
           {"не менее чем 100", kAtLeast, 100, 100, 125},
           {"как минимум 100", kAtLeast, 100, 100, 125},
           {"минимум 100", kAtLeast, 100, 100, 125},
           {"по меньшей мере 100", kAtLeast, 100, 100, 125},
           {"100 и больше", kAtLeast, 100, 100, 125},
           {"чуть меньше 500", kAlmost, 499, 450, 499},
           {"чуть менее 500", kAlmost, 499, 450, 499},
           {"немногим менее 500", kAlmost, 499, 450, 499},
           {"не более 50", kUpTo, 50, 25, 50},
           {"не больше 50", kUpTo, 50, 25, 50},
           {"не более чем 50", kUpTo, 50, 25, 50},
           {"максимум 50", kUpTo, 50, 25, 50},
           {"вплоть до 50", kUpTo, 50, 25, 50},
           {"меньше 50", kLessThan, 49, 25, 49},
           {"менее чем 50", kLessThan, 49, 25, 49},
       }) {
    ExpectParsed(e);
  }
}

TEST(ParseAttendance, IgnoresCaseAndReadsYoAsYe) {
  ExpectParsed({"ОКОЛО ТРЁХСОТ", kAbout, 300, 270, 330});
  ExpectParsed({"около трехсот", kAbout, 300, 270, 330});
  ExpectParsed({"Более Четырёхсот", kMoreThan, 401, 401, 500});
  ExpectParsed({"ШАМАМЕН 300", kAbout, 300, 270, 330});
  ExpectParsed({"МЫҢНАН АСТАМ", kMoreThan, 1001, 1001, 1250});
}

TEST(ParseAttendance, ReadsNoBreakSpacesBetweenWordsAndBetweenDigitGroups) {
  ExpectParsed({"1\u00A0500", kExact, 1500, 1500, 1500});
  ExpectParsed({"1\u202F500", kExact, 1500, 1500, 1500});
  ExpectParsed({"1\u2009500\u00A0000", kExact, 1'500'000, 1'500'000, 1'500'000});
  ExpectParsed({"около\u00A0300\u00A0человек", kAbout, 300, 270, 330});
  ExpectParsed({"\u00A0 более 400\u202F", kMoreThan, 401, 401, 500});
}

TEST(ParseAttendance, AllowsOneTrailingUnitWordAndKeepsItInTheText) {
  for (const std::string_view text : {
           "около 300 человек",
           "более 400 сотрудников",
           "57 чел.",
           "57 чел",
           "22 человека",
           "около 200 сельхозтоваропроизводителей",
           "свыше ста жителей",
           "до 50 участников",
           "несколько сотен студентов",
           "300-ден астам адам",
           "5 тыс. человек",
           "5 тыс.чел.",
       }) {
    SCOPED_TRACE(std::string(text));
    const Result<Attendance> parsed = ParseAttendance(text);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ(parsed->text, text);
  }
  EXPECT_EQ(ParseAttendance("  около 300 человек  ")->text, "около 300 человек");
  EXPECT_EQ(ParseAttendance("около 300 человек")->value, 300);
  EXPECT_EQ(ParseAttendance("5 тыс.чел.")->value, 5000);
}

// The error a user sees: field "attendance", the input quoted, and what was not understood.
void ExpectRefused(std::string_view text, std::string_view says) {
  SCOPED_TRACE(std::string(text));
  const Result<Attendance> parsed = ParseAttendance(text);
  ASSERT_FALSE(parsed.ok()) << "read as " << QualifierName(parsed->qualifier) << " "
                            << parsed->value;
  EXPECT_EQ(parsed.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(parsed.error().field, "attendance");
  EXPECT_THAT(parsed.error().message, HasSubstr(std::string(says)));
  EXPECT_TRUE(utf8::IsValid(parsed.error().message));
}

TEST(ParseAttendance, SaysWhatFollowsTheFigureWhenSomethingDoes) {
  const Result<Attendance> parsed = ParseAttendance("около трёхсот пятидесяти человек и");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error().message,
            "'около трёхсот пятидесяти человек и': unexpected 'и' after the figure");
  ExpectRefused("57 57", "unexpected '57' after the figure");
  ExpectRefused("около 300 человек.", "unexpected '.' after the figure");
  ExpectRefused("300 и более 400", "unexpected 'и'");
  ExpectRefused("3 тыс. 300", "unexpected '300'");
}

TEST(ParseAttendance, RefusesWhatIsNotACountWithAReason) {
  ExpectRefused("", "empty");
  ExpectRefused(" \u00A0 ", "empty");
  ExpectRefused("-5", "'-5': a negative figure");
  ExpectRefused("\u22125", "negative");
  ExpectRefused("– 300", "negative");
  ExpectRefused("много", "'много' is not a figure");
  ExpectRefused("около людей", "'около людей': 'около' needs a figure after it");
  ExpectRefused("до этого", "'до' needs a figure after it");
  ExpectRefused("более", "'более' needs a figure after it");
  ExpectRefused("около около 300", "'около' needs a figure after it");
  ExpectRefused("более десятков", "vague count");
  ExpectRefused("около нескольких тысяч", "vague count");
  ExpectRefused("более 200–300", "a range");
  ExpectRefused("1,5", "'1,5' is not a whole number of people");
  ExpectRefused("полтора", "not a whole number");
  ExpectRefused("1,2345 млн", "not a count");
  ExpectRefused("12.02.2026", "'12.02.2026' is not a count of people");
  ExpectRefused("10:00", "not a count");
  ExpectRefused("8-701-555-12-34", "not a count");
  ExpectRefused("300%", "percentage");
  ExpectRefused("300 %", "percentage");
  ExpectRefused("5-й", "letters attached");
  ExpectRefused("300человек", "letters attached");
  ExpectRefused("300–200", "runs backwards");
  ExpectRefused("от трёхсот до двухсот", "runs backwards");
  ExpectRefused("почти 1", "at least 2");
  ExpectRefused("менее 1", "at least 2");
  ExpectRefused("почти 0", "at least 2");
  ExpectRefused("он", "Russian word");
  ExpectRefused("бес", "Russian word");
  ExpectRefused("300-ден", "no астам");
  ExpectRefused("около мың", "mixes Russian and Kazakh");
  ExpectRefused("шамамен 5 тысяч", "mixes Russian and Kazakh");
  ExpectRefused("кемінде 300-ден астам", "two qualifiers");
  ExpectRefused("шамамен 200-дей", "two qualifiers");
  ExpectRefused("кемінде 200-300-дей", "a range");
  ExpectRefused("бір жарым", "not a whole number");
  ExpectRefused("мың бір жарым", "not a whole number");
  ExpectRefused("200-ге", "no астам");
  ExpectRefused("200-ден 300-ге", "no астам");
  ExpectRefused("бірдей", "not a figure");
  ExpectRefused("ондай", "not a figure");
  ExpectRefused("екі мыңдаған", "not a figure");
  ExpectRefused("кем дегенде 5 тысяч", "mixes Russian and Kazakh");
  ExpectRefused("ең жақсы", "not a figure");
  ExpectRefused("двести адамнан астам", "unexpected 'адамнан'");
  // A noun in a case with no postposition after it is no unit word: "200 адамға" is "to 200
  // people".
  ExpectRefused("200 адамға", "unexpected 'адамға'");
  ExpectRefused("тысяча двести тысяч", "not a well-formed number");
  ExpectRefused("тыс.", "not a figure");
  ExpectRefused("+400", "'+' is not a figure");
}

TEST(ParseAttendance, RefusesFiguresBeyondTenBillion) {
  ExpectParsed({"10000000000", kExact, 10'000'000'000, 10'000'000'000, 10'000'000'000});
  ExpectRefused("10000000001", "more than 10000000000");
  ExpectRefused("11 млрд", "more than 10000000000");
  ExpectRefused("99999999999999999999999999", "more than 10000000000");
  ExpectRefused("99999999999999,999–1,5 млн", "more than 10000000000");
  ExpectRefused("десятки миллиардов", "more than 10000000000");
  ExpectRefused("девятьсот девяносто девять миллиардов", "more than 10000000000");
}

TEST(ParseAttendance, RefusesInvalidUtf8AndAbsurdLengthsWithoutQuotingThem) {
  ExpectRefused(
      "\xFF"
      "300",
      "not valid UTF-8");
  const std::string long_text(1000, '1');
  ExpectRefused(long_text, "too long");
  EXPECT_LT(ParseAttendance(long_text).error().message.size(), 200u);
}

// --- MatchAttendancePrefix -------------------------------------------------------------------

// Matches at the start of `text` and checks the figure and the words it covers.
void ExpectPrefix(std::string_view text, std::string_view words, Qualifier qualifier,
                  std::int64_t value) {
  SCOPED_TRACE(std::string(text));
  const auto match = MatchAttendancePrefix(text);
  ASSERT_TRUE(match.has_value());
  EXPECT_EQ(match->length, words.size());
  EXPECT_EQ(match->attendance.text, words);
  EXPECT_EQ(QualifierName(match->attendance.qualifier), QualifierName(qualifier));
  EXPECT_EQ(match->attendance.value, value);
}

TEST(MatchAttendancePrefix, MatchesTheFigureAndLeavesTheNounToTheCaller) {
  ExpectPrefix("около 300 человек. Депутат", "около 300", kAbout, 300);
  ExpectPrefix("более 400 сотрудников компании", "более 400", kMoreThan, 401);
  ExpectPrefix("около 200 сельхозтоваропроизводителей", "около 200", kAbout, 200);
  ExpectPrefix("свыше ста человек", "свыше ста", kMoreThan, 101);
  ExpectPrefix("десятки тысяч мероприятий, охвативших", "десятки тысяч", kVague, 30'000);
  ExpectPrefix("миллионы граждан", "миллионы", kVague, 3'000'000);
  ExpectPrefix("порядка 5 миллионов казахстанцев", "порядка 5 миллионов", kOrder, 5'000'000);
  ExpectPrefix("до 50 человек", "до 50", kUpTo, 50);
  ExpectPrefix("2026 году", "2026", kExact, 2026);
  ExpectPrefix("1,5 тыс. человек", "1,5 тыс.", kExact, 1500);
  ExpectPrefix("5 тыс.чел.", "5 тыс.", kExact, 5000);
  ExpectPrefix("300-ден астам адам", "300-ден астам", kMoreThan, 301);
  ExpectPrefix("несколько лет", "несколько", kVague, 3);
}

TEST(MatchAttendancePrefix, MatchesKazakhFiguresInRunningText) {
  struct Case {
    std::string_view text;
    std::string_view words;
    Qualifier qualifier;
    std::int64_t value;
  };
  for (const Case& c : {
           Case{"200 адам қатысты.", "200", kExact, 200},
           {"400-ден астам адам жиналды", "400-ден астам", kMoreThan, 401},
           {"300-ге жуық тұрғын қатысты", "300-ге жуық", kAlmost, 299},
           {"шамамен 150 адам келді", "шамамен 150", kAbout, 150},
           {"100-ге дейін адам сыяды", "100-ге дейін", kUpTo, 100},
           {"кемінде 50 адам", "кемінде 50", kAtLeast, 50},
           {"екі жүзден астам оқушы", "екі жүзден астам", kMoreThan, 201},
           {"мыңнан астам адам", "мыңнан астам", kMoreThan, 1001},
           {"бір жарым мыңға жуық адам", "бір жарым мыңға жуық", kAlmost, 1499},
           {"6 мыңға жуық тұрғын", "6 мыңға жуық", kAlmost, 5999},
           {"ондаған адам", "ондаған", kVague, 30},
           {"жүздеген тұрғын", "жүздеген", kVague, 300},
           {"мыңдаған адам", "мыңдаған", kVague, 3000},
           {"200-дей адам", "200-дей", kAbout, 200},
           {"200-ге тарта адам", "200-ге тарта", kAlmost, 199},
           {"500-ден аса қатысушы", "500-ден аса", kMoreThan, 501},
           {"жүзге жуық адам", "жүзге жуық", kAlmost, 99},
           {"екі мыңнан астам адам", "екі мыңнан астам", kMoreThan, 2001},
           {"1,5 мыңға жуық адам", "1,5 мыңға жуық", kAlmost, 1499},
           {"бірнеше жүз адам", "бірнеше жүз", kVague, 300},
           {"100-ден астам адам қатысты", "100-ден астам", kMoreThan, 101},
           {"шамамен 300 адам", "шамамен 300", kAbout, 300},
           {"300-ге жуық адам", "300-ге жуық", kAlmost, 299},
           {"300-ден астам тұрғын келді", "300-ден астам", kMoreThan, 301},
           {"он мыңдаған адам", "он мыңдаған", kVague, 30'000},
           {"200-ден 300-ге дейін адам", "200-ден 300-ге дейін", kRange, 250},
           // The case on the noun: the qualifier comes after it, so the noun is in the match.
           {"10 адамнан астам жиналды", "10 адамнан астам", kMoreThan, 11},
           {"500 адамдай келді", "500 адамдай", kAbout, 500},
           // "бір кісідей" is "as one man": the figure is one, the similative not read.
           {"бір кісідей атсалысты", "бір", kExact, 1},
           // A case on the noun with no postposition is no qualifier.
           {"200 адамға арналған", "200", kExact, 200},
       }) {
    ExpectPrefix(c.text, c.words, c.qualifier, c.value);
  }
  EXPECT_FALSE(MatchAttendancePrefix("бірдей жағдай").has_value());
  EXPECT_FALSE(MatchAttendancePrefix("ондай жиын").has_value());
  EXPECT_FALSE(MatchAttendancePrefix("бір жарым сағат").has_value());
  EXPECT_FALSE(MatchAttendancePrefix("ең жақсы").has_value());
  EXPECT_FALSE(MatchAttendancePrefix("кем емес").has_value());
}

TEST(MatchAttendancePrefix, StopsWhereRunningTextStopsBeingAFigure) {
  ExpectPrefix("300, а также 400", "300", kExact, 300);
  ExpectPrefix("300 – это рекорд", "300", kExact, 300);
  ExpectPrefix("300 и более 400 человек", "300", kExact, 300);
  ExpectPrefix("от 200 до этого", "от 200", kAtLeast, 200);
  ExpectPrefix("300 и более человек", "300 и более", kAtLeast, 300);
  ExpectPrefix("400+ участников", "400+", kMoreThan, 401);
  ExpectPrefix("400 + 300", "400", kExact, 400);
  ExpectPrefix("1 5000", "1", kExact, 1);
  ExpectPrefix("2026 300", "2026", kExact, 2026);
}

TEST(MatchAttendancePrefix, FindsNothingWhereThereIsNoFigure) {
  for (const std::string_view text : {
           "",
           " 300",
           "человек 300",
           "до этого",
           "до начала встречи",
           "более того,",
           "не менее важно",
           "он сказал",
           "бес",
           "12.02.2026 состоялась",
           "10:00 утра",
           "300% роста",
           "5-й съезд",
           "2-х дневный",
           "8-701-555-12-34",
           "COVID19",
           "«300»",
           "тыс. человек",
           "полтора",
           "1,5 человека",
           "столько",
           "Казахстан",
           "бірге",
           "\xD0",
           "\xFF\xFE",
       }) {
    EXPECT_FALSE(MatchAttendancePrefix(text).has_value()) << text;
  }
}

// A copy of `text` in a heap block of exactly its size, so AddressSanitizer reports any read
// past its end.
class ExactBuffer {
 public:
  explicit ExactBuffer(std::string_view text)
      : bytes_(std::make_unique<char[]>(text.size())), size_(text.size()) {
    if (!text.empty()) std::memcpy(bytes_.get(), text.data(), text.size());
  }
  std::string_view view() const { return {bytes_.get(), size_}; }

 private:
  std::unique_ptr<char[]> bytes_;
  std::size_t size_;
};

TEST(MatchAttendancePrefix, ReadsOnlyTheBytesItIsGiven) {
  // Each view is cut from a longer figure; what lies beyond the cut must not count.
  const std::string full = "1 500 тыс. человек";
  const auto match = [&](std::size_t size) {
    const ExactBuffer buffer(std::string_view(full).substr(0, size));
    return MatchAttendancePrefix(buffer.view());
  };
  EXPECT_EQ(match(3)->attendance.value, 1);           // "1 5"
  EXPECT_EQ(match(5)->attendance.value, 1500);        // "1 500"
  EXPECT_EQ(match(12)->attendance.value, 1'500'000);  // "1 500 тыс" without the dot
  EXPECT_EQ(match(12)->length, 12u);
  EXPECT_EQ(match(13)->length, 13u);  // the dot now belongs to "тыс."
  EXPECT_FALSE(MatchAttendancePrefix(ExactBuffer("окол").view()).has_value());
  EXPECT_FALSE(MatchAttendancePrefix(ExactBuffer("300-д").view()).has_value());
  EXPECT_EQ(MatchAttendancePrefix(ExactBuffer("300-").view())->length, 3u);
}

TEST(MatchAttendancePrefix, AllocatesNothingWhenItFindsNothing) {
  // Every word start of running text without a figure, as the extractor calls it; the views are
  // made up front so that only MatchAttendancePrefix runs while allocations are counted.
  const std::string text =
      "Следующая встреча состоялась с преподавателями и студентами Карагандинского "
      "университета. В мероприятии приняли участие депутаты, до этого не менее важно. "
      "«Qarmet» 300% 5-й он сказал: более того, тыс. раз";
  std::vector<std::string_view> starts;
  bool in_word = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const char32_t c = utf8::Decode(text, pos);
    const bool word = utf8::IsLetter(c) || utf8::IsDigit(c);
    if (word && !in_word) starts.push_back(std::string_view(text).substr(start));
    in_word = word;
  }
  ASSERT_GT(starts.size(), 20u);
  const std::size_t before = testing::AllocationCount();
  std::size_t found = 0;
  for (const std::string_view start : starts) {
    if (!MatchAttendancePrefix(start)) continue;
    ++found;
    ADD_FAILURE() << "matched at: " << start.substr(0, 20);
  }
  EXPECT_EQ(testing::AllocationCount(), before);
  EXPECT_EQ(found, 0u);
  // The counter does count: a match builds its text, too long for the string's inline buffer.
  EXPECT_TRUE(MatchAttendancePrefix("около трёхсот пятидесяти человек").has_value());
  EXPECT_GT(testing::AllocationCount(), before);
}

TEST(MatchAttendancePrefix, ReadsWhatParseAttendanceReads) {
  for (const std::string_view text :
       {"около 300 человек", "от 2 до 3 тысяч участников", "мыңнан астам адам",
        "несколько сотен студентов", "1 500 человек", "около полутора тысяч жителей"}) {
    SCOPED_TRACE(std::string(text));
    const auto match = MatchAttendancePrefix(text);
    const Result<Attendance> parsed = ParseAttendance(text);
    ASSERT_TRUE(match.has_value());
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(match->attendance.qualifier, parsed->qualifier);
    EXPECT_EQ(match->attendance.value, parsed->value);
    EXPECT_EQ(match->attendance.low, parsed->low);
    EXPECT_EQ(match->attendance.high, parsed->high);
    EXPECT_THAT(parsed->text, StartsWith(match->attendance.text));
  }
}

// --- Robustness ------------------------------------------------------------------------------

// The invariants any input must keep, whatever its bytes.
void CheckInvariants(std::string_view input) {
  const ExactBuffer buffer(input);
  const std::string_view text = buffer.view();

  const Result<Attendance> parsed = ParseAttendance(text);
  if (parsed.ok()) {
    EXPECT_LE(0, parsed->low) << input;
    EXPECT_LE(parsed->low, parsed->value) << input;
    EXPECT_LE(parsed->value, parsed->high) << input;
    EXPECT_EQ(parsed->text, utf8::Trim(text)) << input;
    // The whole phrase, matched as a prefix of itself, reads the same.
    const auto again = MatchAttendancePrefix(utf8::Trim(text));
    EXPECT_TRUE(again.has_value()) << input;
    if (again) {
      EXPECT_EQ(again->attendance.value, parsed->value) << input;
      EXPECT_EQ(again->attendance.low, parsed->low) << input;
      EXPECT_EQ(again->attendance.high, parsed->high) << input;
    }
  } else {
    EXPECT_EQ(parsed.error().code, ErrorCode::kInvalid) << input;
    EXPECT_EQ(parsed.error().field, "attendance") << input;
    EXPECT_FALSE(parsed.error().message.empty()) << input;
    EXPECT_TRUE(utf8::IsValid(parsed.error().message)) << input;
  }

  const auto match = MatchAttendancePrefix(text);
  if (!match) return;
  const Attendance& a = match->attendance;
  EXPECT_GT(match->length, 0u) << input;
  ASSERT_LE(match->length, text.size()) << input;
  EXPECT_EQ(a.text, text.substr(0, match->length)) << input;
  EXPECT_LE(0, a.low) << input;
  EXPECT_LE(a.low, a.value) << input;
  EXPECT_LE(a.value, a.high) << input;
  EXPECT_TRUE(utf8::IsValid(a.text)) << input;
  if (utf8::IsValid(text) && match->length < text.size()) {
    EXPECT_NE(static_cast<unsigned char>(text[match->length]) & 0xC0, 0x80) << input;
  }
  // What was matched is a phrase ParseAttendance reads the same way.
  const Result<Attendance> matched = ParseAttendance(a.text);
  ASSERT_TRUE(matched.ok()) << input << ": " << matched.error().message;
  EXPECT_EQ(matched->qualifier, a.qualifier) << input;
  EXPECT_EQ(matched->value, a.value) << input;
  EXPECT_EQ(matched->low, a.low) << input;
  EXPECT_EQ(matched->high, a.high) << input;
}

TEST(AttendanceRobustness, KeepsItsInvariantsOnRandomBytes) {
  std::mt19937 random(20260224);
  std::uniform_int_distribution<int> length(0, 24);
  std::uniform_int_distribution<int> byte(0, 255);
  // Bytes biased towards digits, spaces and the lead bytes of Cyrillic, so that random strings
  // sometimes get past the first character.
  constexpr std::string_view kInteresting = "0123456789 ,.-+%\xD0\xD1\xD2\xD3\x80\x81\xB0\xBE";
  std::uniform_int_distribution<std::size_t> pick(0, kInteresting.size() - 1);
  for (int i = 0; i < 20'000; ++i) {
    std::string input;
    const int n = length(random);
    for (int j = 0; j < n; ++j) {
      input += (j % 2 == 0) ? static_cast<char>(byte(random)) : kInteresting[pick(random)];
    }
    CheckInvariants(input);
    if (::testing::Test::HasFailure()) break;
  }
}

TEST(AttendanceRobustness, KeepsItsInvariantsOnRandomPhrasesOfKnownWords) {
  const std::vector<std::string_view> pieces = {
      "около",      "более",       "свыше",
      "порядка",    "не",          "менее",
      "до",         "от",          "почти",
      "чем",        "меньше",      "как",
      "минимум",    "и",           "с",
      "лишним",     "половиной",   "один",
      "две",        "трёх",        "пяти",
      "десять",     "сорока",      "сто",
      "ста",        "двести",      "двухсот",
      "полутора",   "тысяча",      "тысячи",
      "тысяч",      "сотни",       "десятки",
      "десятков",   "миллион",     "миллионов",
      "миллиардов", "несколько",   "тыс.",
      "млн",        "млрд",        "0",
      "1",          "2",           "57",
      "300",        "1,5",         "2.5",
      "500",        "10000000000", "99999999999999,999",
      "-",          "–",           "+",
      "%",          ",",           ".",
      " ",          " ",           "\u00A0",
      "\u202F",     "шамамен",     "кемінде",
      "-ден",       "-ге",         "астам",
      "жуық",       "дейін",       "бір",
      "он",         "бес",         "жүз",
      "мың",        "мыңнан",      "жүзге",
      "ондаған",    "бірнеше",     "человек",
      "-дей",       "-тай",        "жарым",
      "тарта",      "кем",         "емес",
      "дегенде",    "ең",          "кемі",
      "адамнан",    "адамдай",     "мыңдаған",
      "жүздей",     "бірдей",      "тұрғындар",
      "чел.",       "адам",        "людей",
      "Қ",          "\xD0",        "й",
  };
  std::mt19937 random(12022026);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> count(1, 7);
  std::bernoulli_distribution space(0.7);
  for (int i = 0; i < 30'000; ++i) {
    std::string input;
    const int n = count(random);
    for (int j = 0; j < n; ++j) {
      if (j > 0 && space(random)) input += ' ';
      input += pieces[pick(random)];
    }
    CheckInvariants(input);
    if (::testing::Test::HasFailure()) break;
  }
}

}  // namespace
}  // namespace kenes
