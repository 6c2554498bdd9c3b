// Over HTTP, a coordinator writes its own region only, a reporter what its organization held, an
// observer reads published figures only; and an event's page can show the history of its figures.
#include <gtest/gtest.h>

#include "support/test_server.h"

namespace kenes {
namespace {

using nlohmann::json;
using testing::Reply;
using testing::TestServer;

json Meeting(const std::string& place, std::optional<Id> host = std::nullopt) {
  json event = {{"date", "2026-02-24"}, {"place_code", place}, {"attendance", "около 200"}};
  if (host) event["host_organization_id"] = *host;
  return event;
}

constexpr const char* kOsakarovka = "355630100";  // Karaganda region
constexpr const char* kAstana = "710000000";

TEST(Scope, ACoordinatorWritesItsOwnRegionOnly) {
  TestServer server;
  auto coordinator = server.As(Role::kCoordinator);  // Karaganda region
  const Reply own = coordinator.Post("/api/v1/events", Meeting(kOsakarovka));
  ASSERT_EQ(own.status, 201) << own.raw;
  const std::string own_path = "/api/v1/events/" + own.body["id"].dump();

  const Reply elsewhere = coordinator.Post("/api/v1/events", Meeting(kAstana));
  EXPECT_EQ(elsewhere.status, 403) << elsewhere.raw;
  EXPECT_EQ(elsewhere.body["error"]["field"], "place_code");
  EXPECT_NE(elsewhere.body["error"]["message"].get<std::string>().find("350000000"),
            std::string::npos);

  const Reply moved = coordinator.Patch(own_path, {{"place_code", kAstana}});
  EXPECT_EQ(moved.status, 403);
  EXPECT_EQ(server.Get(own_path).body["place_code"], kOsakarovka);

  const Reply theirs = server.Post("/api/v1/events", Meeting(kAstana));
  const std::string their_path = "/api/v1/events/" + theirs.body["id"].dump();
  EXPECT_EQ(coordinator.Patch(their_path, {{"venue", "Дворец"}}).status, 403);
  EXPECT_EQ(coordinator.Delete(their_path).status, 403);
  EXPECT_EQ(
      coordinator
          .Post("/api/v1/feedback",
                {{"event_id", theirs.body["id"]}, {"kind", "question"}, {"text", "Что изменится?"}})
          .status,
      403);
  EXPECT_EQ(coordinator
                .Post("/api/v1/checkins",
                      {{"event_id", theirs.body["id"]}, {"participant", "+77011234567"}})
                .status,
            403);
  // Reading is not scoped: a coordinator sees the whole campaign.
  EXPECT_EQ(coordinator.Get(their_path).status, 200);
  // Its own region's feedback and check-ins it writes.
  EXPECT_EQ(
      coordinator
          .Post("/api/v1/feedback",
                {{"event_id", own.body["id"]}, {"kind", "question"}, {"text", "Что изменится?"}})
          .status,
      201);
  EXPECT_EQ(
      coordinator
          .Post("/api/v1/checkins", {{"event_id", own.body["id"]}, {"participant", "+77011234567"}})
          .status,
      201);
  EXPECT_EQ(coordinator.Delete(own_path + "").status, 409);  // its feedback still refers to it
}

TEST(Scope, AReporterWritesWhatItsOrganizationHeld) {
  TestServer server;
  const Id ours =
      server.Post("/api/v1/organizations", {{"name", "Шахта"}, {"kind", "company"}}).body["id"];
  const Id other =
      server.Post("/api/v1/organizations", {{"name", "Колледж"}, {"kind", "education"}}).body["id"];
  auto reporter = server.As(Role::kReporter, ours);
  EXPECT_EQ(reporter.Post("/api/v1/events", Meeting(kAstana, ours)).status, 201);
  const Reply unnamed = reporter.Post("/api/v1/events", Meeting(kAstana));
  EXPECT_EQ(unnamed.status, 403);
  EXPECT_EQ(unnamed.body["error"]["field"], "host_organization_id");
  EXPECT_EQ(reporter.Post("/api/v1/events", Meeting(kAstana, other)).status, 403);
  EXPECT_EQ(reporter.Post("/api/v1/organizations", {{"name", "Новая"}, {"kind", "company"}}).status,
            403);
}

TEST(Scope, AnObserverReadsPublishedFiguresOnly) {
  TestServer server(/*with_demo=*/true);
  auto observer = server.As(Role::kObserver);
  const Reply stats = observer.Get("/api/v1/stats");
  EXPECT_EQ(stats.status, 200);
  EXPECT_EQ(stats.body["events"], 10);
  EXPECT_EQ(observer.Get("/api/v1/places?q=Караганда").status, 200);
  for (const char* path : {"/api/v1/events", "/api/v1/feedback", "/api/v1/checkins",
                           "/api/v1/drafts", "/api/v1/audit", "/api/v1/users"}) {
    EXPECT_EQ(observer.Get(path).status, 403) << path;
  }
  EXPECT_EQ(observer.Post("/api/v1/events", Meeting(kOsakarovka)).status, 403);
}

TEST(Scope, AnEventPageShowsTheHistoryOfItsFigures) {
  TestServer server;
  auto coordinator = server.As(Role::kCoordinator);
  const Reply created = coordinator.Post("/api/v1/events", Meeting(kOsakarovka));
  const std::string path = "/api/v1/events/" + created.body["id"].dump();
  ASSERT_EQ(coordinator.Patch(path, {{"attendance", "более 2000"}}).status, 200);
  ASSERT_EQ(server.Patch(path, {{"attendance", "около 250"}}).status, 200);

  const Reply history = coordinator.Get(path + "/history");
  ASSERT_EQ(history.status, 200) << history.raw;
  const json& items = history.body["items"];
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0]["action"], "create");
  EXPECT_EQ(items[0]["actor"], "coordinator1");
  EXPECT_EQ(items[1]["actor"], "coordinator1");
  EXPECT_EQ(items[1]["changed"], json::array({"attendance"}));
  EXPECT_EQ(items[1]["before"]["attendance"]["text"], "около 200");
  EXPECT_EQ(items[1]["after"]["attendance"]["text"], "более 2000");
  EXPECT_EQ(items[2]["actor"], "admin");
  EXPECT_EQ(items[2]["after"]["attendance"]["value"], 250);
  EXPECT_EQ(items[2]["prev_hash"], items[1]["hash"]);
  EXPECT_EQ(server.Get("/api/v1/events/999999/history").status, 404);

