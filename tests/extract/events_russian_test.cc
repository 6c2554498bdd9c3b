// Russian phrasings beyond the samples' (issue 12, item 10) that the golden texts do not pin
// down one by one: lists of meetings, totals, one meeting told at length, another one.
#include <gtest/gtest.h>

#include <string_view>

#include "read_text.h"

namespace kenes::extract {
namespace {

using testing::Read;

TEST(RussianEvents, AListAfterAMeetingKeepsTheMeeting) {
  const Extraction e = Read(
      "10 марта в Нуре прошла встреча с жителями поселка. Встречи также прошли в селах:\n"
      "с. Каракудук – 50;\n"
      "с. Шубарколь – 60.");
  ASSERT_EQ(e.events.size(), 3u);
  EXPECT_EQ(e.events[0].settlement, "Нура");
  EXPECT_EQ(e.events[1].settlement, "Каракудук");
  ASSERT_TRUE(e.events[1].attendance.has_value());
  EXPECT_EQ(e.events[1].attendance->attendance.value, 50);
  EXPECT_EQ(e.events[2].settlement, "Шубарколь");
  ASSERT_TRUE(e.events[2].attendance.has_value());
  EXPECT_EQ(e.events[2].attendance->attendance.value, 60);
}

// "пос. Габидена Мустафина" is a village named after a person, not a person: the line is a
// meeting there, and nobody is listed.
TEST(RussianEvents, AVillageNamedAfterAPersonIsAPlace) {
  const Extraction e = Read(
      "Члены коалиции провели встречи с жителями сел района:\n"
      "с. Ботакара – 120 человек;\n"
      "пос. Габидена Мустафина – 95 человек.");
  ASSERT_EQ(e.events.size(), 2u);
  EXPECT_EQ(e.events[1].settlement, "Габидена Мустафина");
  ASSERT_TRUE(e.events[1].attendance.has_value());
  EXPECT_EQ(e.events[1].attendance->attendance.value, 95);
  EXPECT_TRUE(e.people.empty());
}

TEST(RussianEvents, AListMayHaveBullets) {
  const Extraction e = Read(
      "Встречи с жителями состоялись в селах Нуринского района:\n"
      "– с. Каракудук (50 человек);\n"
      "– с. Шубарколь (60 человек).");
  ASSERT_EQ(e.events.size(), 2u);
  EXPECT_EQ(e.events[0].settlement, "Каракудук");
  EXPECT_EQ(e.events[0].district, "Нуринский район");
  EXPECT_EQ(e.events[1].settlement, "Шубарколь");
  ASSERT_TRUE(e.events[1].attendance.has_value());
  EXPECT_EQ(e.events[1].attendance->attendance.value, 60);
}

TEST(RussianEvents, AListOfLinesWithoutStopsUnderADistrictsMeetings) {
  const Extraction e = Read(
      "В Бухар-Жырауском районе прошли разъяснительные встречи. Члены коалиции встретились с "
      "жителями сел района:\n"
      "г. Тельманово – 243 человека\n"
      "с. Ботакара (120 человек)\n\n"
      "Всего встречами охвачено 363 человека.");
  ASSERT_EQ(e.events.size(), 2u);
  EXPECT_EQ(e.events[0].settlement, "Тельманово");
  EXPECT_EQ(e.events[0].district, "Бухар-Жырауский район");
  ASSERT_TRUE(e.events[0].attendance.has_value());
  EXPECT_EQ(e.events[0].attendance->attendance.value, 243);
  ASSERT_EQ(e.events[0].audience.size(), 1u);
  EXPECT_EQ(e.events[0].audience[0].code, "rural_residents");
  EXPECT_EQ(e.events[1].settlement, "Ботакара");
  ASSERT_TRUE(e.events[1].attendance.has_value());
  EXPECT_EQ(e.events[1].attendance->attendance.value, 120);
  ASSERT_EQ(e.claims.size(), 1u);
  EXPECT_EQ(e.claims[0].figure.value, 363);
}

TEST(RussianEvents, ATotalOfMeetingsCountedIsAClaimAboutEvents) {
  const Extraction e = Read(
      "В Кокшетау при участии более 200 граждан состоялся сход жителей микрорайона. В общей "
      "сложности в области прошло 35 встреч, в которых приняли участие более 4 тысяч человек.");
  ASSERT_EQ(e.events.size(), 1u);
  ASSERT_TRUE(e.events[0].attendance.has_value());
  EXPECT_EQ(e.events[0].attendance->attendance.value, 201);
  ASSERT_EQ(e.claims.size(), 2u);
  EXPECT_EQ(e.claims[0].topic, ClaimTopic::kEvents);
  EXPECT_EQ(e.claims[1].topic, ClaimTopic::kPeople);
}

TEST(RussianEvents, WithACueAnUnknownNounCountsPeopleAndAThingDoesNot) {
  const Extraction e = Read(
      "В Нуре члены коалиции провели встречу с молодежью, в которой приняли участие порядка 80 "
      "юношей и девушек.\n\n"
      "В Кентау прошел форум с молодежью. В его работе приняли участие работодатели, "
      "предложившие 120 рабочих мест.");
  ASSERT_EQ(e.events.size(), 2u);
  ASSERT_TRUE(e.events[0].attendance.has_value());
  EXPECT_EQ(e.events[0].attendance->attendance.value, 80);
  EXPECT_FALSE(e.events[1].attendance.has_value());
}

TEST(RussianEvents, ATotalOfOneMeetingIsItsAttendance) {
  const Extraction e = Read(
      "В Кокшетау члены коалиции встретились с педагогами. Всего во встрече приняли участие "
      "80 человек.");
  ASSERT_EQ(e.events.size(), 1u);
  ASSERT_TRUE(e.events[0].attendance.has_value());
  EXPECT_EQ(e.events[0].attendance->attendance.value, 80);
  EXPECT_TRUE(e.claims.empty());
}

TEST(RussianEvents, ALaterParagraphThatSaysAnotherMeetingIsNew) {
  const Extraction e = Read(
      "В Нуре члены коалиции встретились с жителями поселка.\n\n"
      "Также состоялась встреча в Доме культуры.");
  EXPECT_EQ(e.events.size(), 2u);
}

TEST(RussianEvents, MeetingsInTwoTownsTakeTheFiguresOfTheirTowns) {
  const Extraction e = Read(
      "25 февраля встречи членов коалиции с жителями прошли в Нуре и Осакаровке. В Нуре "
      "собрались около 150 человек, в Осакаровке – более 90.");
  ASSERT_EQ(e.events.size(), 2u);
  EXPECT_EQ(e.events[0].settlement, "Нура");
  ASSERT_TRUE(e.events[0].attendance.has_value());
  EXPECT_EQ(e.events[0].attendance->attendance.value, 150);
  EXPECT_EQ(e.events[1].settlement, "Осакаровка");
  ASSERT_TRUE(e.events[1].attendance.has_value());
  EXPECT_EQ(e.events[1].attendance->attendance.value, 91);
}

TEST(RussianEvents, MeetingsInVillagesWithTheirFiguresInBrackets) {
  const Extraction e = Read(
      "24 февраля встречи с жителями прошли в селах Ботакара (120 человек), Умет (64 человека) "
      "и Кокпекты (80 человек).");
  ASSERT_EQ(e.events.size(), 3u);
  EXPECT_EQ(e.events[0].settlement, "Ботакара");
  EXPECT_EQ(e.events[1].settlement, "Умет");
  EXPECT_EQ(e.events[2].settlement, "Кокпекты");
  for (std::size_t i = 0; i < 3; ++i) ASSERT_TRUE(e.events[i].attendance.has_value());
  EXPECT_EQ(e.events[0].attendance->attendance.value, 120);
  EXPECT_EQ(e.events[1].attendance->attendance.value, 64);
  EXPECT_EQ(e.events[2].attendance->attendance.value, 80);
}

TEST(RussianEvents, AMeetingTheTextSaysComesNextIsNotTheFirstToldAgain) {
  // The same audience in the same town: "Кроме того" and the later day say it is another one.
  const Extraction e = Read(
      "12 февраля 2026 года в Нуре прошла встреча членов коалиции со студентами.\n\n"
      "Затем в Осакаровке прошла встреча членов коалиции с педагогами.\n\n"
      "Кроме того, 13 февраля 2026 года в Нуре прошла встреча членов коалиции со студентами.");
  ASSERT_EQ(e.events.size(), 3u);
  EXPECT_EQ(e.events[2].settlement, "Нура");
  ASSERT_TRUE(e.events[2].date.has_value());
  EXPECT_EQ(*e.events[2].date, Date::FromCivil(2026, 2, 13));
}

TEST(RussianEvents, ATypeWordSaysWhichOfTheSameNamesIsMeant) {
  // Astana's district "Алматы" in a text that names Almaty region first.
  const Extraction e = Read(
      "В Алматинской области прошла встреча членов коалиции с фермерами.\n\n"
      "Затем в районе Алматы города Астана прошла встреча членов коалиции со студентами.");
  ASSERT_EQ(e.events.size(), 2u);
  EXPECT_EQ(e.events[1].place_code, "711110000");
}

TEST(RussianEvents, OneMeetingInTwoTownsIsOne) {
  const Extraction e = Read("Встреча с жителями прошла в Нуре и Осакаровке.");
  EXPECT_EQ(e.events.size(), 1u);
}

}  // namespace
}  // namespace kenes::extract
