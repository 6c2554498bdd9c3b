// The referendum's results over HTTP, and the after-vote view that sets them beside the campaign.
#include <gtest/gtest.h>

#include "support/test_server.h"

namespace kenes {
namespace {

using nlohmann::json;
using testing::Reply;
using testing::TestServer;

class ResultsApi : public ::testing::Test {
 protected:
  Reply Put(const json& body) {
    return server_.Send("PUT", "/api/v1/results", body.dump(), "application/json");
  }
  static json Karaganda() {
    return {{"place_code", "350000000"}, {"eligible", 900000},
            {"voted", 600000},           {"for", 510000},
            {"against", 70000},          {"invalid", 20000},
            {"as_of", "2026-03-16"},     {"source", "Карагандинская областная комиссия"}};
  }
  TestServer server_;
};

TEST_F(ResultsApi, APutResultReadsBackWithItsGapsAndPlaceNames) {
  const json kyzylorda = {{"place_code", "430000000"},
                          {"turnout_percent", 93.04},
                          {"as_of", "2026-03-15T20:00:00+05:00"},
                          {"source", "https://example.kz/20-00"}};
  Reply put = Put(json::array({Karaganda(), kyzylorda}));
  ASSERT_EQ(put.status, 200) << put.raw;
  EXPECT_EQ(put.body["changed"], 2);

  Reply got = server_.Get("/api/v1/results");
  ASSERT_EQ(got.status, 200) << got.raw;
  ASSERT_EQ(got.body["results"].size(), 2u);
  const json& first = got.body["results"][0];
  EXPECT_EQ(first["place_code"], "350000000");
  EXPECT_EQ(first["for"], 510000);
  EXPECT_EQ(first["name_kk"], "Қарағанды облысы");
  const json& second = got.body["results"][1];
  EXPECT_TRUE(second["eligible"].is_null());
  EXPECT_EQ(second["turnout_percent"], 93.04);

  // The same again changes nothing.
  EXPECT_EQ(Put(json::array({Karaganda()})).body["changed"], 0);
}

TEST_F(ResultsApi, ABadResultIsNamedAndNothingIsStored) {
  json too_many = Karaganda();
  too_many["place_code"] = "430000000";
  too_many["for"] = 700000;
  Reply put = Put(json::array({Karaganda(), too_many}));
  EXPECT_EQ(put.status, 400);
  EXPECT_EQ(put.body["error"]["field"], "[1].for") << put.raw;

  json unknown = Karaganda();
  unknown["place_code"] = "990000000";
  put = Put(json::array({unknown}));
  EXPECT_EQ(put.status, 400);
  EXPECT_EQ(put.body["error"]["field"], "[0].place_code") << put.raw;

  json percent = Karaganda();
  percent["voted"] = 66.67;
  put = Put(json::array({percent}));
  EXPECT_EQ(put.status, 400);
  EXPECT_EQ(put.body["error"]["field"], "[0].voted") << put.raw;

  EXPECT_EQ(server_.Get("/api/v1/results").body["results"].size(), 0u);
}

TEST_F(ResultsApi, AfterTheVoteSetsTheResultsBesideTheCampaign) {
  ASSERT_EQ(Put(json::array({Karaganda()})).status, 200);
  for (const char* place : {"355630100", "355230100"}) {
    Reply event =
        server_.Post("/api/v1/events",
                     {{"date", "2026-02-24"}, {"place_code", place}, {"attendance", "около 300"}});
    ASSERT_EQ(event.status, 201) << event.raw;
  }
  Reply after = server_.Get("/api/v1/analytics/after-vote");
  ASSERT_EQ(after.status, 200) << after.raw;
  EXPECT_EQ(after.body["regions_total"], 20);
  EXPECT_EQ(after.body["regions"].size(), 20u);
  EXPECT_EQ(after.body["regions_with_events"], 1);
  EXPECT_EQ(after.body["regions_with_results"], 1);
  json karaganda;
  for (const json& row : after.body["regions"]) {
    if (row["code"] == "350000000") karaganda = row;
  }
  ASSERT_FALSE(karaganda.is_null());
  EXPECT_EQ(karaganda["events"], 2);
  EXPECT_EQ(karaganda["attendance"]["value"], 600);
  // 600 people at meetings per 900,000 eligible: 0.667 per 1,000.
  EXPECT_NEAR(karaganda["attendance_per_1000_eligible"]["value"].get<double>(), 600.0 / 900.0,
              1e-9);
  EXPECT_NEAR(karaganda["turnout"].get<double>(), 600000.0 / 900000.0, 1e-9);
  EXPECT_NEAR(karaganda["for_share"].get<double>(), 510000.0 / 600000.0, 1e-9);
  EXPECT_EQ(karaganda["result"]["source"], "Карагандинская областная комиссия");
  EXPECT_TRUE(after.body["country"]["result"].is_null());
  EXPECT_FALSE(after.body["correlation"]["caveat"].get<std::string>().empty());

  Reply bad = server_.Get("/api/v1/analytics/after-vote?region=123");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.body["error"]["field"], "region") << bad.raw;
}

}  // namespace
}  // namespace kenes