  const Reply verified = server.Get("/api/v1/audit/verify");
  EXPECT_EQ(verified.body["ok"], true) << verified.raw;
  const Reply log = server.Get("/api/v1/audit?kind=event&actor=admin");
  ASSERT_EQ(log.status, 200);
  EXPECT_EQ(log.body["items"].size(), 1u);
}

TEST(Scope, ADisabledAccountsTokenStopsWorkingAtOnce) {
  TestServer server;
  const std::string token = server.TokenFor({"leaving", Role::kAnalyst, {}, {}, {}});
  auto analyst = server.WithToken(token);
  EXPECT_EQ(analyst.Get("/api/v1/events").status, 200);
  Id id = 0;
  for (const json& user : server.Get("/api/v1/users").body) {
    if (user["name"] == "leaving") id = user["id"];
  }
  ASSERT_NE(id, 0);
  const Reply disabled =
      server.Post("/api/v1/users/" + std::to_string(id) + "/disable", json::object());
  EXPECT_EQ(disabled.status, 200) << disabled.raw;
  EXPECT_EQ(disabled.body["disabled"], true);
  const Reply refused = analyst.Get("/api/v1/events");
  EXPECT_EQ(refused.status, 401);
  EXPECT_NE(refused.body["error"]["message"].get<std::string>().find("disabled"),
            std::string::npos);
}

}  // namespace
}  // namespace kenes
