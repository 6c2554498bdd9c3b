// The events API as a coordinator's script uses it: real HTTP on loopback, a real database file.
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "support/test_server.h"

namespace kenes {
namespace {

using nlohmann::json;
using testing::Reply;
using testing::TestServer;

const json kOsakarovka = json::parse(R"({"date":"2026-02-24","place_code":"355630100",
    "venue":"Дом культуры поселка Осакаровка","kind":"meeting","audience":["farmers"],
    "attendance":"около 200"})");

TEST(EventsApi, CreatesAnEventAndReturnsItsAttendanceAsARange) {
  TestServer server;
  Reply created = server.Post("/api/v1/events", kOsakarovka);
  ASSERT_EQ(created.status, 201) << created.raw;
  EXPECT_GT(created.body["id"].get<int>(), 0);
  EXPECT_EQ(created.body["attendance"]["text"], "около 200");
  EXPECT_EQ(created.body["attendance"]["qualifier"], "about");
  EXPECT_EQ(created.body["attendance"]["value"], 200);
  EXPECT_LE(created.body["attendance"]["low"].get<int>(), 200);
  EXPECT_GE(created.body["attendance"]["high"].get<int>(), 200);
  EXPECT_EQ(created.body["region_code"], "350000000");
  EXPECT_EQ(created.body["district_code"], "355600000");
  EXPECT_EQ(created.headers.find("Location")->second,
            "/api/v1/events/" + created.body["id"].dump());

  Reply read = server.Get("/api/v1/events/" + created.body["id"].dump());
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.body, created.body);
}

TEST(EventsApi, StatsSumAttendanceByRegion) {
  TestServer server;
  ASSERT_EQ(server.Post("/api/v1/events", kOsakarovka).status, 201);
  json astana = {{"date", "2026-03-13"}, {"place_code", "710000000"}, {"attendance", 57}};
  ASSERT_EQ(server.Post("/api/v1/events", astana).status, 201);
  json planned = {{"date", "2026-03-10"}, {"place_code", "710000000"}, {"status", "planned"}};
  ASSERT_EQ(server.Post("/api/v1/events", planned).status, 201);

  Reply stats = server.Get("/api/v1/stats");
  ASSERT_EQ(stats.status, 200) << stats.raw;
  EXPECT_EQ(stats.body["events"], 2);
  EXPECT_EQ(stats.body["events_planned"], 1);
  EXPECT_EQ(stats.body["attendance"]["value"], 257);
  ASSERT_EQ(stats.body["by_region"].size(), 2u);
  EXPECT_EQ(stats.body["by_region"][0]["code"], "350000000");
  EXPECT_EQ(stats.body["by_region"][0]["name_ru"], "Карагандинская область");
  EXPECT_EQ(stats.body["by_region"][1]["attendance"],
            json::parse(R"({"value":57,"low":57,"high":57})"));

  Reply karaganda = server.Get("/api/v1/stats?region=350000000");
  EXPECT_EQ(karaganda.body["events"], 1);
}

TEST(EventsApi, ListsWithFiltersAndPages) {
  TestServer server;
  for (int day = 13; day <= 22; ++day) {
    json event = {{"date", "2026-02-" + std::to_string(day)},
                  {"place_code", day % 2 ? "352210000" : "710000000"},
                  {"audience", day % 3 ? json::array({"miners"}) : json::array({"students"})}};
    ASSERT_EQ(server.Post("/api/v1/events", event).status, 201);
  }
  Reply saran = server.Get("/api/v1/events?region=350000000&from=2026-02-15&to=2026-02-21");
  ASSERT_EQ(saran.status, 200) << saran.raw;
  std::vector<std::string> dates;
  for (const json& event : saran.body["items"]) dates.push_back(event["date"]);
  EXPECT_EQ(dates,
            (std::vector<std::string>{"2026-02-15", "2026-02-17", "2026-02-19", "2026-02-21"}));

  Reply students = server.Get("/api/v1/events?segment=students");
  EXPECT_EQ(students.body["items"].size(), 3u);  // the 15th, 18th and 21st

  std::vector<int> ids;
  std::string next = "/api/v1/events?limit=3";
  while (true) {
    Reply page = server.Get(next);
    ASSERT_EQ(page.status, 200);
    for (const json& event : page.body["items"]) ids.push_back(event["id"]);
    if (page.body["next_after"].is_null()) break;
    next = "/api/v1/events?limit=3&after=" + page.body["next_after"].dump();
  }
  EXPECT_EQ(ids.size(), 10u);
}

