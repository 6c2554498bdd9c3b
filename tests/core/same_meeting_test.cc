#include "core/same_meeting.h"

#include <gtest/gtest.h>

namespace kenes {
namespace {

Event Meeting(const std::string& place, const std::string& district, std::string venue,
              std::vector<std::string> audience, std::optional<Attendance> attendance = {}) {
  Event event;
  event.date = Date::FromCivil(2026, 2, 24);
  event.place_code = place;
  event.region_code = "350000000";
  event.district_code = district;
  event.venue = std::move(venue);
  event.audience = std::move(audience);
  event.attendance = std::move(attendance);
  return event;
}

std::optional<double> Score(const Event& stored, const Event& reported) {
  return SameMeetingScore({stored, MeetingName(stored, "")}, {reported, MeetingName(reported, "")});
}

const Attendance kAbout200{"около 200", Qualifier::kAbout, 200, 180, 220};

TEST(SameMeeting, TheSameVenueWrittenTwoWaysIsOneMeeting) {
  const Event stored =
      Meeting("355630100", "355600000", "Дом культуры поселка Осакаровка", {"farmers"}, kAbout200);
  const Event reported = Meeting("355630100", "355600000", "доме культуры п. Осакаровка",
                                 {"farmers", "rural_residents"},
                                 Attendance{"более 190", Qualifier::kMoreThan, 191, 191, 238});
  EXPECT_TRUE(Score(stored, reported).has_value());
}

TEST(SameMeeting, AReleaseNamingOnlyTheRegionMatchesTheTownsMeetingByItsHost) {
  Event stored = Meeting("351010000", "351010000", "", {"academics", "students"}, kAbout200);
  Event reported = Meeting("350000000", "", "", {"academics", "students"}, kAbout200);
  // The audience alone is not enough when one report names only the region.
  EXPECT_FALSE(Score(stored, reported).has_value());
  stored.host_organization_id = 11;
  reported.host_organization_id = 11;
  EXPECT_TRUE(Score(stored, reported).has_value());
}

TEST(SameMeeting, DifferentPlacesVenuesAudiencesOrFiguresAreDifferentMeetings) {
  const Event stored = Meeting("355630100", "355600000", "Дом культуры", {"farmers"}, kAbout200);
  EXPECT_FALSE(Score(stored, Meeting("352210000", "352210000", "Дом культуры", {"farmers"})));
  EXPECT_FALSE(Score(stored, Meeting("355630100", "355600000", "средняя школа №3", {"farmers"})));
  EXPECT_FALSE(Score(stored, Meeting("355630100", "355600000", "", {"miners"})));
  EXPECT_FALSE(
      Score(stored, Meeting("355630100", "355600000", "Дом культуры", {"farmers"},
                            Attendance{"более 400", Qualifier::kMoreThan, 401, 401, 500})));
}

TEST(SameMeeting, PlaceAndDayAloneAreNotEnough) {
  EXPECT_FALSE(Score(Meeting("350000000", "", "", {}), Meeting("350000000", "", "", {})));
}

TEST(SameMeeting, TheCloserAudienceScoresHigher) {
  const Event wide = Meeting("350000000", "", "", {"public_sector", "health_workers", "teachers"});
  const Event narrow = Meeting("350000000", "", "", {"social_workers", "teachers"});
  const Event reported =
      Meeting("350000000", "", "", {"public_sector", "health_workers", "teachers"});
  ASSERT_TRUE(Score(wide, reported).has_value());
  const auto narrow_score = Score(narrow, reported);
  EXPECT_TRUE(!narrow_score || *narrow_score < *Score(wide, reported));
}

TEST(NameKey, IgnoresQuotesCaseAndWordOrder) {
  EXPECT_EQ(NameKey("«Қаратал» КМП"), NameKey("КМП «ҚАРАТАЛ»"));
  EXPECT_NE(NameKey("ТОО «QazTehna»"), NameKey("ТОО «Silk Road Electronics»"));
}

}  // namespace
}  // namespace kenes
