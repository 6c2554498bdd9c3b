// Rules of meeting assembly that the golden texts do not pin down one by one.
#include "extract/events.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/extractor.h"
#include "read_text.h"

namespace kenes::extract {
namespace {

using testing::Read;

TEST(Events, WhoHoldsTheMeetingSpeaksAtIt) {
  const Extraction e =
      Read("Аким области Ермаганбет Булекпаев встретился с жителями села Аксукент.");
  ASSERT_EQ(e.events.size(), 1u);
  ASSERT_EQ(e.events[0].speakers.size(), 1u);
  EXPECT_EQ(e.events[0].speakers[0].name, "Ермаганбет Булекпаев");
  EXPECT_EQ(e.events[0].speakers[0].title, "аким области");
}

TEST(Events, ASummaryOfManyMeetingsIsNoMeeting) {
  const Extraction e = Read(
      "Члены коалиции встречались с шахтерами и металлургами. Встречи проходили в аулах. "
      "Проведены десятки тысяч мероприятий, охвативших миллионы граждан.");
  EXPECT_TRUE(e.events.empty());
  EXPECT_EQ(e.claims.size(), 2u);
}

TEST(Events, AMeetingInQuotedSpeechIsNoMeeting) {
  const Extraction e = Read(
      "«Вчера мы встретились с коллективом городской больницы и обсудили с врачами многие "
      "вопросы», — сказал депутат.");
  EXPECT_TRUE(e.events.empty());
}

TEST(Events, AnEventWithoutAFigureHasNoAttendance) {
  const Extraction e = Read("В Кокшетау члены коалиции встретились с педагогами школы № 5.");
  ASSERT_EQ(e.events.size(), 1u);
  EXPECT_FALSE(e.events[0].attendance.has_value());
  EXPECT_EQ(e.events[0].host_organization, "школа № 5");
}

TEST(Events, AFigureTooLargeForOneMeetingIsAClaim) {
  const Extraction e = Read(
      "Члены коалиции встретились с жителями Карагандинской области. В мероприятиях приняли "
      "участие 300 тысяч человек.");
  for (const DraftEvent& event : e.events) EXPECT_FALSE(event.attendance.has_value());
  ASSERT_EQ(e.claims.size(), 1u);
  EXPECT_EQ(e.claims[0].figure.value, 300000);
}

TEST(Events, TheReferenceDateDatesATextWithoutOne) {
  ExtractOptions options;
  options.reference_date = Date::FromCivil(2026, 3, 1);
  auto e = Extract("12 февраля в Астане члены коалиции встретились со студентами.",
                   testing::TestGazetteer(), options);
  ASSERT_TRUE(e.ok());
  ASSERT_EQ(e->events.size(), 1u);
  EXPECT_EQ(e->events[0].date, Date::FromCivil(2026, 2, 12));
  EXPECT_EQ(e->date, Date::FromCivil(2026, 2, 12));
}

}  // namespace
}  // namespace kenes::extract