TEST(EventsApi, AChangeMustNameTheVersionItRead) {
  TestServer server;
  Reply created = server.Post("/api/v1/events", kOsakarovka);
  const std::string path = "/api/v1/events/" + created.body["id"].dump();

  Reply first = server.Patch(path, {{"version", 1}, {"attendance", "более 250"}});
  ASSERT_EQ(first.status, 200) << first.raw;
  EXPECT_EQ(first.body["version"], 2);
  EXPECT_EQ(first.body["attendance"]["qualifier"], "more_than");
  EXPECT_EQ(first.body["venue"], "Дом культуры поселка Осакаровка");  // untouched fields stay

  Reply stale = server.Patch(path, {{"version", 1}, {"attendance", 999}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.body["error"]["code"], "conflict");
  EXPECT_EQ(stale.body["error"]["field"], "version");
  EXPECT_EQ(server.Get(path).body["attendance"]["text"], "более 250");
}

TEST(EventsApi, AnEventMovesFromPlannedToHeldButNotBack) {
  TestServer server;
  json planned = kOsakarovka;
  planned["status"] = "planned";
  planned.erase("attendance");
  Reply created = server.Post("/api/v1/events", planned);
  const std::string path = "/api/v1/events/" + created.body["id"].dump();
  ASSERT_EQ(server.Patch(path, {{"status", "held"}, {"attendance", "около 200"}}).status, 200);
  Reply back = server.Patch(path, {{"status", "planned"}});
  EXPECT_EQ(back.status, 409);
  EXPECT_EQ(back.body["error"]["field"], "status");
}

TEST(EventsApi, KeepsTheAddressAndLanguageAMeetingWasReportedIn) {
  TestServer server;
  json event = kOsakarovka;
  event["source_url"] = "https://karaganda-region.gov.kz/ru/news/osakarovka-24-02";
  event["language"] = "kk";
  Reply created = server.Post("/api/v1/events", event);
  ASSERT_EQ(created.status, 201) << created.raw;
  EXPECT_EQ(created.body["source_url"], "https://karaganda-region.gov.kz/ru/news/osakarovka-24-02");
  EXPECT_EQ(created.body["language"], "kk");
  const std::string path = "/api/v1/events/" + created.body["id"].dump();
  EXPECT_EQ(server.Get(path).body, created.body);

  Reply changed = server.Patch(path, {{"version", 1}, {"language", "ru"}, {"source_url", nullptr}});
  ASSERT_EQ(changed.status, 200) << changed.raw;
  EXPECT_EQ(changed.body["language"], "ru");
  EXPECT_TRUE(changed.body["source_url"].is_null());

  // An event without them says null, as for any field it lacks.
  Reply plain = server.Post("/api/v1/events", kOsakarovka);
  ASSERT_EQ(plain.status, 201) << plain.raw;
  EXPECT_TRUE(plain.body["language"].is_null());
  EXPECT_TRUE(plain.body["source_url"].is_null());
}

TEST(EventsApi, RefusesALanguageOrAddressItCannotKeepAndStoresNothing) {
  TestServer server;
  const auto refused = [&](const char* field, json value) {
    json event = kOsakarovka;
    event[field] = std::move(value);
    return server.Post("/api/v1/events", event);
  };
  Reply english = refused("language", "en");
  EXPECT_EQ(english.status, 400);
  EXPECT_EQ(english.body["error"]["field"], "language");
  EXPECT_NE(english.raw.find("ru, kk"), std::string::npos) << english.raw;
  for (const char* url : {"karaganda-region.gov.kz/news", "ftp://example.kz/a", "https://",
                          "https://example.kz/a b"}) {
    Reply bad = refused("source_url", url);
    EXPECT_EQ(bad.status, 400) << url;
    EXPECT_EQ(bad.body["error"]["field"], "source_url") << bad.raw;
  }
  Reply long_url = refused("source_url", "https://example.kz/" + std::string(2100, 'a'));
  EXPECT_EQ(long_url.status, 400);
  EXPECT_EQ(long_url.body["error"]["field"], "source_url");
  EXPECT_EQ(server.Get("/api/v1/events").body["items"].size(), 0u);
}

TEST(EventsApi, DeletesAnEvent) {
  TestServer server;
  Reply created = server.Post("/api/v1/events", kOsakarovka);
  const std::string path = "/api/v1/events/" + created.body["id"].dump();
  EXPECT_EQ(server.Delete(path).status, 204);
  EXPECT_EQ(server.Get(path).status, 404);
  EXPECT_EQ(server.Delete(path).status, 404);
}

// The phone form asks this route what a typed figure will be read as; Kazakh phrases go through
// the same parser as Russian ones.
TEST(AttendanceApi, ReadsKazakhPhrasesAsTheFormSendsThem) {
  TestServer server;
  for (const auto& [text, qualifier, value] :
       std::vector<std::tuple<std::string, std::string, int>>{
           {"300-ден астам адам", "more_than", 301},
           {"бір жарым мыңға жуық", "almost", 1499},
           {"200-дей тұрғын", "about", 200},
           {"около 300", "about", 300}}) {
    Reply read = server.Get("/api/v1/attendance?text=" + httplib::detail::encode_query_param(text));
    ASSERT_EQ(read.status, 200) << text << ": " << read.raw;
    EXPECT_EQ(read.body["text"], text);
    EXPECT_EQ(read.body["qualifier"], qualifier) << text;
    EXPECT_EQ(read.body["value"], value) << text;
  }
  Reply refused = server.Get("/api/v1/attendance?text=" +
                             httplib::detail::encode_query_param("кемінде 300-ден астам"));
  EXPECT_EQ(refused.status, 400) << refused.raw;
}

TEST(PlacesApi, FindsPlacesAsTextWritesThem) {
  TestServer server;
  for (const auto& [query, code] :
       std::vector<std::pair<std::string, std::string>>{{"Карагандинской области", "350000000"},
                                                        {"поселке Осакаровка", "355630100"},
                                                        {"Қарағанды облысы", "350000000"},
                                                        {"Сарани", "352210000"}}) {
    Reply found = server.Get("/api/v1/places?q=" + httplib::detail::encode_query_param(query));
    ASSERT_EQ(found.status, 200) << query;
    ASSERT_FALSE(found.body.empty()) << query;
    EXPECT_EQ(found.body[0]["code"], code) << query;
    EXPECT_TRUE(found.body[0].contains("name_kk"));
    EXPECT_TRUE(found.body[0].contains("parent_code"));
    EXPECT_TRUE(found.body[0].contains("level"));
  }
  Reply regions = server.Get("/api/v1/places");
  EXPECT_EQ(regions.body.size(), 20u);
  Reply children = server.Get("/api/v1/places?parent=355600000");
  ASSERT_EQ(children.body.size(), 1u);
  EXPECT_EQ(children.body[0]["name_ru"], "Осакаровка");
}

}  // namespace
}  // namespace kenes
