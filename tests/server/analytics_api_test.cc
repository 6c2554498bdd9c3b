// The dashboard and analytics routes as a browser or a script uses them: real HTTP on loopback,
// a real database file, figures that follow every write.
#include <gtest/gtest.h>

#include "support/test_server.h"

namespace kenes {
namespace {

using nlohmann::json;
using testing::Reply;
using testing::TestServer;

class AnalyticsApi : public ::testing::Test {
 protected:
  void SetUp() override {
    mine_ = Post("/api/v1/organizations",
                 {{"name", "Шахта имени Костенко"}, {"kind", "company"}, {"headcount", 300}});
    osakarovka_ = Post("/api/v1/events", {{"date", "2026-02-24"},
                                          {"place_code", "355630100"},
                                          {"venue", "Дом культуры поселка Осакаровка"},
                                          {"audience", {"farmers"}},
                                          {"attendance", "около 200"}});
    mine_event_ = Post("/api/v1/events", {{"date", "2026-02-25"},
                                          {"place_code", "355230100"},
                                          {"host_organization_id", mine_},
                                          {"audience", {"miners"}},
                                          {"attendance", "более 400"}});
    astana_ = Post("/api/v1/events",
                   {{"date", "2026-03-13"}, {"place_code", "710000000"}, {"attendance", 57}});
    for (const auto& [event, phone] : std::vector<std::pair<Id, std::string>>{
             {osakarovka_, "+7 701 555 12 34"},
             {osakarovka_, "+7 701 555 12 35"},
             {astana_, "8 (701) 555-12-34"}}) {  // the same person, written another way
      Post("/api/v1/checkins", {{"event_id", event}, {"participant", phone}});
    }
    for (const auto& [text, stance] : std::vector<std::pair<std::string, std::string>>{
             {"Как будут защищены трудовые права?", "supports"},
             {"Поддерживаем новые трудовые права", "supports"},
             {"Против продажи земли", "opposes"},
             {"Непонятно, что изменится", "unclear"}}) {
      Post("/api/v1/feedback", {{"event_id", osakarovka_}, {"text", text}, {"stance", stance}});
    }
  }

  Id Post(const std::string& path, const json& body) {
    Reply reply = server_.Post(path, body);
    EXPECT_EQ(reply.status, 201) << path << ": " << reply.raw;
    return reply.body.value("id", Id{0});
  }

