// Publications over HTTP: a release written from confirmed events in Russian and Kazakh, with
// its imprint on every download; approved with the SHA-256 of what is downloaded; a change after
// approval a new version; and every refusal the issue lists, naming the field or the event.
#include <gtest/gtest.h>

#include "crypto/fingerprint.h"
#include "support/test_server.h"

namespace kenes {
namespace {

using nlohmann::json;
using testing::Reply;
using testing::TestServer;

const json kImprint = {{"made_by", "ТОО «Медиа Орталық»"},
                       {"ordered_by", "Оспанов М.Ж."},
                       {"paid_by", "ОО «Партия «AMANAT»»"}};

class PublicationsApi : public ::testing::Test {
 protected:
  void SetUp() override {
    mine_ = Post("/api/v1/organizations",
                 {{"name", "Шахта «Тентек»"}, {"kind", "company"}, {"headcount", 300}});
    osakarovka_ = Post("/api/v1/events", {{"date", "2026-02-24"},
                                          {"place_code", "355630100"},
                                          {"venue", "Дом культуры поселка Осакаровка"},
                                          {"audience", {"farmers"}},
                                          {"attendance", "около 200"}});
    // More than the mine's 300 on record: held back for review.
    mine_event_ = Post("/api/v1/events", {{"date", "2026-02-24"},
                                          {"place_code", "355230100"},
                                          {"host_organization_id", mine_},
                                          {"audience", {"miners"}},
                                          {"attendance", "более 400"}});
    planned_ = Post("/api/v1/events",
                    {{"date", "2026-03-01"}, {"status", "planned"}, {"place_code", "355630100"}});
    astana_ = Post("/api/v1/events",
                   {{"date", "2026-03-13"}, {"place_code", "710000000"}, {"attendance", 57}});
  }

  Id Post(const std::string& path, const json& body) {
    Reply reply = server_.Post(path, body);
    EXPECT_EQ(reply.status, 201) << path << ": " << reply.raw;
    return reply.body.value("id", Id{0});
  }

  static json Request(const json& events, const std::string& language = "ru") {
    return {{"events", events}, {"language", language}, {"imprint", kImprint}};
  }

