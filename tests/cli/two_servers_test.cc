// Two kenes servers on one database, as a headquarters runs them behind a load balancer: a record
// edited through both at once changes once and the other edit is refused; a meeting confirmed
// twice at once is counted once; places added beside them reach both; their dashboards agree. Runs
// against SQLite (two processes on one file) and PostgreSQL alike.
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>

#include <atomic>
#include <barrier>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <thread>

#include "support/subprocess.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

namespace kenes {
namespace {

using nlohmann::json;
using testing::Child;
using testing::KenesBinary;
using testing::TempDir;

json Body(const httplib::Result& reply) {
  return reply ? json::parse(reply->body, nullptr, false) : json();
}

class TwoServers : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(testing::Run({KenesBinary(), "init", "--db", db_, "--starts", "2026-02-12", "--ends",
                            "2026-03-14"})
                  .exit_code,
              0);
    // Both servers take the same API token: accounts live in the database they share.
    const testing::Completed token =
        testing::Run({KenesBinary(), "token", "create", "--db", db_, "--user", "admin"});
    ASSERT_EQ(token.exit_code, 0) << token.err;
    std::string last = token.out.substr(0, token.out.find_last_not_of('\n') + 1);
    last = last.substr(last.find_last_of('\n') + 1);
    const httplib::Headers auth = {{"Authorization", "Bearer " + last}};
    a_ = std::make_unique<Child>(
        std::vector<std::string>{KenesBinary(), "serve", "--db", db_, "--port", "0"},
        dir_.path().string());
    b_ = std::make_unique<Child>(
        std::vector<std::string>{KenesBinary(), "serve", "--db", db_, "--port", "0"},
        dir_.path().string());
    const int port_a = a_->AnnouncedPort(), port_b = b_->AnnouncedPort();
    ASSERT_GT(port_a, 0);
    ASSERT_GT(port_b, 0);
    ASSERT_NE(port_a, port_b);
    client_a_ = std::make_unique<httplib::Client>("127.0.0.1", port_a);
    client_b_ = std::make_unique<httplib::Client>("127.0.0.1", port_b);
    client_a_->set_default_headers(auth);
    client_b_->set_default_headers(auth);
  }

  // Runs `a` and `b` at the same moment, each on its own thread.
  template <class A, class B>
  void AtOnce(A a, B b) {
    std::barrier start(2);
    std::thread first([&] {
      start.arrive_and_wait();
      a();
    });
    std::thread second([&] {
      start.arrive_and_wait();
      b();
    });
    first.join();
    second.join();
  }

  TempDir dir_;
  testing::TestDatabase database_{dir_};
  const std::string db_ = database_.location();
  std::unique_ptr<Child> a_, b_;
  std::unique_ptr<httplib::Client> client_a_, client_b_;
};

TEST_F(TwoServers, AnEventEditedThroughBothAtOnceChangesOnceAndTheOtherGets409) {
  auto created = client_a_->Post(
      "/api/v1/events", R"({"date":"2026-02-24","place_code":"352210000"})", "application/json");
  ASSERT_TRUE(created && created->status == 201);
  const std::string path = "/api/v1/events/" + Body(created)["id"].dump();
  for (int round = 0; round < 15; ++round) {
    const json read = Body(client_b_->Get(path));
    const int version = read["version"];
    int status_a = 0, status_b = 0;
    AtOnce(
        [&] {
          auto r = client_a_->Patch(path, json{{"version", version}, {"venue", "A"}}.dump(),
                                    "application/json");
          status_a = r ? r->status : -1;
        },
        [&] {
          auto r = client_b_->Patch(path, json{{"version", version}, {"venue", "B"}}.dump(),
                                    "application/json");
          status_b = r ? r->status : -1;
        });
    ASSERT_TRUE((status_a == 200 && status_b == 409) || (status_a == 409 && status_b == 200))
        << "round " << round << ": " << status_a << " and " << status_b;
    const json after = Body(client_a_->Get(path));
    EXPECT_EQ(after["version"], version + 1);
    EXPECT_EQ(after["venue"], status_a == 200 ? "A" : "B");
  }
}

