#include "exchange/record_json.h"

#include <gtest/gtest.h>

namespace kenes {
namespace {

using nlohmann::json;

TEST(EventJson, ReadsTheCreateRequestOfTheApi) {
  const json body = json::parse(R"({"date":"2026-02-24","place_code":"355200000",
      "venue":"Дом культуры поселка Осакаровка","kind":"meeting","audience":["farmers"],
      "attendance":"около 200"})");
  auto event = EventFromJson(body, JsonSource::kClient);
  ASSERT_TRUE(event.ok()) << event.error().field << ": " << event.error().message;
  EXPECT_EQ(event->date.ToString(), "2026-02-24");
  EXPECT_EQ(event->venue, "Дом культуры поселка Осакаровка");
  EXPECT_EQ(event->audience, std::vector<std::string>{"farmers"});
  ASSERT_TRUE(event->attendance.has_value());
  EXPECT_EQ(event->attendance->text, "около 200");
  EXPECT_EQ(event->status, EventStatus::kHeld);
}

TEST(EventJson, NamesAnUnknownFieldAndAWrongType) {
  auto unknown = EventFromJson(
      json::parse(R"({"date":"2026-02-24","place_code":"355200000","attendence":"57"})"),
      JsonSource::kClient);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().field, "attendence");

  auto wrong = EventFromJson(json::parse(R"({"date":20260224,"place_code":"355200000"})"),
                             JsonSource::kClient);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().field, "date");
  EXPECT_NE(wrong.error().message.find("expected a string, got a whole number"), std::string::npos);

  auto list = EventFromJson(
      json::parse(R"({"date":"2026-02-24","place_code":"355200000","organizer_ids":[1,"2"]})"),
      JsonSource::kClient);
  ASSERT_FALSE(list.ok());
  EXPECT_EQ(list.error().field, "organizer_ids[1]");
}

TEST(EventJson, AClientCannotSetWhatKenesAssigns) {
  for (const char* field : {"id", "version", "region_code", "created_at"}) {
    json body = {{"date", "2026-02-24"}, {"place_code", "355200000"}, {field, 5}};
    auto event = EventFromJson(body, JsonSource::kClient);
    ASSERT_FALSE(event.ok()) << field;
    EXPECT_EQ(event.error().field, field);
  }
}

TEST(EventJson, AWrittenRecordReadsBackTheSame) {
  Event event;
  event.id = 7;
  event.version = 3;
  event.campaign_id = 1;
  event.kind = EventKind::kRoundTable;
  event.date = Date::FromCivil(2026, 3, 1);
  event.time = "15:30";
  event.place_code = "710000000";
  event.region_code = "710000000";
  event.organizer_ids = {1, 4};
  event.delegation_ids = {9, 2};
  event.audience = {"students", "teachers"};
  event.attendance = ExactAttendance(57);
  auto read = EventFromJson(ToJson(event), JsonSource::kRecord);
  ASSERT_TRUE(read.ok()) << read.error().field << ": " << read.error().message;
  EXPECT_EQ(read->id, 7);
  EXPECT_EQ(read->version, 3);
  EXPECT_EQ(read->kind, EventKind::kRoundTable);
  EXPECT_EQ(read->time, "15:30");
  EXPECT_EQ(read->delegation_ids, (std::vector<Id>{9, 2}));
  EXPECT_EQ(read->attendance, event.attendance);
}

TEST(AttendanceJson, TheRangeMustFollowFromTheWords) {
  auto number = AttendanceFromJson(json(57), "attendance");
  ASSERT_TRUE(number.ok());
  EXPECT_EQ(number->low, 57);
  EXPECT_FALSE(AttendanceFromJson(json(-5), "attendance").ok());
  EXPECT_FALSE(AttendanceFromJson(json(12.5), "attendance").ok());

  auto forged = AttendanceFromJson(json::parse(R"({"text":"57","value":570})"), "attendance");
  ASSERT_FALSE(forged.ok());
  EXPECT_EQ(forged.error().field, "attendance.value");
}

TEST(OrganizationJson, ReadsMembershipAndRefusesUnknownKinds) {
  auto party = OrganizationFromJson(json::parse(R"({"name":"Партия «AMANAT»","kind":"party",
                      "membership":{"joined_on":"2026-02-12","claimed_members":450000}})"),
                                    JsonSource::kClient);
  ASSERT_TRUE(party.ok()) << party.error().message;
  ASSERT_TRUE(party->membership.has_value());
  EXPECT_EQ(party->membership->claimed_members, 450000);

  auto bad =
      OrganizationFromJson(json::parse(R"({"name":"X","kind":"club"})"), JsonSource::kClient);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "kind");
  EXPECT_NE(bad.error().message.find("public_association"), std::string::npos);

  auto nested = OrganizationFromJson(
      json::parse(R"({"name":"X","kind":"party","membership":{"joined":"2026-02-12"}})"),
      JsonSource::kClient);
  ASSERT_FALSE(nested.ok());
  EXPECT_EQ(nested.error().field, "membership.joined_on");
}

TEST(CheckInJson, TakesARawIdentifierOrAHashButNotBoth) {
  std::string raw;
  auto by_phone = CheckInFromJson(json::parse(R"({"event_id":3,"participant":"87011234567"})"),
                                  JsonSource::kClient, raw);
  ASSERT_TRUE(by_phone.ok());
  EXPECT_EQ(raw, "87011234567");
  EXPECT_TRUE(by_phone->participant_hash.empty());
  EXPECT_FALSE(CheckInFromJson(json::parse(R"({"event_id":3})"), JsonSource::kClient, raw).ok());
}

TEST(JsonText, ReportsWhereMalformedJsonStops) {
  auto bad = ParseJsonText(R"({"date": "2026-02-24",})", "body");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "body");
  EXPECT_NE(bad.error().message.find("at byte"), std::string::npos);
}

}  // namespace
}  // namespace kenes