  TestServer server_;
  Id mine_ = 0, osakarovka_ = 0, mine_event_ = 0, planned_ = 0, astana_ = 0;
};

TEST_F(PublicationsApi, AReleaseIsWrittenApprovedPublishedAndDownloadedWithItsImprint) {
  Reply written = server_.Post("/api/v1/publications", Request({osakarovka_, astana_}));
  ASSERT_EQ(written.status, 201) << written.raw;
  const Id id = written.body["id"];
  EXPECT_EQ(written.body["status"], "draft");
  EXPECT_EQ(written.body["events"], json::array({osakarovka_, astana_}));
  const std::string text = written.body["text"];
  EXPECT_NE(text.find("около 200"), std::string::npos) << text;  // the event's own words
  EXPECT_NE(text.find("Осакаровк"), std::string::npos) << text;
  EXPECT_TRUE(written.body["region_code"].is_null());  // two regions

  testing::TestClient analyst = server_.As(Role::kAnalyst);
  Reply stale =
      analyst.Post("/api/v1/publications/" + std::to_string(id) + "/approve", {{"version", 7}});
  EXPECT_EQ(stale.status, 409) << stale.raw;
  Reply approved = analyst.Post("/api/v1/publications/" + std::to_string(id) + "/approve",
                                {{"version", written.body["version"]}});
  ASSERT_EQ(approved.status, 200) << approved.raw;
  EXPECT_EQ(approved.body["status"], "approved");
  EXPECT_FALSE(approved.body["approved_by"].get<std::string>().empty());

  // What is downloaded is what was approved: its SHA-256 is the one recorded.
  Reply txt = server_.Get("/api/v1/publications/" + std::to_string(id) + "?format=txt");
  ASSERT_EQ(txt.status, 200);
  EXPECT_EQ(Fingerprint(txt.raw), approved.body["text_sha256"]);
  EXPECT_NE(txt.raw.find("Изготовлено: ТОО «Медиа Орталық»\nЗаказчик: Оспанов М.Ж.\n"
                         "Оплачено из средств ОО «Партия «AMANAT»»"),
            std::string::npos)
      << txt.raw;
  Reply html = server_.Get("/api/v1/publications/" + std::to_string(id) + "?format=html");
  ASSERT_EQ(html.status, 200);
  EXPECT_NE(html.raw.find("Заказчик: Оспанов М.Ж."), std::string::npos);
  // The page says whose approval it carries, and the title is text, not markup.
  EXPECT_NE(html.raw.find(approved.body["text_sha256"].get<std::string>()), std::string::npos);
  EXPECT_NE(html.raw.find("<h1>" + written.body["title"].get<std::string>() + "</h1>"),
            std::string::npos)
      << html.raw.substr(0, 600);
  Reply pdf = server_.Get("/api/v1/publications/" + std::to_string(id) + "?format=pdf");
  ASSERT_EQ(pdf.status, 200) << pdf.raw.substr(0, 300);
  EXPECT_EQ(pdf.raw.substr(0, 5), "%PDF-");
  EXPECT_EQ(server_.Get("/api/v1/publications/" + std::to_string(id) + "?format=doc").status, 400);

  Reply published = analyst.Post("/api/v1/publications/" + std::to_string(id) + "/publish",
                                 {{"version", approved.body["version"]}});
  ASSERT_EQ(published.status, 200) << published.raw;
  EXPECT_EQ(published.body["status"], "published");

  // An edit after approval is the next version, a draft again; the approved text is kept.
  Reply edited = server_.Patch("/api/v1/publications/" + std::to_string(id),
                               {{"version", published.body["version"]},
                                {"text", text + "\n\nОтдельно отметили: <b>волонтёры</b>."}});
  ASSERT_EQ(edited.status, 200) << edited.raw;
  EXPECT_EQ(edited.body["status"], "draft");
  EXPECT_EQ(edited.body["text_version"], 2);
  EXPECT_TRUE(edited.body["text_sha256"].is_null());
  Reply edited_html = server_.Get("/api/v1/publications/" + std::to_string(id) + "?format=html");
  EXPECT_EQ(edited_html.raw.find("<b>"), std::string::npos);
  EXPECT_NE(edited_html.raw.find("&lt;b&gt;волонтёры&lt;/b&gt;"), std::string::npos);
  Reply read = server_.Get("/api/v1/publications/" + std::to_string(id));
  ASSERT_EQ(read.body["approved_versions"].size(), 1u);
  EXPECT_EQ(read.body["approved_versions"][0]["text_sha256"], approved.body["text_sha256"]);
  // Publishing a draft is refused: it is approved first.
  Reply early = analyst.Post("/api/v1/publications/" + std::to_string(id) + "/publish",
                             {{"version", edited.body["version"]}});
  EXPECT_EQ(early.status, 400) << early.raw;

  // The register: by status, and by the event cited.
  EXPECT_EQ(server_.Get("/api/v1/publications?status=draft").body["items"].size(), 1u);
  EXPECT_EQ(server_.Get("/api/v1/publications?status=published").body["items"].size(), 0u);
  EXPECT_EQ(
      server_.Get("/api/v1/publications?event=" + std::to_string(astana_)).body["items"].size(),
      1u);
  // Every step is in the audit log.
  Reply audit = server_.Get("/api/v1/audit?kind=publication");
  ASSERT_EQ(audit.status, 200) << audit.raw;
  EXPECT_EQ(audit.body["items"].size(), 4u) << audit.raw;
}

TEST_F(PublicationsApi, AKazakhReleaseSaysTheFigureInKazakhWithTheSameRange) {
  Reply written = server_.Post("/api/v1/publications", Request(json::array({osakarovka_}), "kk"));
  ASSERT_EQ(written.status, 201) << written.raw;
  EXPECT_EQ(written.body["language"], "kk");
  const std::string text = written.body["text"];
  EXPECT_EQ(text.find("около"), std::string::npos) << text;
  EXPECT_NE(text.find("200"), std::string::npos) << text;
  Reply txt = server_.Get("/api/v1/publications/" + std::to_string(written.body["id"].get<Id>()) +
                          "?format=txt");
  EXPECT_NE(txt.raw.find("Дайындаған: ТОО «Медиа Орталық»"), std::string::npos) << txt.raw;
  EXPECT_NE(txt.raw.find("қаражатынан төленді"), std::string::npos) << txt.raw;
}

TEST_F(PublicationsApi, EveryRefusalNamesTheFieldOrTheEventAndWritesNothing) {
  struct Case {
    std::string what;
    json body;
    int status;
    std::string field;
    std::string message_has;
  };
  json spaces = Request({osakarovka_});
  spaces["imprint"]["paid_by"] = "   ";
  json no_imprint = Request({osakarovka_});
  no_imprint.erase("imprint");
  json no_orderer = Request({osakarovka_});
  no_orderer["imprint"].erase("ordered_by");
  const std::vector<Case> cases = {
      {"an empty event list", Request(json::array()), 400, "events", "empty"},
      {"an imprint field of spaces only", spaces, 400, "imprint.paid_by", ""},
      {"no imprint", no_imprint, 400, "imprint", ""},
      {"an imprint without its orderer", no_orderer, 400, "imprint.ordered_by", ""},
      {"a planned event", Request({planned_}), 400, "events", std::to_string(planned_)},
      {"an event that does not exist", Request({999999}), 400, "events", "999999"},
      {"a figure awaiting review", Request({osakarovka_, mine_event_}), 400, "events",
       std::to_string(mine_event_)},
      {"an unknown language", Request({osakarovka_}, "en"), 400, "language", ""},
  };
  for (const Case& c : cases) {
    Reply reply = server_.Post("/api/v1/publications", c.body);
    EXPECT_EQ(reply.status, c.status) << c.what << ": " << reply.raw;
    EXPECT_EQ(reply.body["error"]["field"], c.field) << c.what << ": " << reply.raw;
    EXPECT_NE(reply.body["error"]["message"].get<std::string>().find(c.message_has),
              std::string::npos)
        << c.what << ": " << reply.raw;
  }

  // A coordinator of Karaganda region writes of its region only; a reporter of its
  // organization's events only.
  Reply coordinator =
      server_.As(Role::kCoordinator).Post("/api/v1/publications", Request({astana_}));
  EXPECT_EQ(coordinator.status, 403) << coordinator.raw;
  Reply reporter =
      server_.As(Role::kReporter, mine_).Post("/api/v1/publications", Request({osakarovka_}));
  EXPECT_EQ(reporter.status, 403) << reporter.raw;
  EXPECT_TRUE(server_.Get("/api/v1/publications").body["items"].empty());

  // Once an analyst confirms the figure, it may be cited.
  Reply reviewed = server_.Post(
      "/api/v1/analytics/reviews",
      {{"event_id", mine_event_}, {"attendance_text", "более 400"}, {"decision", "confirmed"}});
  ASSERT_EQ(reviewed.status, 201) << reviewed.raw;
  Reply mine =
      server_.As(Role::kReporter, mine_).Post("/api/v1/publications", Request({mine_event_}));
  ASSERT_EQ(mine.status, 201) << mine.raw;
  EXPECT_EQ(mine.body["organization_id"], mine_);
  EXPECT_NE(mine.body["text"].get<std::string>().find("более 400"), std::string::npos);
  Reply in_region = server_.As(Role::kCoordinator)
                        .Post("/api/v1/publications", Request({osakarovka_, mine_event_}));
  ASSERT_EQ(in_region.status, 201) << in_region.raw;
  EXPECT_EQ(in_region.body["region_code"], "350000000");
}

}  // namespace
}  // namespace kenes