  TestServer server_;
  Id mine_ = 0, osakarovka_ = 0, mine_event_ = 0, astana_ = 0;
};

TEST_F(AnalyticsApi, TheDashboardHasEveryHeadlineFigure) {
  Reply reply = server_.Get("/api/v1/dashboard?as_of=2026-03-14");
  ASSERT_EQ(reply.status, 200) << reply.raw;
  const json& d = reply.body;
  EXPECT_EQ(d["events"], 3);
  EXPECT_EQ(d["attendance"], json::parse(R"({"value":257,"low":237,"high":277})"));
  // 237–277 lies within 260 ± 26 (the "около" rule), and 260 is the nearest two-digit round
  // figure to its middle, 257; no one-digit figure holds it (300 ± 30 starts above 237).
  EXPECT_EQ(d["attendance_words"], json::parse(R"({"ru":"около 260","kk":"шамамен 260"})"));
  // более 400 at a mine of 300 waits for review outside the total.
  EXPECT_EQ(d["attendance_awaiting_review"],
            json::parse(R"({"events":1,"value":401,"low":401,"high":500})"));
  EXPECT_EQ(d["reach"]["distinct"], 2);
  EXPECT_EQ(d["reach"]["estimate"], 2);
  EXPECT_EQ(d["reach"]["checkins"], 3);
  EXPECT_EQ(d["reach"]["repeaters"], 1);
  EXPECT_NEAR(d["reach"]["estimate_error"].get<double>(), 0.0081, 0.0001);
  EXPECT_NEAR(d["support"]["share"].get<double>(), 2.0 / 3.0, 1e-9);
  EXPECT_EQ(d["support"]["n"], 3);
  EXPECT_LT(d["support"]["low"].get<double>(), 2.0 / 3.0);
  EXPECT_GT(d["support"]["high"].get<double>(), 2.0 / 3.0);
  EXPECT_NE(d["support"]["note"].get<std::string>().find("not a representative poll"),
            std::string::npos);
  ASSERT_TRUE(d["themes"].is_array());
  EXPECT_EQ(d["feedback"], 4);
  ASSERT_TRUE(d["coverage"]["unvisited_districts"].is_array());
  bool shet_unvisited = false;
  for (const json& place : d["coverage"]["unvisited_districts"]) {
    shet_unvisited |= place["code"] == "356400000";
    EXPECT_NE(place["code"], "355600000");  // Осакаровский район was visited
  }
  EXPECT_TRUE(shet_unvisited);
  EXPECT_EQ(d["by_region"].size(), 2u);
  EXPECT_EQ(d["by_day"][0]["key"], "2026-02-24");
  EXPECT_EQ(d["as_of"], "2026-03-14");
}

TEST_F(AnalyticsApi, FiltersApplyAndBadOnesAreNamed) {
  Reply karaganda = server_.Get("/api/v1/dashboard?region=350000000&from=2026-02-24&to=2026-02-24");
  ASSERT_EQ(karaganda.status, 200) << karaganda.raw;
  EXPECT_EQ(karaganda.body["events"], 1);
  EXPECT_EQ(karaganda.body["reach"]["distinct"], 2);
  EXPECT_EQ(karaganda.body["filter"]["region"], "350000000");

  Reply district = server_.Get("/api/v1/dashboard?region=355600000");
  EXPECT_EQ(district.status, 400);
  EXPECT_EQ(district.body["error"]["field"], "region");
  Reply typo = server_.Get("/api/v1/dashboard?regoin=350000000");
  EXPECT_EQ(typo.status, 400);
  EXPECT_EQ(typo.body["error"]["field"], "regoin");
  Reply segment = server_.Get("/api/v1/analytics/support?segment=cosmonauts");
  EXPECT_EQ(segment.body["error"]["field"], "segment");
  Reply backwards = server_.Get("/api/v1/analytics/totals?from=2026-03-01&to=2026-02-01");
  EXPECT_EQ(backwards.body["error"]["field"], "from");
  Reply by = server_.Get("/api/v1/analytics/totals?by=planet");
  EXPECT_EQ(by.status, 400);
  EXPECT_EQ(by.body["error"]["field"], "by");
}

TEST_F(AnalyticsApi, EveryPartHasItsOwnRoute) {
  Reply totals = server_.Get("/api/v1/analytics/totals?by=segment");
  ASSERT_EQ(totals.status, 200) << totals.raw;
  EXPECT_EQ(totals.body["by"], "segment");
  EXPECT_FALSE(totals.body["rows"].empty());
  Reply reach = server_.Get("/api/v1/analytics/reach");
  ASSERT_EQ(reach.status, 200);
  EXPECT_EQ(reach.body["by_region"].size(), 2u);  // each region's own people
  Reply support = server_.Get("/api/v1/analytics/support");
  EXPECT_EQ(support.body["by_region"][0]["n"], 3);
  Reply themes = server_.Get("/api/v1/analytics/themes");
  EXPECT_EQ(themes.status, 200);
  EXPECT_TRUE(themes.body["provisions"].is_array());
  Reply coverage = server_.Get("/api/v1/analytics/coverage?region=350000000&as_of=2026-03-01");
  ASSERT_EQ(coverage.status, 200);
  for (const json& district : coverage.body["by_district"]) {
    if (district["code"] == "355600000") {
      EXPECT_EQ(district["days_since_last_visit"], 5);
    }
  }
  Reply planning = server_.Get("/api/v1/analytics/planning");
  EXPECT_EQ(planning.body["total"]["held"], 3);
  Reply attribution = server_.Get("/api/v1/analytics/attribution");
  EXPECT_EQ(attribution.status, 200);
  EXPECT_EQ(attribution.body["composition"]["members"], 0);
}

TEST_F(AnalyticsApi, AReviewedFigureMovesIntoTheTotal) {
  Reply flagged = server_.Get("/api/v1/analytics/plausibility");
  ASSERT_EQ(flagged.status, 200);
  ASSERT_EQ(flagged.body["items"].size(), 1u);
  EXPECT_EQ(flagged.body["items"][0]["event_id"], mine_event_);
  EXPECT_EQ(flagged.body["items"][0]["reasons"][0]["code"], "over_headcount");
  EXPECT_EQ(flagged.body["items"][0]["reasons"][0]["limit"], 300);  // the mine's headcount

  Reply wrong = server_.Post(
      "/api/v1/analytics/reviews",
      {{"event_id", mine_event_}, {"decision", "approved"}, {"attendance_text", "более 400"}});
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(wrong.body["error"]["field"], "decision");
  Reply reviewed =
      server_.Post("/api/v1/analytics/reviews", {{"event_id", mine_event_},
                                                 {"attendance_text", "более 400"},
                                                 {"decision", "confirmed"},
                                                 {"note", "списочный состав с подрядчиками"}});
  ASSERT_EQ(reviewed.status, 201) << reviewed.raw;
  Reply dashboard = server_.Get("/api/v1/dashboard");
  EXPECT_EQ(dashboard.body["attendance"]["value"], 257 + 401);
  EXPECT_EQ(dashboard.body["attendance_awaiting_review"]["events"], 0);
}

TEST_F(AnalyticsApi, AThemesFeedbackIsListedNearestItsCentreFirst) {
  Reply themes = server_.Get("/api/v1/analytics/themes");
  ASSERT_EQ(themes.status, 200) << themes.raw;
  // The two items about "трудовые права" form one theme; find it by its terms.
  const json* labour = nullptr;
  for (const json& theme : themes.body["themes"]) {
    for (const json& term : theme["terms"]) labour = term == "трудовые" ? &theme : labour;
  }
  ASSERT_NE(labour, nullptr) << themes.raw;
  const std::string path =
      "/api/v1/analytics/themes/" + std::to_string((*labour)["id"].get<int>()) + "/feedback";
  Reply members = server_.Get(path);
  ASSERT_EQ(members.status, 200) << members.raw;
  EXPECT_EQ(members.body["total"], 2);
  EXPECT_EQ(members.body["theme"]["terms"], (*labour)["terms"]);
  // Named by the phrase its texts share, beside its terms.
  EXPECT_EQ((*labour)["name"], "трудовые права") << themes.raw;
  EXPECT_EQ(members.body["theme"]["name"], (*labour)["name"]);
  ASSERT_EQ(members.body["items"].size(), 2u);
  for (const json& item : members.body["items"]) {
    EXPECT_NE(item["text"].get<std::string>().find("трудовые права"), std::string::npos);
  }
  Reply one = server_.Get(path + "?limit=1");
  EXPECT_EQ(one.body["total"], 2);
  EXPECT_EQ(one.body["items"].size(), 1u);
  // Filters as everywhere: Astana has no feedback.
  Reply astana = server_.Get(path + "?region=710000000");
  ASSERT_EQ(astana.status, 200) << astana.raw;
  EXPECT_EQ(astana.body["total"], 0);
  EXPECT_EQ(server_.Get(path + "?limit=0").body["error"]["field"], "limit");
  EXPECT_EQ(server_.Get("/api/v1/analytics/themes/999/feedback").status, 404);
}

TEST_F(AnalyticsApi, VenueCapacitiesFlagFigures) {
  Reply bad = server_.Send("PUT", "/api/v1/venues",
                           R"([{"place_code":"355630100","name":"ДК","capacity":"много"}])",
                           "application/json");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.body["error"]["field"], "[0].capacity");
  Reply put = server_.Send(
      "PUT", "/api/v1/venues",
      R"([{"place_code":"355630100","name":"Дом культуры поселка Осакаровка","capacity":150}])",
      "application/json");
  ASSERT_EQ(put.status, 200) << put.raw;
  EXPECT_EQ(server_.Get("/api/v1/venues").body.size(), 1u);
  Reply flagged = server_.Get("/api/v1/analytics/plausibility");
  ASSERT_EQ(flagged.body["items"].size(), 2u);
  EXPECT_EQ(server_.Get("/api/v1/dashboard").body["attendance"]["value"], 57);
}

TEST_F(AnalyticsApi, AWriteIsInTheNextDashboard) {
  const json before = server_.Get("/api/v1/dashboard").body;
  Post("/api/v1/events",
       {{"date", "2026-03-02"}, {"place_code", "356400000"}, {"attendance", "около 50"}});
  Post("/api/v1/checkins", {{"event_id", astana_}, {"participant", "+7 702 000 00 01"}});
  const json after = server_.Get("/api/v1/dashboard").body;
  EXPECT_EQ(after["events"], before["events"].get<int>() + 1);
  EXPECT_EQ(after["attendance"]["value"], before["attendance"]["value"].get<int>() + 50);
  EXPECT_EQ(after["reach"]["distinct"], 3);
  EXPECT_GT(after["cursor"].get<std::int64_t>(), before["cursor"].get<std::int64_t>());
  for (const json& place : after["coverage"]["unvisited_districts"]) {
    EXPECT_NE(place["code"], "356400000");
  }
}

// /stats answers from analytics: its totals are the dashboard's, figure for figure, for the same
// filter, including how a figure held back for review is counted.
void ExpectStatsAreTheDashboards(TestServer& server, const std::string& query) {
  Reply stats = server.Get("/api/v1/stats" + query);
  Reply dashboard = server.Get("/api/v1/dashboard" + query);
  ASSERT_EQ(stats.status, 200) << query << ": " << stats.raw;
  ASSERT_EQ(dashboard.status, 200) << query << ": " << dashboard.raw;
  const json& s = stats.body;
  const json& d = dashboard.body;
  for (const char* field :
       {"events", "events_planned", "events_cancelled", "events_with_figure", "attendance",
        "attendance_awaiting_review", "attendance_rejected", "feedback", "cursor"}) {
    EXPECT_EQ(s[field], d[field]) << query << ": " << field;
  }
  EXPECT_EQ(s["checkins"], d["reach"]["checkins"]) << query;
  EXPECT_EQ(s["distinct_participants"], d["reach"]["distinct"]) << query;
  ASSERT_EQ(s["by_region"].size(), d["by_region"].size()) << query;
  for (std::size_t i = 0; i < s["by_region"].size(); ++i) {
    const json& mine = s["by_region"][i];
    const json& theirs = d["by_region"][i];
    EXPECT_EQ(mine["code"], theirs["key"]) << query;
    for (const char* field : {"name_ru", "name_kk", "events", "events_with_figure", "attendance",
                              "events_awaiting_review"}) {
      EXPECT_EQ(mine[field], theirs[field]) << query << ": by_region " << i << " " << field;
    }
  }
}

TEST_F(AnalyticsApi, StatsAreTheDashboardsTotalsBeforeAndAfterAReview) {
  Reply campaigns = server_.Get("/api/v1/campaigns");
  ASSERT_EQ(campaigns.body.size(), 1u) << campaigns.raw;
  const std::vector<std::string> queries = {"", "?region=350000000", "?segment=miners",
                                            "?from=2026-02-25&to=2026-03-14",
                                            "?campaign=" + campaigns.body[0]["id"].dump()};
  // "более 400" at a mine of 300 is held back: outside the total, shown apart, in both.
  Reply before = server_.Get("/api/v1/stats");
  ASSERT_EQ(before.status, 200) << before.raw;
  EXPECT_EQ(before.body["events"], 3);
  EXPECT_EQ(before.body["attendance"], json::parse(R"({"value":257,"low":237,"high":277})"));
  EXPECT_EQ(before.body["attendance_awaiting_review"],
            json::parse(R"({"events":1,"value":401,"low":401,"high":500})"));
  EXPECT_EQ(before.body["checkins"], 3);
  EXPECT_EQ(before.body["distinct_participants"], 2);
  EXPECT_EQ(before.body["feedback"], 4);
  for (const std::string& query : queries) ExpectStatsAreTheDashboards(server_, query);

  Reply confirmed = server_.Post(
      "/api/v1/analytics/reviews",
      {{"event_id", mine_event_}, {"attendance_text", "более 400"}, {"decision", "confirmed"}});
  ASSERT_EQ(confirmed.status, 201) << confirmed.raw;
  Reply after = server_.Get("/api/v1/stats");
  EXPECT_EQ(after.body["attendance"]["value"], 257 + 401);
  EXPECT_EQ(after.body["attendance_awaiting_review"]["events"], 0);
  for (const std::string& query : queries) ExpectStatsAreTheDashboards(server_, query);

  Reply rejected = server_.Post(
      "/api/v1/analytics/reviews",
      {{"event_id", mine_event_}, {"attendance_text", "более 400"}, {"decision", "rejected"}});
  ASSERT_EQ(rejected.status, 201) << rejected.raw;
  Reply last = server_.Get("/api/v1/stats");
  EXPECT_EQ(last.body["attendance"]["value"], 257);
  EXPECT_EQ(last.body["attendance_rejected"],
            json::parse(R"({"events":1,"value":401,"low":401,"high":500})"));
  for (const std::string& query : queries) ExpectStatsAreTheDashboards(server_, query);
}

TEST_F(AnalyticsApi, StatsNameABadFilterAsTheDashboardDoes) {
  for (const std::string& query :
       {std::string("?region=710000000x"),
        std::string("?region=355600000"),  // a district
        std::string("?segment=astronauts"), std::string("?campaign=99")}) {
    Reply stats = server_.Get("/api/v1/stats" + query);
    Reply dashboard = server_.Get("/api/v1/dashboard" + query);
    EXPECT_EQ(stats.status, 400) << query << ": " << stats.raw;
    EXPECT_EQ(stats.body["error"]["field"], dashboard.body["error"]["field"]) << query;
  }
}

}  // namespace
}  // namespace kenes

