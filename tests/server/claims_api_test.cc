// POST /api/v1/claims/check over real HTTP: a text's claims against the ledger, each with its
// verdict, figure, why and span; an observer may ask; a text past 2 MiB is 413.
#include <gtest/gtest.h>

#include "support/test_server.h"

namespace kenes {
namespace {

using nlohmann::json;
using testing::Reply;
using testing::TestServer;

class ClaimsApi : public ::testing::Test {
 protected:
  void SetUp() override {
    // One held event of "около 200": the ledger's attendance is 180–220.
    Reply event = server_.Post("/api/v1/events", {{"date", "2026-02-24"},
                                                  {"place_code", "355630100"},
                                                  {"audience", {"farmers"}},
                                                  {"attendance", "около 200"}});
    ASSERT_EQ(event.status, 201) << event.raw;
  }
  Reply Check(const std::string& text) {
    return server_.Post("/api/v1/claims/check", {{"text", text}});
  }
  TestServer server_;
};

TEST_F(ClaimsApi, EachClaimWithItsVerdictFigureWhyAndSpan) {
  const std::string text =
      "Встречи охватили более 150 человек, а на другие пришли более 200 человек. Участники "
      "выразили поддержку президенту.";
  Reply reply = Check(text);
  ASSERT_EQ(reply.status, 200) << reply.raw;
  const json& claims = reply.body["claims"];
  ASSERT_EQ(claims.size(), 3u) << reply.raw;
  // 180–220 is above 150 for every value, and above 200 only at its high end.
  EXPECT_EQ(claims[0]["verdict"], "supported");
  EXPECT_EQ(claims[0]["text"], "более 150 человек");
  const std::size_t begin = claims[0]["span"][0], end = claims[0]["span"][1];
  EXPECT_EQ(text.substr(begin, end - begin), "более 150 человек");
  EXPECT_NE(claims[0]["figure"].get<std::string>().find("180–220"), std::string::npos)
      << claims[0]["figure"];
  EXPECT_EQ(claims[1]["verdict"], "not_supported");
  EXPECT_NE(claims[1]["why"].get<std::string>().find("«около 200»"), std::string::npos)
      << claims[1]["why"];
  EXPECT_EQ(claims[2]["verdict"], "not_checkable");
  EXPECT_EQ(claims[2]["text"], "Участники выразили поддержку президенту.");

  // Published figures: an observer may check a text too.
  Reply observed = server_.As(Role::kObserver).Post("/api/v1/claims/check", {{"text", text}});
  EXPECT_EQ(observed.status, 200) << observed.raw;
  EXPECT_EQ(observed.body, reply.body);
}

TEST_F(ClaimsApi, ATextPastTwoMebibytesIs413AndBadBodiesAre400) {
  Reply at_limit = Check(std::string(2 << 20, 'a'));
  EXPECT_EQ(at_limit.status, 200) << at_limit.raw.substr(0, 200);
  Reply past = Check(std::string((2 << 20) + 1, 'a'));
  EXPECT_EQ(past.status, 413) << past.raw.substr(0, 200);
  EXPECT_EQ(past.body["error"]["field"], "text");
  Reply none = server_.Post("/api/v1/claims/check", json::object());
  EXPECT_EQ(none.status, 400) << none.raw;
  EXPECT_EQ(none.body["error"]["field"], "text");
  Reply unknown_filter = server_.Post("/api/v1/claims/check?colour=red", {{"text", "x"}});
  EXPECT_EQ(unknown_filter.status, 400) << unknown_filter.raw;
}

}  // namespace
}  // namespace kenes
