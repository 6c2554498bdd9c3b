// A meeting posted with ?check_duplicate=true (as the web app's offline queue posts it) that one
// already stored reports again is refused, naming the stored one; it can then be merged into it.
#include <gtest/gtest.h>

#include <string>

#include "support/test_server.h"

namespace kenes {
namespace {

using nlohmann::json;
using testing::Reply;
using testing::TestServer;

const json kStored = json::parse(R"({"date":"2026-02-24","place_code":"355630100",
    "venue":"Дом культуры поселка Осакаровка","kind":"meeting","audience":["farmers"]})");
// The same meeting as a coordinator typed it offline: a day later, with a figure and one more
// audience.
const json kReported = json::parse(R"({"date":"2026-02-25","place_code":"355630100",
    "venue":"Дом культуры поселка Осакаровка","kind":"meeting","audience":["farmers","pensioners"],
    "attendance":"около 150"})");

std::size_t CountEvents(TestServer& server) {
  return server.Get("/api/v1/events?limit=1000").body["items"].size();
}

TEST(DuplicateEvents, AMeetingAlreadyStoredIsRefusedWithItsIdWhenAskedToCheck) {
  TestServer server;
  Reply stored = server.Post("/api/v1/events", kStored);
  ASSERT_EQ(stored.status, 201) << stored.raw;

  Reply again = server.Post("/api/v1/events?check_duplicate=true", kReported);
  ASSERT_EQ(again.status, 409) << again.raw;
  EXPECT_EQ(again.body["error"]["code"], "conflict");
  EXPECT_EQ(again.body["error"]["field"], "duplicate_of");
  EXPECT_EQ(again.body["error"]["duplicate_of"], stored.body["id"]);
  EXPECT_EQ(CountEvents(server), 1u);

  // Another meeting is stored as usual under the check.
  json other = kReported;
  other["venue"] = "Школа № 2";
  other["place_code"] = "710000000";
  EXPECT_EQ(server.Post("/api/v1/events?check_duplicate=true", other).status, 201);

  // The check is opt-in: scripts and imports that do not ask store what they send.
  EXPECT_EQ(server.Post("/api/v1/events", kReported).status, 201);
  EXPECT_EQ(server.Post("/api/v1/events?check_duplicate=false", kReported).status, 201);
  EXPECT_EQ(CountEvents(server), 4u);

  Reply bad = server.Post("/api/v1/events?check_duplicate=perhaps", kReported);
  EXPECT_EQ(bad.body["error"]["field"], "check_duplicate") << bad.raw;
  Reply unknown = server.Post("/api/v1/events?check_duplicates=true", kReported);
  EXPECT_EQ(unknown.body["error"]["field"], "check_duplicates") << unknown.raw;
  EXPECT_EQ(CountEvents(server), 4u);
}

TEST(DuplicateEvents, AMergeAddsWhatTheStoredMeetingLacksAndKeepsWhatItSays) {
  TestServer server;
  Reply stored = server.Post("/api/v1/events", kStored);
  ASSERT_EQ(stored.status, 201) << stored.raw;
  const std::string id = stored.body["id"].dump();

  Reply merged = server.Post("/api/v1/events/" + id + "/merge", kReported);
  ASSERT_EQ(merged.status, 200) << merged.raw;
  EXPECT_EQ(merged.body["id"], stored.body["id"]);
  EXPECT_EQ(merged.body["date"], "2026-02-24");
  EXPECT_EQ(merged.body["attendance"]["text"], "около 150");
  EXPECT_EQ(merged.body["audience"], json::array({"farmers", "pensioners"}));
  EXPECT_GT(merged.body["version"].get<int>(), stored.body["version"].get<int>());
  EXPECT_EQ(CountEvents(server), 1u);

  // A figure already stored is not replaced by another report's.
  json higher = kReported;
  higher["attendance"] = "около 400";
  Reply again = server.Post("/api/v1/events/" + id + "/merge", higher);
  ASSERT_EQ(again.status, 200) << again.raw;
  EXPECT_EQ(again.body["attendance"]["text"], "около 150");

  EXPECT_EQ(server.Post("/api/v1/events/999999/merge", kReported).status, 404);
  Reply invalid = server.Post("/api/v1/events/" + id + "/merge", json{{"date", "2026-02-24"}});
  EXPECT_EQ(invalid.body["error"]["field"], "place_code") << invalid.raw;
}

}  // namespace
}  // namespace kenes