namespace kenes {
namespace {

// A polling dashboard: the answer carries an ETag; asked again with it, an unchanged campaign is a
// 304 with no body; after a write, the tag changes and the figures include the write.
TEST(DashboardPolling, AnETagChangesAfterAWriteAndOnlyThen) {
  testing::TestServer server;
  const testing::Reply first = server.Get("/api/v1/dashboard");
  ASSERT_EQ(first.status, 200) << first.raw;
  const auto tag = first.headers.find("ETag");
  ASSERT_NE(tag, first.headers.end());
  testing::TestClient client = server.Admin();
  const testing::Reply same =
      client.Send("GET", "/api/v1/dashboard", "", "", {{"If-None-Match", tag->second}});
  EXPECT_EQ(same.status, 304);
  EXPECT_TRUE(same.raw.empty());
  // Another filter is another answer.
  EXPECT_EQ(client
                .Send("GET", "/api/v1/dashboard?region=350000000", "", "",
                      {{"If-None-Match", tag->second}})
                .status,
            200);
  // A write that has nothing to do with the figures (an account's token) changes nothing.
  ASSERT_EQ(server.Post("/api/v1/tokens", {{"label", "poller"}}).status, 201);
  EXPECT_EQ(
      client.Send("GET", "/api/v1/dashboard", "", "", {{"If-None-Match", tag->second}}).status,
      304);

  ASSERT_EQ(server
                .Post("/api/v1/events",
                      {{"date", "2026-02-24"}, {"place_code", "355630100"}, {"attendance", 120}})
                .status,
            201);
  const testing::Reply changed =
      client.Send("GET", "/api/v1/dashboard", "", "", {{"If-None-Match", tag->second}});
  ASSERT_EQ(changed.status, 200);
  EXPECT_NE(changed.headers.find("ETag")->second, tag->second);
  EXPECT_EQ(changed.body["events"], first.body["events"].get<int>() + 1);
}

}  // namespace
}  // namespace kenes
