// A route's parameters are declared once: the router reads them (a bad value or an unknown name
// is a 400 naming it) and the OpenAPI document lists them. These check both sides of the one
// declaration, on routes of several modules.
#include <gtest/gtest.h>

#include <string>

#include "support/test_server.h"

namespace kenes {
namespace {

using nlohmann::json;
using testing::Reply;
using testing::TestServer;

// The parameter `name` of `method path` as /api/v1/openapi.json lists it, or null.
json Described(const json& document, const std::string& path, const std::string& method,
               const std::string& name) {
  const json& operation = document["paths"][path][method];
  if (!operation.contains("parameters")) return nullptr;
  for (const json& parameter : operation["parameters"]) {
    if (parameter["name"] == name) return parameter;
  }
  return nullptr;
}

void ExpectRefused(const Reply& reply, const std::string& field, const std::string& message) {
  EXPECT_EQ(reply.status, 400) << reply.raw;
  EXPECT_EQ(reply.body["error"]["code"], "invalid") << reply.raw;
  EXPECT_EQ(reply.body["error"]["field"], field) << reply.raw;
  EXPECT_NE(reply.body["error"]["message"].get<std::string>().find(message), std::string::npos)
      << reply.raw;
}

TEST(RouteParams, TheOpenApiDocumentListsWhatEachRouteDeclares) {
  TestServer server;
  const json document = server.Get("/api/v1/openapi.json").body;

  const json limit = Described(document, "/api/v1/places", "get", "limit");
  ASSERT_FALSE(limit.is_null());
  EXPECT_EQ(limit["in"], "query");
  EXPECT_EQ(limit["schema"]["type"], "integer");
  EXPECT_EQ(limit["required"], false);
  EXPECT_FALSE(limit["description"].get<std::string>().empty());

  // The analytics filters, declared once, are on every route that takes them; as_of only where
  // the route has a today.
  for (const char* path : {"/api/v1/dashboard", "/api/v1/analytics/reach", "/api/v1/stats",
                           "/api/v1/analytics/after-vote", "/api/v1/report"}) {
    const json region = Described(document, path, "get", "region");
    ASSERT_FALSE(region.is_null()) << path;
    EXPECT_EQ(region["schema"]["pattern"], "^[0-9]{9}$") << path;
    EXPECT_EQ(Described(document, path, "get", "from")["schema"]["format"], "date") << path;
  }
  EXPECT_FALSE(Described(document, "/api/v1/dashboard", "get", "as_of").is_null());
  EXPECT_TRUE(Described(document, "/api/v1/analytics/reach", "get", "as_of").is_null());
  EXPECT_EQ(Described(document, "/api/v1/report", "get", "format")["required"], true);

  const json status = Described(document, "/api/v1/publications", "get", "status");
  ASSERT_FALSE(status.is_null());
  EXPECT_EQ(status["schema"]["type"], "string");
  EXPECT_EQ(Described(document, "/api/v1/drafts", "get", "limit")["schema"]["maximum"],
            Page::kMaxLimit);

  const json id = Described(document, "/api/v1/events/{id}/history", "get", "id");
  ASSERT_FALSE(id.is_null());
  EXPECT_EQ(id["in"], "path");
  EXPECT_EQ(id["required"], true);
  EXPECT_EQ(id["schema"]["type"], "integer");
  EXPECT_EQ(Described(document, "/api/v1/places/{code}", "get", "code")["in"], "path");
}

TEST(RouteParams, AMalformedValueIsRefusedNamingTheParameter) {
  TestServer server;
  ExpectRefused(server.Get("/api/v1/places?limit=many"), "limit", "'many' is not a whole number");
  ExpectRefused(server.Get("/api/v1/places?parent=12"), "parent", "is not a KATO code");
  ExpectRefused(server.Get("/api/v1/places?all=perhaps"), "all", "is not true or false");
  ExpectRefused(server.Get("/api/v1/analytics/reach?from=2026-13-40"), "from", "");
  ExpectRefused(server.Get("/api/v1/publications?status=lost"), "status", "lost");
  ExpectRefused(server.Get("/api/v1/drafts?limit=0"), "limit", "must be between 1 and");
  ExpectRefused(server.Get("/api/v1/documents?after=-1"), "after", "must not be negative");
  ExpectRefused(server.Get("/api/v1/audit?record=x"), "record", "'x' is not a whole number");
  ExpectRefused(server.Get("/api/v1/analytics/totals?by=colour"), "by", "colour");
  ExpectRefused(server.Get("/api/v1/report"), "format", "is required: html, xlsx, pdf");
  ExpectRefused(server.Get("/api/v1/report?format=doc"), "format",
                "'doc' is not one of: html, xlsx, pdf");
}

TEST(RouteParams, AParameterTheRouteDoesNotDeclareIsRefused) {
  TestServer server;
  ExpectRefused(server.Get("/api/v1/places?limt=5"), "limt", "is not a parameter of this route");
  // as_of is declared where the route has a today, and refused where it has none.
  EXPECT_EQ(server.Get("/api/v1/dashboard?as_of=2026-03-01").status, 200);
  ExpectRefused(server.Get("/api/v1/analytics/reach?as_of=2026-03-01"), "as_of",
                "is not a parameter of this route");
  ExpectRefused(server.Get("/api/v1/results?region=351000000"), "region",
                "is not a parameter of this route");
  ExpectRefused(server.Get("/api/v1/me?verbose=1"), "verbose", "is not a parameter");
}

// Every GET route the server has, with a parameter nobody declares: each refuses it by name, so
// no route quietly ignores a misspelt filter.
TEST(RouteParams, EveryReadRefusesAnUnknownParameter) {
  TestServer server;
  for (const auto& route : server.server().routes()) {
    // The web interface's page and files are not API routes: a link's ?utm_source= opens them.
    if (route.method != "GET" || route.path == "/" || route.path.starts_with("/web/")) continue;
    std::string path = route.path;
    if (auto at = path.find("{id}"); at != std::string::npos) path.replace(at, 4, "1");
    if (auto at = path.find("{code}"); at != std::string::npos) path.replace(at, 6, "355630100");
    const Reply reply = server.Get(path + "?no_such_parameter=1");
    EXPECT_EQ(reply.status, 400) << route.path << ": " << reply.raw.substr(0, 300);
    EXPECT_EQ(reply.body.value("/error/field"_json_pointer, json()), "no_such_parameter")
        << route.path;
  }
  EXPECT_EQ(server.Get("/?utm_source=messenger").status, 200);
  EXPECT_EQ(server.Get("/web/app.js?v=2").status, 200);
}

// A parameter that takes names from a closed list (a status, a kind, a format) lists them in the
// OpenAPI document, from the same table its reader uses: every name listed is taken, and a name
// not listed is refused with the list.
TEST(RouteParams, EveryListedNameIsTakenAndOnlyThose) {
  TestServer server;
  const json document = server.Get("/api/v1/openapi.json").body;
  EXPECT_EQ(Described(document, "/api/v1/events", "get", "status")["schema"]["enum"],
            json({"planned", "held", "cancelled"}));
  EXPECT_EQ(Described(document, "/api/v1/report", "get", "format")["schema"]["enum"],
            json({"html", "xlsx", "pdf"}));

  int lists = 0;
  for (const auto& route : server.server().routes()) {
    if (route.method != "GET") continue;
    std::string path = route.path;
    if (auto at = path.find("{id}"); at != std::string::npos) path.replace(at, 4, "1");
    for (const auto& param : route.params) {
      const json listed = Described(document, route.path, "get", param.name)["schema"]["enum"];
      const bool closed = param.type == http::ParamType::kEnum || !param.allowed.empty();
      EXPECT_EQ(closed, listed.is_array()) << route.path << " " << param.name;
      if (!listed.is_array()) continue;
      ++lists;
      ASSERT_FALSE(listed.empty()) << route.path << " " << param.name;
      for (const json& name : listed) {
        const std::string query = path + "?" + param.name + "=" + name.get<std::string>();
        const Reply reply = server.Get(query);
        const json field = reply.body.is_object()  // a file (a report) is not JSON
                               ? reply.body.value("/error/field"_json_pointer, json())
                               : json();
        EXPECT_NE(field, param.name) << query << ": " << reply.raw.substr(0, 300);
      }
      const Reply refused = server.Get(path + "?" + param.name + "=no_such_name");
      ExpectRefused(refused, param.name,
                    "'no_such_name' is not one of: " + listed[0].get<std::string>() + ", ");
    }
  }
  EXPECT_GE(lists, 10);  // events, feedback, organizations, drafts, publications, totals, report
}

}  // namespace
}  // namespace kenes
