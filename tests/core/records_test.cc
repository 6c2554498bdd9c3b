// The intrinsic rules of each record, each failure naming its field.
#include <gtest/gtest.h>

#include "core/checkin.h"
#include "core/event.h"
#include "core/feedback.h"
#include "core/organization.h"
#include "core/person.h"

namespace kenes {
namespace {

Event ValidEvent() {
  Event event;
  event.date = Date::FromCivil(2026, 2, 24);
  event.place_code = "355630100";
  event.audience = {"farmers"};
  event.attendance = Attendance{"около 200", Qualifier::kAbout, 200, 180, 220};
  return event;
}

std::string FieldOf(const Status& status) { return status.ok() ? "<ok>" : status.error().field; }

TEST(EventRules, AValidEventPasses) { EXPECT_TRUE(Validate(ValidEvent()).ok()); }

TEST(EventRules, EachBrokenFieldIsNamed) {
  Event event = ValidEvent();
  event.time = "25:00";
  EXPECT_EQ(FieldOf(Validate(event)), "time");
  event = ValidEvent();
  event.place_code = "35";
  EXPECT_EQ(FieldOf(Validate(event)), "place_code");
  event = ValidEvent();
  event.audience = {"Шахтёры"};
  EXPECT_EQ(FieldOf(Validate(event)), "audience");
  event = ValidEvent();
  event.audience = {"miners", "miners"};
  EXPECT_EQ(FieldOf(Validate(event)), "audience");
  event = ValidEvent();
  event.venue = std::string("\xFF\xFE");
  EXPECT_EQ(FieldOf(Validate(event)), "venue");
}

TEST(EventRules, AttendanceMustBePlausibleForOneMeeting) {
  Event event = ValidEvent();
  event.attendance = Attendance{"5 млн", Qualifier::kExact, 5'000'000, 5'000'000, 5'000'000};
  const Status refused = Validate(event);
  EXPECT_EQ(FieldOf(refused), "attendance");
  EXPECT_NE(refused.error().message.find("5 млн"), std::string::npos);
  event.attendance = Attendance{"x", Qualifier::kExact, 10, 20, 30};  // value below its range
  EXPECT_EQ(FieldOf(Validate(event)), "attendance");
  event = ValidEvent();
  event.status = EventStatus::kCancelled;
  EXPECT_EQ(FieldOf(Validate(event)), "attendance");
}

TEST(EventRules, StatusMovesForwardOnly) {
  EXPECT_TRUE(CheckTransition(EventStatus::kPlanned, EventStatus::kHeld).ok());
  EXPECT_TRUE(CheckTransition(EventStatus::kPlanned, EventStatus::kCancelled).ok());
  EXPECT_TRUE(CheckTransition(EventStatus::kHeld, EventStatus::kHeld).ok());
  const Status back = CheckTransition(EventStatus::kHeld, EventStatus::kPlanned);
  ASSERT_FALSE(back.ok());
  EXPECT_EQ(back.error().code, ErrorCode::kConflict);
  EXPECT_FALSE(CheckTransition(EventStatus::kCancelled, EventStatus::kHeld).ok());
}

TEST(EnumNames, AnUnknownNameListsTheAllowedOnes) {
  auto kind = ParseOrgKind("club");
  ASSERT_FALSE(kind.ok());
  EXPECT_EQ(kind.error().field, "kind");
  EXPECT_NE(kind.error().message.find("trade_union"), std::string::npos);
  EXPECT_EQ(OrgKindName(ParseOrgKind("state_body").value()), "state_body");
}

TEST(OrganizationRules, ClaimsAndHeadcountsStayWithinTheCountry) {
  Organization organization;
  organization.name = "Партия «AMANAT»";
  organization.kind = OrgKind::kParty;
  organization.membership = Membership{1, Date::FromCivil(2026, 2, 12), -5};
  EXPECT_EQ(FieldOf(Validate(organization)), "membership.claimed_members");
  organization.membership->claimed_members = 450'000;
  EXPECT_TRUE(Validate(organization).ok());
  organization.name = "   ";
  EXPECT_EQ(FieldOf(Validate(organization)), "name");
}

TEST(PersonRules, TheTitleOnADateIsTheLatestPositionThen) {
  Person person;
  person.full_name = "Ерлан Кошанов";
  person.positions = {
      {"председатель Мажилиса Парламента", std::nullopt, std::nullopt, std::nullopt},
      {"руководитель Общенациональной коалиции", std::nullopt, Date::FromCivil(2026, 2, 12),
       std::nullopt}};
  EXPECT_TRUE(Validate(person).ok());
  EXPECT_EQ(TitleOn(person, Date::FromCivil(2026, 1, 10)), "председатель Мажилиса Парламента");
  EXPECT_EQ(TitleOn(person, Date::FromCivil(2026, 3, 13)),
            "руководитель Общенациональной коалиции");
  person.positions[1].to = Date::FromCivil(2026, 2, 1);
  EXPECT_EQ(FieldOf(Validate(person)), "positions[1].to");
}

TEST(FeedbackRules, AnAnswerOrADestinationIsRequiredByTheStatus) {
  FeedbackItem item;
  item.event_id = 1;
  item.text = "Как изменятся социальные гарантии?";
  EXPECT_TRUE(Validate(item).ok());
  item.status = FeedbackStatus::kAnswered;
  EXPECT_EQ(FieldOf(Validate(item)), "answer");
  item.status = FeedbackStatus::kForwarded;
  EXPECT_EQ(FieldOf(Validate(item)), "forwarded_to");
  item.status = FeedbackStatus::kOpen;
  item.event_id.reset();
  EXPECT_EQ(FieldOf(Validate(item)), "place_code");
}

TEST(CheckInRules, TheParticipantIsAHashNeverAnIdentifier) {
  CheckIn checkin;
  checkin.event_id = 3;
  checkin.participant_hash = "870412300129";
  EXPECT_EQ(FieldOf(Validate(checkin)), "participant_hash");
  checkin.participant_hash = std::string(32, 'f');
  EXPECT_TRUE(Validate(checkin).ok());
}

}  // namespace
}  // namespace kenes
