// Organizations, people, feedback and check-ins over HTTP.
#include <gtest/gtest.h>

#include "support/test_server.h"

namespace kenes {
namespace {

using nlohmann::json;
using testing::Reply;
using testing::TestServer;

TEST(RecordsApi, TheCoalitionIsComputedFromItsMembers) {
  TestServer server;
  for (const auto& [name, kind, members] : std::vector<std::tuple<std::string, std::string, int>>{
           {"Партия «AMANAT»", "party", 450000},
           {"Демократическая партия «Ak Zhol»", "party", 200000},
           {"Федерация профсоюзов", "trade_union", 2000000}}) {
    Reply created =
        server.Post("/api/v1/organizations",
                    {{"name", name},
                     {"kind", kind},
                     {"membership", {{"joined_on", "2026-02-12"}, {"claimed_members", members}}}});
    ASSERT_EQ(created.status, 201) << created.raw;
    EXPECT_EQ(created.body["membership"]["campaign_id"],
              server.Get("/api/v1/campaigns").body[0]["id"]);
  }
  ASSERT_EQ(
      server.Post("/api/v1/organizations", {{"name", "АО «Qarmet»"}, {"kind", "company"}}).status,
      201);
  Reply stats = server.Get("/api/v1/stats");
  EXPECT_EQ(stats.body["coalition"]["members"], 3);
  EXPECT_EQ(stats.body["coalition"]["parties"], 2);
  EXPECT_EQ(stats.body["coalition"]["claimed_members"], 2650000);
  EXPECT_EQ(server.Get("/api/v1/organizations?member=true").body["items"].size(), 3u);
  EXPECT_EQ(server.Get("/api/v1/organizations?q=ak%20zhol").body["items"].size(), 1u);
}

TEST(RecordsApi, AMineBelongsToItsCompanyButNotToItself) {
  TestServer server;
  Reply company =
      server.Post("/api/v1/organizations", {{"name", "АО «Qarmet»"}, {"kind", "company"}});
  Reply mine = server.Post("/api/v1/organizations", {{"name", "Шахта «Тентек»"},
                                                     {"kind", "company"},
                                                     {"parent_id", company.body["id"]},
                                                     {"headcount", 1200}});
  ASSERT_EQ(mine.status, 201) << mine.raw;
  const std::string company_path = "/api/v1/organizations/" + company.body["id"].dump();
  Reply cycle = server.Patch(company_path, {{"parent_id", mine.body["id"]}});
  EXPECT_EQ(cycle.status, 400);
  EXPECT_EQ(cycle.body["error"]["field"], "parent_id");
}

TEST(RecordsApi, OnlyCoalitionMembersAreCreditedWithAnEvent) {
  TestServer server;
  Reply outsider =
      server.Post("/api/v1/organizations", {{"name", "АО «Qarmet»"}, {"kind", "company"}});
  json event = {{"date", "2026-02-24"},
                {"place_code", "350000000"},
                {"organizer_ids", {outsider.body["id"]}}};
  Reply refused = server.Post("/api/v1/events", event);
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.body["error"]["field"], "organizer_ids");
}

TEST(RecordsApi, APersonKeepsTheirPositions) {
  TestServer server;
  Reply person =
      server.Post("/api/v1/people", json::parse(R"({"full_name":"Ерлан Кошанов","positions":[
          {"title":"председатель Мажилиса Парламента"},
          {"title":"руководитель Общенациональной коалиции","from":"2026-02-12"}]})"));
  ASSERT_EQ(person.status, 201) << person.raw;
  EXPECT_EQ(person.body["positions"].size(), 2u);
  EXPECT_EQ(server.Get("/api/v1/people?q=кошанов").body["items"].size(), 1u);
}

TEST(RecordsApi, FeedbackTakesItsPlaceAndDateFromTheEvent) {
  TestServer server;
  Reply event =
      server.Post("/api/v1/events", {{"date", "2026-02-24"}, {"place_code", "355230100"}});
  Reply item = server.Post("/api/v1/feedback",
                           {{"event_id", event.body["id"]},
                            {"kind", "question"},
                            {"text", "Как изменится социальная защита работников бюджетной сферы?"},
                            {"provisions", {"social_state"}},
                            {"segment", "public_sector"}});
  ASSERT_EQ(item.status, 201) << item.raw;
  EXPECT_EQ(item.body["place_code"], "355230100");
  EXPECT_EQ(item.body["region_code"], "350000000");
  EXPECT_EQ(item.body["date"], "2026-02-24");
  EXPECT_EQ(item.body["status"], "open");

  const std::string path = "/api/v1/feedback/" + item.body["id"].dump();
  Reply unanswered = server.Patch(path, {{"status", "answered"}});
  EXPECT_EQ(unanswered.status, 400);
  EXPECT_EQ(unanswered.body["error"]["field"], "answer");
  Reply answered = server.Patch(path, {{"status", "answered"},
                                       {"answer",
                                        "Разъяснено на встрече: статья о социальных "
                                        "гарантиях."}});
  EXPECT_EQ(answered.status, 200) << answered.raw;
  EXPECT_EQ(
      server.Get("/api/v1/feedback?status=answered&provision=social_state").body["items"].size(),
      1u);
}

