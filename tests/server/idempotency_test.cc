// Idempotent writes: a field client that lost an answer sends the same request again with the
// same Idempotency-Key and gets the first answer, and nothing is written twice.
#include <gtest/gtest.h>

#include <barrier>
#include <ctime>
#include <thread>

#include "core/instant.h"
#include "support/test_server.h"

namespace kenes {
namespace {

using nlohmann::json;
using testing::Reply;
using testing::TestServer;

constexpr const char* kKey = "7b0d4c1e-8a2f-4e6b-b3c9-1d5e7f9a0b2c";

class Idempotency : public ::testing::Test {
 protected:
  Reply Send(const std::string& method, const std::string& path, const json& body,
             const std::string& key = kKey) {
    return server_.Send(method, path, body.is_null() ? "" : body.dump(), "application/json",
                        {{"Idempotency-Key", key}});
  }
  std::size_t Events() { return server_.Get("/api/v1/events").body["items"].size(); }
  static json Meeting(const std::string& attendance = "около 200") {
    return {{"date", "2026-02-24"}, {"place_code", "355630100"}, {"attendance", attendance}};
  }
  TestServer server_;
};

TEST_F(Idempotency, ARepeatGetsTheFirstAnswerAndWritesNothing) {
  Reply first = Send("POST", "/api/v1/events", Meeting());
  ASSERT_EQ(first.status, 201) << first.raw;
  Reply again = Send("POST", "/api/v1/events", Meeting());
  EXPECT_EQ(again.status, 201);
  EXPECT_EQ(again.raw, first.raw);
  EXPECT_EQ(again.headers.find("Idempotent-Replayed")->second, "true");
  EXPECT_EQ(first.headers.count("Idempotent-Replayed"), 0u);
  EXPECT_EQ(Events(), 1u);
  // The key in upper case is the same key.
  std::string upper = kKey;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  EXPECT_EQ(Send("POST", "/api/v1/events", Meeting(), upper).raw, first.raw);
  EXPECT_EQ(Events(), 1u);

  // PATCH and DELETE alike.
  const std::string path = "/api/v1/events/" + first.body["id"].dump();
  const char* edit_key = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  json edit = {{"version", first.body["version"]}, {"attendance", "около 250"}};
  Reply edited = Send("PATCH", path, edit, edit_key);
  ASSERT_EQ(edited.status, 200) << edited.raw;
  // Without the key the same PATCH would be a stale version; with it, the kept answer.
  Reply edited_again = Send("PATCH", path, edit, edit_key);
  EXPECT_EQ(edited_again.status, 200) << edited_again.raw;
  EXPECT_EQ(edited_again.raw, edited.raw);
  const char* delete_key = "1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  EXPECT_EQ(Send("DELETE", path, nullptr, delete_key).status, 204);
  EXPECT_EQ(Send("DELETE", path, nullptr, delete_key).status, 204);  // not a 404
  EXPECT_EQ(Events(), 0u);
}

TEST_F(Idempotency, TheSameKeyForAnotherRequestIsRefused) {
  ASSERT_EQ(Send("POST", "/api/v1/events", Meeting()).status, 201);
  Reply other = Send("POST", "/api/v1/events", Meeting("более 300"));
  EXPECT_EQ(other.status, 422) << other.raw;
  EXPECT_EQ(other.body["error"]["field"], "Idempotency-Key");
  EXPECT_EQ(Events(), 1u);
}

TEST_F(Idempotency, AKeyThatIsNotAUuidIsNamed) {
  Reply bad = Send("POST", "/api/v1/events", Meeting(), "queue-entry-7");
  EXPECT_EQ(bad.status, 400) << bad.raw;
  EXPECT_EQ(bad.body["error"]["field"], "Idempotency-Key");
  EXPECT_EQ(Events(), 0u);
}

// A refused request writes nothing and keeps nothing: corrected, it goes through with its key.
TEST_F(Idempotency, ARefusedRequestIsJudgedAfreshWhenCorrected) {
  json wrong = Meeting();
  wrong["place_code"] = "999999999";
  Reply refused = Send("POST", "/api/v1/events", wrong);
  EXPECT_EQ(refused.status, 400) << refused.raw;
  EXPECT_EQ(refused.body["error"]["field"], "place_code");
  Reply corrected = Send("POST", "/api/v1/events", Meeting());
  EXPECT_EQ(corrected.status, 201) << corrected.raw;
  EXPECT_EQ(Events(), 1u);
}

TEST_F(Idempotency, KeysBelongToTheirAccount) {
  testing::TestClient coordinator = server_.As(Role::kCoordinator);
  ASSERT_EQ(Send("POST", "/api/v1/events", Meeting()).status, 201);
  Reply theirs = coordinator.Send("POST", "/api/v1/events", Meeting().dump(), "application/json",
                                  {{"Idempotency-Key", kKey}});
  EXPECT_EQ(theirs.status, 201) << theirs.raw;
  EXPECT_EQ(theirs.headers.count("Idempotent-Replayed"), 0u);
  EXPECT_EQ(Events(), 2u);
}

// Eight tries of one request at once, as a client that retried on every timeout might send: one
// event, and every answer that is not a "retry shortly" is the same.
TEST_F(Idempotency, TriesAtOnceWriteOnce) {
  constexpr int kTries = 8;
  std::vector<Reply> replies(kTries);
  std::barrier start(kTries);
  std::vector<std::thread> threads;
  for (int i = 0; i < kTries; ++i) {
    threads.emplace_back([&, i] {
      testing::TestClient client = server_.Admin();
      start.arrive_and_wait();
      replies[i] = client.Send("POST", "/api/v1/events", Meeting().dump(), "application/json",
                               {{"Idempotency-Key", kKey}});
    });
  }
  for (auto& thread : threads) thread.join();
  std::string answer;
  for (const Reply& reply : replies) {
    if (reply.status == 409) continue;
    ASSERT_EQ(reply.status, 201) << reply.raw;
    if (answer.empty()) answer = reply.raw;
    EXPECT_EQ(reply.raw, answer);
  }
  EXPECT_FALSE(answer.empty());
  EXPECT_EQ(Events(), 1u);
}

// A key is kept 30 days: a key older than that is forgotten, and the same key then names a new
// request rather than being refused as one used for another.
TEST_F(Idempotency, AKeyOlderThanThirtyDaysIsForgotten) {
  auto admin = server_.ledger().store().Read<std::optional<User>>(
      [](Transaction& tx) { return tx.FindUser("admin"); });
  ASSERT_TRUE(admin.ok() && admin->has_value());
  const std::string account = std::to_string((*admin)->id);
  const auto keep = [&](const std::string& key, const std::string& created_at) {
    ASSERT_TRUE(server_.ledger()
                    .store()
                    .Write([&](Transaction& tx) -> Status {
                      StoredReply old{account, key, "another request", 0, "", "", created_at};
                      KENES_TRY(tx.ReserveStoredReply(old));
                      old.status = 201;
                      old.body = "{}";
                      old.content_type = "application/json";
                      return tx.CompleteStoredReply(old);
                    })
                    .ok());
  };
  keep(kKey, FormatUtc(std::time(nullptr) - 31 * 86'400));
  Reply fresh = Send("POST", "/api/v1/events", Meeting());
  EXPECT_EQ(fresh.status, 201) << fresh.raw;
  EXPECT_EQ(fresh.headers.count("Idempotent-Replayed"), 0u);
  EXPECT_EQ(Events(), 1u);

  // One 29 days old still holds.
  const char* recent = "2b1c7a52-3b1e-4d7a-9c0e-5b8f6a1d2e34";
  keep(recent, FormatUtc(std::time(nullptr) - 29 * 86'400));
  Reply held = Send("POST", "/api/v1/events", Meeting(), recent);
  EXPECT_EQ(held.status, 422) << held.raw;
  EXPECT_EQ(Events(), 1u);
}

}  // namespace
}  // namespace kenes
