// Bad input gets a clear error naming the field and the problem, with the right status, and
// changes nothing.
#include <gtest/gtest.h>

#include "support/test_server.h"

namespace kenes {
namespace {

using nlohmann::json;
using testing::Reply;
using testing::TestServer;

json GoodEvent() {
  return json::parse(R"({"date":"2026-02-24","place_code":"355630100","venue":"Дом культуры",
                         "audience":["farmers"],"attendance":"57"})");
}

// Asserts the error shape, status and field, and that no event was created.
void ExpectRefused(TestServer& server, const Reply& reply, int status, const std::string& field) {
  EXPECT_EQ(reply.status, status) << reply.raw;
  ASSERT_TRUE(reply.body.contains("error")) << reply.raw;
  EXPECT_FALSE(reply.body["error"]["message"].get<std::string>().empty());
  EXPECT_TRUE(reply.body["error"].contains("code"));
  if (!field.empty()) {
    EXPECT_EQ(reply.body["error"]["field"], field) << reply.raw;
  }
  EXPECT_TRUE(server.Get("/api/v1/events").body["items"].empty()) << "something was created";
}

TEST(BadInput, MalformedJson) {
  TestServer server;
  Reply reply =
      server.Send("POST", "/api/v1/events", R"({"date": "2026-02-24",)", "application/json");
  ExpectRefused(server, reply, 400, "body");
  EXPECT_NE(reply.body["error"]["message"].get<std::string>().find("byte"), std::string::npos);
}

TEST(BadInput, WrongTypeNamesTheField) {
  TestServer server;
  json event = GoodEvent();
  event["audience"] = "farmers";
  ExpectRefused(server, server.Post("/api/v1/events", event), 400, "audience");
}

TEST(BadInput, UnknownFieldIsNotSilentlyDropped) {
  TestServer server;
  json event = GoodEvent();
  event["atendance"] = "около 300";
  ExpectRefused(server, server.Post("/api/v1/events", event), 400, "atendance");
}

TEST(BadInput, UnknownPlaceCode) {
  TestServer server;
  json event = GoodEvent();
  event["place_code"] = "999999999";
  Reply reply = server.Post("/api/v1/events", event);
  ExpectRefused(server, reply, 400, "place_code");
  event["place_code"] = "Осакаровка";
  ExpectRefused(server, server.Post("/api/v1/events", event), 400, "place_code");
}

TEST(BadInput, NegativeOrAbsurdAttendance) {
  TestServer server;
  json event = GoodEvent();
  event["attendance"] = -5;
  ExpectRefused(server, server.Post("/api/v1/events", event), 400, "attendance");
  event["attendance"] = "5 млн";
  ExpectRefused(server, server.Post("/api/v1/events", event), 400, "attendance");
  event["attendance"] = "много народу";
  ExpectRefused(server, server.Post("/api/v1/events", event), 400, "attendance");
}

TEST(BadInput, DateOutsideTheCampaign) {
  TestServer server;
  json event = GoodEvent();
  event["date"] = "2026-04-01";
  Reply reply = server.Post("/api/v1/events", event);
  ExpectRefused(server, reply, 400, "date");
  EXPECT_NE(reply.body["error"]["message"].get<std::string>().find("2026-02-12"),
            std::string::npos);
  event["date"] = "2026-02-30";
  ExpectRefused(server, server.Post("/api/v1/events", event), 400, "date");
}

TEST(BadInput, UnknownSegmentOrProvision) {
  TestServer server;
  json event = GoodEvent();
  event["audience"] = {"astronauts"};
  ExpectRefused(server, server.Post("/api/v1/events", event), 400, "audience");
  event = GoodEvent();
  event["provisions"] = {"art_999"};
  ExpectRefused(server, server.Post("/api/v1/events", event), 400, "provisions");
}

TEST(BadInput, NotJsonIs415AndTooLargeIs413) {
  TestServer server;
  ExpectRefused(server, server.Send("POST", "/api/v1/events", GoodEvent().dump(), "text/plain"),
                415, "Content-Type");
  json event = GoodEvent();
  event["notes"] = std::string(2 << 20, 'x');
  ExpectRefused(server, server.Post("/api/v1/events", event), 413, "body");
}

TEST(BadInput, MissingRecordsAndRoutesAre404) {
  TestServer server;
  ExpectRefused(server, server.Get("/api/v1/events/12345"), 404, "");
  ExpectRefused(server, server.Get("/api/v1/evnts"), 404, "");
  // An id longer than any id is a missing record, not a crash: every route with {id} alike.
  const std::string huge = "99999999999999999999999";
  ExpectRefused(server, server.Get("/api/v1/events/" + huge), 404, "");
  ExpectRefused(server, server.Get("/api/v1/events/" + huge + "/history"), 404, "");
  ExpectRefused(server, server.Patch("/api/v1/campaigns/" + huge, {{"name", "x"}}), 404, "");
  ExpectRefused(server, server.Get("/api/v1/analytics/themes/" + huge + "/feedback"), 404, "");
}

TEST(BadInput, AMisspeltFilterIsRefused) {
  TestServer server;
  Reply reply = server.Get("/api/v1/events?regoin=350000000");
  EXPECT_EQ(reply.status, 400);
  EXPECT_EQ(reply.body["error"]["field"], "regoin");
  EXPECT_EQ(server.Get("/api/v1/events?from=24.02.2026").body["error"]["field"], "from");
  EXPECT_EQ(server.Get("/api/v1/events?region=35").body["error"]["field"], "region");
  EXPECT_EQ(server.Get("/api/v1/events?limit=0").body["error"]["field"], "limit");
}

TEST(BadInput, AClientCannotSetTheIdOrDerivedFields) {
  TestServer server;
  json event = GoodEvent();
  event["id"] = 5;
  ExpectRefused(server, server.Post("/api/v1/events", event), 400, "id");
  event = GoodEvent();
  event["region_code"] = "710000000";
  ExpectRefused(server, server.Post("/api/v1/events", event), 400, "region_code");
}

TEST(BadInput, ABadChangeLeavesTheRecordAsItWas) {
  TestServer server;
  Reply created = server.Post("/api/v1/events", GoodEvent());
  ASSERT_EQ(created.status, 201);
  const std::string path = "/api/v1/events/" + created.body["id"].dump();
  for (const json& patch : {json{{"date", "2027-01-01"}}, json{{"place_code", "000000000"}},
                            json{{"attendance", -1}}, json{{"region_code", "710000000"}},
                            json{{"bogus", 1}}, json{{"audience", {"miners", "miners"}}}}) {
    Reply reply = server.Patch(path, patch);
    EXPECT_EQ(reply.status, 400) << patch.dump() << " " << reply.raw;
  }
  EXPECT_EQ(server.Get(path).body, created.body);
}

TEST(BadInput, ARecordStillReferredToCannotBeDeleted) {
  TestServer server;
  Reply organization =
      server.Post("/api/v1/organizations", {{"name", "АО «Qarmet»"}, {"kind", "company"}});
  ASSERT_EQ(organization.status, 201) << organization.raw;
  json event = GoodEvent();
  event["host_organization_id"] = organization.body["id"];
  ASSERT_EQ(server.Post("/api/v1/events", event).status, 201);
  Reply refused = server.Delete("/api/v1/organizations/" + organization.body["id"].dump());
  EXPECT_EQ(refused.status, 409);
  EXPECT_EQ(refused.body["error"]["code"], "conflict");
  EXPECT_EQ(server.Get("/api/v1/organizations/" + organization.body["id"].dump()).status, 200);
}

}  // namespace
}  // namespace kenes
