// Every route of the server, called by every role and by nobody, against a table of who may call
// it written out here by hand. The routes come from the server's own table, so a route added
// without a line below fails this test, and a line below without its route fails it too.
#include <gtest/gtest.h>

#include <map>
#include <regex>

#include "support/test_server.h"

namespace kenes {
namespace {

using nlohmann::json;
using testing::Reply;
using testing::TestClient;
using testing::TestServer;

// Who may call each route: "public" (anyone, signed in or not), or the roles, by initial:
// a(dmin), n (analyst), c(oordinator), r(eporter), o(bserver).
const std::map<std::string, std::string> kWhoMay = {
    {"GET /", "public"},
    {"GET /web/{file}", "public"},
    {"GET /api/v1/openapi.json", "public"},
    {"GET /api/v1/health", "public"},
    {"POST /api/v1/login", "public"},
    {"POST /api/v1/logout", "ancro"},
    {"GET /api/v1/me", "ancro"},
    {"POST /api/v1/tokens", "ancro"},
    {"GET /api/v1/users", "a"},
    {"POST /api/v1/users", "a"},
    {"POST /api/v1/users/{id}/disable", "a"},
    {"GET /api/v1/audit", "an"},
    {"GET /api/v1/audit/verify", "an"},
    {"GET /api/v1/events/{id}/history", "ancr"},
    {"GET /api/v1/organizations", "ancr"},
    {"POST /api/v1/organizations", "a"},
    {"GET /api/v1/organizations/{id}", "ancr"},
    {"PATCH /api/v1/organizations/{id}", "a"},
    {"DELETE /api/v1/organizations/{id}", "a"},
    {"GET /api/v1/people", "ancr"},
    {"POST /api/v1/people", "a"},
    {"GET /api/v1/people/{id}", "ancr"},
    {"PATCH /api/v1/people/{id}", "a"},
    {"DELETE /api/v1/people/{id}", "a"},
    {"GET /api/v1/events", "ancr"},
    {"POST /api/v1/events", "acr"},
    {"POST /api/v1/events/{id}/merge", "acr"},
    {"GET /api/v1/events/{id}", "ancr"},
    {"PATCH /api/v1/events/{id}", "acr"},
    {"DELETE /api/v1/events/{id}", "acr"},
    {"GET /api/v1/feedback", "ancr"},
    {"POST /api/v1/feedback", "acr"},
    {"GET /api/v1/feedback/{id}", "ancr"},
    {"PATCH /api/v1/feedback/{id}", "acr"},
    {"DELETE /api/v1/feedback/{id}", "acr"},
    {"GET /api/v1/checkins", "ancr"},
    {"POST /api/v1/checkins", "acr"},
    {"GET /api/v1/checkins/{id}", "ancr"},
    {"PATCH /api/v1/checkins/{id}", "acr"},
    {"DELETE /api/v1/checkins/{id}", "acr"},
    {"GET /api/v1/places", "ancro"},
    {"GET /api/v1/places/{code}", "ancro"},
    {"GET /api/v1/segments", "ancro"},
    {"GET /api/v1/provisions", "ancro"},
    {"GET /api/v1/campaigns", "ancro"},
    {"PATCH /api/v1/campaigns/{id}", "a"},
    {"GET /api/v1/stats", "ancro"},
    {"GET /api/v1/attendance", "ancro"},
    {"GET /api/v1/report", "ancro"},
    {"POST /api/v1/intake", "acr"},
    {"POST /api/v1/imports", "acr"},
    {"GET /api/v1/exports", "an"},
    {"GET /api/v1/documents", "ancr"},
    {"GET /api/v1/documents/{id}", "ancr"},
    {"GET /api/v1/drafts", "ancr"},
    {"GET /api/v1/drafts/{id}", "ancr"},
    {"PATCH /api/v1/drafts/{id}", "acr"},
    {"POST /api/v1/drafts/{id}/confirm", "acr"},
    {"POST /api/v1/drafts/{id}/reject", "acr"},
    {"POST /api/v1/drafts/{id}/merge", "acr"},
    {"GET /api/v1/dashboard", "ancro"},
    {"POST /api/v1/claims/check", "ancro"},
    {"GET /api/v1/analytics/totals", "ancro"},
    {"GET /api/v1/analytics/reach", "ancro"},
    {"GET /api/v1/analytics/support", "ancro"},
    {"GET /api/v1/analytics/themes", "ancro"},
    {"GET /api/v1/analytics/themes/{id}/feedback", "ancr"},
    {"GET /api/v1/analytics/coverage", "ancro"},
    {"GET /api/v1/analytics/planning", "ancro"},
    {"GET /api/v1/analytics/attribution", "ancro"},
    {"GET /api/v1/analytics/plausibility", "ancr"},
    {"POST /api/v1/analytics/reviews", "an"},
    {"GET /api/v1/venues", "ancro"},
    {"PUT /api/v1/venues", "an"},
    {"GET /api/v1/results", "ancro"},
    {"PUT /api/v1/results", "a"},
    {"GET /api/v1/analytics/after-vote", "ancro"},
    {"GET /api/v1/publications", "ancr"},
    {"POST /api/v1/publications", "acr"},
    {"GET /api/v1/publications/{id}", "ancr"},
    {"PATCH /api/v1/publications/{id}", "acr"},
    {"POST /api/v1/publications/{id}/approve", "an"},
    {"POST /api/v1/publications/{id}/publish", "an"},
};

struct Caller {
  std::string name;
  char initial;  // 0 for nobody
  TestClient client;
};

// The route's path with its parameters filled in: ids that exist nowhere, so an allowed caller
// changes nothing, and a real region code.
std::string Concrete(std::string path) {
  path = std::regex_replace(path, std::regex(R"(\{id\})"), "999999");
  path = std::regex_replace(path, std::regex(R"(\{file\})"), "app.js");
  return std::regex_replace(path, std::regex(R"(\{code\})"), "350000000");
}

TEST(AccessMatrix, EveryRouteHasARuleAndEveryRuleARoute) {
  TestServer server;
  std::set<std::string> served;
  for (const auto& route : server.server().routes()) {
    const std::string key = route.method + " " + route.path;
    served.insert(key);
    EXPECT_TRUE(kWhoMay.contains(key)) << key << " has no line in this test's table";
  }
  for (const auto& [key, who] : kWhoMay) {
    EXPECT_TRUE(served.contains(key)) << key << " is in the table but not served";
  }
}

TEST(AccessMatrix, EveryRouteAnswersEveryRoleAsTheTableSays) {
  TestServer server;
  const Reply organization =
      server.Post("/api/v1/organizations", {{"name", "ТОО"}, {"kind", "company"}});
  ASSERT_EQ(organization.status, 201) << organization.raw;
  std::vector<Caller> callers;
  callers.push_back({"nobody", 0, server.Anonymous()});
  callers.push_back({"admin", 'a', server.As(Role::kAdmin)});
  callers.push_back({"analyst", 'n', server.As(Role::kAnalyst)});
  callers.push_back({"coordinator", 'c', server.As(Role::kCoordinator)});
  callers.push_back(
      {"reporter", 'r', server.As(Role::kReporter, organization.body["id"].get<Id>())});
  callers.push_back({"observer", 'o', server.As(Role::kObserver)});

  int checked = 0;
  for (const auto& route : server.server().routes()) {
    const std::string key = route.method + " " + route.path;
    const auto rule = kWhoMay.find(key);
    if (rule == kWhoMay.end()) continue;  // reported by the test above
    const bool open = rule->second == "public";
    for (Caller& caller : callers) {
      // A body no route accepts as a change: allowed callers get 400 or 404, never a write.
      const Reply reply =
          caller.client.Send(route.method, Concrete(route.path), "{}", "application/json");
      const bool may =
          open || (caller.initial && rule->second.find(caller.initial) != std::string::npos);
      SCOPED_TRACE(key + " as " + caller.name + ": " + std::to_string(reply.status) + " " +
                   reply.raw.substr(0, 200));
      if (may) {
        EXPECT_NE(reply.status, 401);
        EXPECT_NE(reply.status, 403);
        EXPECT_LT(reply.status, 500);
        if (reply.status == 404) {
          // A refusal dressed as "no route" would hide a missing rule.
          EXPECT_EQ(reply.body["error"]["message"].get<std::string>().find("no route"),
                    std::string::npos);
        }
      } else if (!caller.initial) {
        EXPECT_EQ(reply.status, 401);
        EXPECT_EQ(reply.body["error"]["code"], "unauthenticated");
      } else {
        EXPECT_EQ(reply.status, 403);
        EXPECT_EQ(reply.body["error"]["code"], "forbidden");
        EXPECT_NE(reply.body["error"]["message"].get<std::string>().find("may not"),
                  std::string::npos);
      }
      ++checked;
    }
  }
  EXPECT_EQ(checked, static_cast<int>(kWhoMay.size() * callers.size()));
  // Nothing any caller did above created a record.
  EXPECT_TRUE(server.Get("/api/v1/events").body["items"].empty());
  EXPECT_EQ(server.Get("/api/v1/organizations").body["items"].size(), 1u);
}

}  // namespace
}  // namespace kenes