TEST_F(TwoServers, ADraftConfirmedThroughBothAtOnceBecomesOneEvent) {
  std::ifstream file(std::string(KENES_DATA_DIR) + "/samples/press-karaganda-2026-02-24.txt");
  const std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  auto taken = client_a_->Post("/api/v1/intake", text, "text/plain");
  ASSERT_TRUE(taken && taken->status == 201) << (taken ? taken->body : "");
  const json drafts = Body(taken)["drafts"];
  ASSERT_EQ(drafts.size(), 9u);
  for (const json& draft : drafts) {
    const std::string path = "/api/v1/drafts/" + draft["id"].dump() + "/confirm";
    int status_a = 0, status_b = 0;
    AtOnce(
        [&] {
          auto r = client_a_->Post(path, "{}", "application/json");
          status_a = r ? r->status : -1;
        },
        [&] {
          auto r = client_b_->Post(path, "{}", "application/json");
          status_b = r ? r->status : -1;
        });
    EXPECT_TRUE((status_a == 201 && status_b == 409) || (status_a == 409 && status_b == 201))
        << status_a << " and " << status_b;
  }
  EXPECT_EQ(Body(client_a_->Get("/api/v1/stats"))["events"], 9);
  EXPECT_EQ(Body(client_b_->Get("/api/v1/stats"))["events"], 9);
}

TEST_F(TwoServers, OneMeetingReportedToBothServersAtOnceIsCountedOnce) {
  // Two outlets' reports of one meeting, taken in on different servers.
  const std::string first =
      " date 2026-02-24 В Доме культуры поселка Осакаровка прошла встреча с "
      "сельхозтоваропроизводителями района. Во встрече приняли участие около 200 человек.";
  const std::string second =
      " date 2026-02-24 Около 200 сельхозтоваропроизводителей собрались в Доме культуры "
      "поселка Осакаровка на встречу с членами коалиции.";
  const json draft_a = Body(client_a_->Post("/api/v1/intake", first, "text/plain"))["drafts"];
  const json draft_b = Body(client_b_->Post("/api/v1/intake", second, "text/plain"))["drafts"];
  ASSERT_EQ(draft_a.size(), 1u);
  ASSERT_EQ(draft_b.size(), 1u);
  int status_a = 0, status_b = 0;
  AtOnce(
      [&] {
        auto r = client_a_->Post("/api/v1/drafts/" + draft_a[0]["id"].dump() + "/confirm", "{}",
                                 "application/json");
        status_a = r ? r->status : -1;
      },
      [&] {
        auto r = client_b_->Post("/api/v1/drafts/" + draft_b[0]["id"].dump() + "/confirm", "{}",
                                 "application/json");
        status_b = r ? r->status : -1;
      });
  EXPECT_TRUE((status_a == 201 && status_b == 409) || (status_a == 409 && status_b == 201))
      << status_a << " and " << status_b;
  EXPECT_EQ(Body(client_b_->Get("/api/v1/stats"))["events"], 1);
}