TEST(RecordsApi, CheckInsCountDistinctPeopleAndNeverStoreTheIdentifier) {
  TestServer server;
  Reply first =
      server.Post("/api/v1/events", {{"date", "2026-02-24"}, {"place_code", "352210000"}});
  Reply second =
      server.Post("/api/v1/events", {{"date", "2026-02-25"}, {"place_code", "352210000"}});
  for (const json& event : {first.body, second.body}) {
    for (const char* who : {"870412300129", "+7 (701) 123-45-67"}) {
      Reply checkin =
          server.Post("/api/v1/checkins",
                      {{"event_id", event["id"]}, {"participant", who}, {"age_band", "30_44"}});
      ASSERT_EQ(checkin.status, 201) << checkin.raw;
      EXPECT_EQ(checkin.raw.find("870412300129"), std::string::npos);
      EXPECT_EQ(checkin.raw.find("7011234567"), std::string::npos);
      EXPECT_EQ(checkin.body["participant_hash"].get<std::string>().size(), 32u);
    }
  }
  // The same phone spelt another way is the same person at the same event.
  Reply twice = server.Post("/api/v1/checkins",
                            {{"event_id", first.body["id"]}, {"participant", "87011234567"}});
  EXPECT_EQ(twice.status, 409);
  Reply stats = server.Get("/api/v1/stats");
  EXPECT_EQ(stats.body["checkins"], 4);
  EXPECT_EQ(stats.body["distinct_participants"], 2);
  Reply bad = server.Post("/api/v1/checkins",
                          {{"event_id", first.body["id"]}, {"participant", "870412300128"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.raw.find("870412300128"), std::string::npos);
}

// Every field `record` has as the API wrote it is in its schema `name`, with its type, and a null
// one is nullable; the schema names `write_only` more fields besides.
void ExpectSchemaNamesEveryField(const json& schemas, const std::string& name, const json& record,
                                 std::size_t write_only = 0) {
  const json& properties = schemas.at(name).at("properties");
  EXPECT_EQ(properties.size(), record.size() + write_only) << name;
  for (const auto& [field, value] : record.items()) {
    ASSERT_TRUE(properties.contains(field)) << name << "." << field;
    const json& type = properties.at(field);
    const char* expected = value.is_string()           ? "string"
                           : value.is_number_integer() ? "integer"
                           : value.is_array()          ? "array"
                                                       : nullptr;
    if (expected) {
      EXPECT_EQ(type.value("type", ""), expected) << name << "." << field;
    }
    if (value.is_null()) {
      EXPECT_EQ(type.value("nullable", false), true) << name << "." << field;
    }
  }
}

// The schemas of the records are made from their fields: every field the API writes is in them,
// with its type, and what kenes sets is read-only.
TEST(OpenApi, AnEventsAndAFeedbackItemsSchemaNameEveryFieldTheyHave) {
  TestServer server;
  Reply event = server.Post("/api/v1/events", {{"date", "2026-02-24"},
                                               {"place_code", "355630100"},
                                               {"attendance", "около 200"},
                                               {"language", "ru"}});
  ASSERT_EQ(event.status, 201) << event.raw;
  Reply item = server.Post("/api/v1/feedback", {{"event_id", event.body["id"]},
                                                {"text", "Что изменится для пенсионеров?"},
                                                {"date", "2026-02-24"}});
  ASSERT_EQ(item.status, 201) << item.raw;
  const json schemas = server.Get("/api/v1/openapi.json").body["components"]["schemas"];
  ExpectSchemaNamesEveryField(schemas, "Event", event.body);
  ExpectSchemaNamesEveryField(schemas, "Feedback", item.body);
  for (const char* name : {"Event", "Feedback"}) {
    const json& properties = schemas[name]["properties"];
    EXPECT_EQ(properties.at("region_code").value("readOnly", false), true) << name;
    EXPECT_EQ(properties.at("created_at").value("readOnly", false), true) << name;
  }
  EXPECT_EQ(schemas["Event"]["properties"]["language"]["enum"], json::parse(R"(["ru","kk"])"));
  EXPECT_EQ(schemas["Event"]["properties"]["attendance"]["$ref"],
            "#/components/schemas/Attendance");
  EXPECT_EQ(schemas["Event"]["required"], json::parse(R"(["date","place_code"])"));
  EXPECT_EQ(schemas["Feedback"]["required"], json::parse(R"(["text"])"));
}

TEST(OpenApi, AnOrganizationsAPersonsAndACheckInsSchemaNameEveryFieldTheyHave) {
  TestServer server;
  Reply organization =
      server.Post("/api/v1/organizations",
                  {{"name", "Федерация профсоюзов"},
                   {"kind", "trade_union"},
                   {"membership", {{"joined_on", "2026-02-12"}, {"claimed_members", 2000000}}}});
  ASSERT_EQ(organization.status, 201) << organization.raw;
  Reply person = server.Post("/api/v1/people", {{"full_name", "Ерлан Кошанов"},
                                                {"positions", {{{"title", "председатель"}}}}});
  ASSERT_EQ(person.status, 201) << person.raw;
  Reply event =
      server.Post("/api/v1/events", {{"date", "2026-02-24"}, {"place_code", "352210000"}});
  Reply checkin = server.Post("/api/v1/checkins",
                              {{"event_id", event.body["id"]}, {"participant", "870412300129"}});
  ASSERT_EQ(checkin.status, 201) << checkin.raw;
  const json schemas = server.Get("/api/v1/openapi.json").body["components"]["schemas"];
  ExpectSchemaNamesEveryField(schemas, "Organization", organization.body);
  ExpectSchemaNamesEveryField(schemas, "Person", person.body);
  ExpectSchemaNamesEveryField(schemas, "CheckIn", checkin.body, 1);
  // What the store keeps and the API never shows stays out of the schema.
  EXPECT_FALSE(schemas["Organization"]["properties"].contains("name_folded"));
  EXPECT_FALSE(schemas["Person"]["properties"].contains("created_at"));
  EXPECT_EQ(schemas["Organization"]["required"], json::parse(R"(["name","kind"])"));
  EXPECT_EQ(schemas["Organization"]["properties"]["kind"]["enum"].size(), 12u);
  EXPECT_EQ(schemas["Organization"]["properties"]["membership"]["$ref"],
            "#/components/schemas/Membership");
  EXPECT_EQ(schemas["Person"]["required"], json::parse(R"(["full_name"])"));
  EXPECT_EQ(schemas["Person"]["properties"]["positions"]["items"]["$ref"],
            "#/components/schemas/Position");
  EXPECT_EQ(schemas["CheckIn"]["required"], json::parse(R"(["event_id"])"));
  EXPECT_EQ(schemas["CheckIn"]["properties"]["participant"]["writeOnly"], true);
  EXPECT_EQ(schemas["CheckIn"]["properties"]["age_band"]["nullable"], true);
  EXPECT_EQ(schemas["CheckIn"]["properties"]["created_at"]["readOnly"], true);
}

TEST(OpenApi, DescribesEveryRouteTheServerHas) {
  TestServer server;
  Reply document = server.Get("/api/v1/openapi.json");
  ASSERT_EQ(document.status, 200);
  EXPECT_EQ(document.body["openapi"], "3.0.3");
  std::size_t described = 0;
  for (const auto& route : server.server().routes()) {
    std::string method = route.method;
    for (char& c : method) c = static_cast<char>(std::tolower(c));
    EXPECT_TRUE(document.body["paths"].contains(route.path)) << route.path;
    EXPECT_TRUE(document.body["paths"][route.path].contains(method))
        << route.method << " " << route.path;
    ++described;
  }
  std::size_t operations = 0;
  for (const auto& [path, methods] : document.body["paths"].items()) operations += methods.size();
  EXPECT_EQ(operations, described);
  EXPECT_GE(described, 30u);
}

TEST(Demo, TheSampleCampaignIsLoaded) {
  TestServer server(/*with_demo=*/true);
  Reply stats = server.Get("/api/v1/stats");
  ASSERT_EQ(stats.status, 200);
  EXPECT_EQ(stats.body["events"], 10);
  EXPECT_EQ(stats.body["events_with_figure"], 3);
  EXPECT_EQ(stats.body["coalition"]["parties"], 5);
  Reply mines = server.Get("/api/v1/events?segment=miners");
  ASSERT_EQ(mines.body["items"].size(), 1u);
  EXPECT_EQ(mines.body["items"][0]["attendance"]["text"], "более 400");
}

}  // namespace
}  // namespace kenes