TEST_F(TwoServers, BothDashboardsAgreeAfterWritesThroughEither) {
  // Warm both servers' in-memory figures first, so the test sees them kept up, not built afresh.
  const json before = Body(client_a_->Get("/api/v1/dashboard"));
  ASSERT_EQ(Body(client_b_->Get("/api/v1/dashboard"))["events"], before["events"]);
  const json event = {{"date", "2026-02-24"},
                      {"place_code", "355630100"},
                      {"venue", "Дом культуры"},
                      {"audience", {"farmers"}},
                      {"attendance", "около 300"}};
  auto created = client_a_->Post("/api/v1/events", event.dump(), "application/json");
  ASSERT_TRUE(created && created->status == 201) << (created ? created->body : "no answer");
  const json id = Body(created)["id"];
  for (const char* phone : {"+7 701 555 00 01", "+7 701 555 00 02"}) {
    const json checkin = {{"event_id", id}, {"participant", phone}};
    auto reply = client_b_->Post("/api/v1/checkins", checkin.dump(), "application/json");
    ASSERT_TRUE(reply && reply->status == 201) << (reply ? reply->body : "no answer");
  }
  // Each answer follows every committed write, whichever server took it: no waiting.
  const json a = Body(client_a_->Get("/api/v1/dashboard"));
  const json b = Body(client_b_->Get("/api/v1/dashboard"));
  EXPECT_EQ(a["events"], before["events"].get<int>() + 1);
  EXPECT_EQ(a["attendance"]["value"], before["attendance"]["value"].get<int>() + 300);
  EXPECT_EQ(a["reach"]["distinct"], before["reach"]["distinct"].get<int>() + 2);
  for (const char* figure : {"events", "attendance", "reach"}) {
    EXPECT_EQ(a[figure], b[figure]) << figure << " differs between the servers";
  }
}

TEST_F(TwoServers, PlacesImportedBesideThemReachBothServers) {
  const std::string kato = dir_.File("kato.csv");
  std::ofstream(kato) << "te,ab,cd,ef,hij,k,kaz_name,rus_name,nn\n"
                         "350000000,35,00,00,000,0,Қарағанды облысы,Карагандинская область,\n"
                         "355600000,35,56,00,000,0,Осакаров ауданы,Осакаровский район,\n"
                         "355633100,35,56,33,100,0,Пионер а.,с.Пионер,\n";
  ASSERT_EQ(testing::Run({KenesBinary(), "gazetteer", "import", "--db", db_, kato}).exit_code, 0);
  for (httplib::Client* client : {client_a_.get(), client_b_.get()}) {
    int status = 0;
    for (int tries = 0; tries < 50 && status != 200; ++tries) {
      auto reply = client->Get("/api/v1/places/355633100");
      status = reply ? reply->status : -1;
      if (status != 200) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_EQ(status, 200) << "a server did not learn of the new place within 5 seconds";
  }
}

}  // namespace
}  // namespace kenes

namespace kenes {
namespace {

// A phone's retry that reached the other server while its first try was still being written:
// one event, and both answers name it.
TEST_F(TwoServers, OneIdempotencyKeyAtBothServersAtOnceWritesOnce) {
  const httplib::Headers key = {{"Idempotency-Key", "2f1c7a52-3b1e-4d7a-9c0e-5b8f6a1d2e34"}};
  const std::string event =
      R"({"date":"2026-02-24","place_code":"355630100","attendance":"около 200"})";
  struct Answer {
    int status = -1;
    json body;
  };
  Answer a, b;
  const auto post = [&](httplib::Client& client, Answer& answer) {
    auto reply = client.Post("/api/v1/events", key, event, "application/json");
    if (!reply) return;
    answer.status = reply->status;
    answer.body = json::parse(reply->body, nullptr, false);
  };
  AtOnce([&] { post(*client_a_, a); }, [&] { post(*client_b_, b); });
  std::vector<json> created;
  for (const Answer* answer : {&a, &b}) {
    EXPECT_TRUE(answer->status == 201 || answer->status == 409)
        << answer->status << " " << answer->body.dump();
    if (answer->status == 201) created.push_back(answer->body["id"]);
  }
  ASSERT_FALSE(created.empty());
  if (created.size() == 2) {
    EXPECT_EQ(created[0], created[1]);
  }
  // Whichever answered 409 gets the kept answer on its retry.
  Answer retry;
  post(*client_b_, retry);
  EXPECT_EQ(retry.status, 201);
  EXPECT_EQ(retry.body["id"], created[0]);
  EXPECT_EQ(Body(client_a_->Get("/api/v1/stats"))["events"], 1);
}

}  // namespace
}  // namespace kenes
