// The server as a process: the demo a new user starts, and what survives a kill -9.
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <mutex>
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

// The password the demo printed for `name` ("  observer     password XXXX  (...)"), or "".
std::string DemoPassword(const std::string& output, const std::string& name) {
  std::smatch match;
  if (!std::regex_search(output, match, std::regex("\\n  " + name + " +password (\\S+)")))
    return "";
  return match[1];
}

TEST(ServeProcess, TheDemoServesTheSampleCampaignAndStopsOnSigterm) {
  TempDir dir;
  testing::TestDatabase database(dir, "demo.db");
  const std::string db = database.location();
  Child demo({KenesBinary(), "demo", "--db", db, "--port", "0"}, dir.path().string());
  const int port = demo.AnnouncedPort();
  ASSERT_GT(port, 0);
  httplib::Client client("127.0.0.1", port);
  // Nothing but the landing page without signing in.
  auto refused = client.Get("/api/v1/stats");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 401);

  // The observer the demo printed signs in and reads the published totals with its cookie.
  const std::string output = demo.WaitForOutput("http://127.0.0.1:", 1);
  const std::string password = DemoPassword(output, "observer");
  ASSERT_FALSE(password.empty()) << output;
  for (const char* role : {"admin", "analyst", "coordinator", "reporter"}) {
    EXPECT_FALSE(DemoPassword(output, role).empty()) << role << " is missing:\n" << output;
  }
  auto login =
      client.Post("/api/v1/login", json{{"name", "observer"}, {"password", password}}.dump(),
                  "application/json");
  ASSERT_TRUE(login);
  ASSERT_EQ(login->status, 200) << login->body;
  const std::string cookie = login->get_header_value("Set-Cookie");
  const std::string session = cookie.substr(0, cookie.find(';'));
  auto stats = client.Get("/api/v1/stats", {{"Cookie", session}});
  ASSERT_TRUE(stats);
  ASSERT_EQ(stats->status, 200) << stats->body;
  const json body = json::parse(stats->body);
  EXPECT_EQ(body["events"], 10);
  EXPECT_EQ(body["by_region"][0]["name_ru"], "Карагандинская область");
  auto page = client.Get("/");
  ASSERT_TRUE(page);
  EXPECT_NE(page->body.find("kenes"), std::string::npos);
  demo.Signal(SIGTERM);
  EXPECT_EQ(demo.Wait(), 0);

  // Running the demo again does not overwrite the database unless asked.
  Child again({KenesBinary(), "demo", "--db", db, "--port", "0"}, dir.path().string());
  EXPECT_EQ(again.Wait(), 1);
}

// Every write the server acknowledged is in the database after the process is killed mid-write.
TEST(ServeProcess, AcknowledgedWritesSurviveSigkill) {
  TempDir dir;
  testing::TestDatabase database(dir);
  const std::string db = database.location();
  const std::string password_file = dir.File("admin-password");
  std::ofstream(password_file) << "correct horse battery staple\n";
  std::filesystem::permissions(
      password_file, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  ASSERT_EQ(testing::Run({KenesBinary(), "init", "--db", db, "--starts", "2026-02-12", "--ends",
                          "2026-03-14", "--admin-password-file", password_file})
                .exit_code,
            0);
  // Scripts write with a token; it is printed on the last line.
  const testing::Completed made =
      testing::Run({KenesBinary(), "token", "create", "--db", db, "--user", "admin"});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  std::string token = made.out.substr(0, made.out.find_last_not_of('\n') + 1);
  token = token.substr(token.find_last_of('\n') + 1);
  const httplib::Headers auth = {{"Authorization", "Bearer " + token}};
  std::vector<long> acknowledged;
  std::mutex acknowledged_mutex;
  {
    Child server({KenesBinary(), "serve", "--db", db, "--port", "0"}, dir.path().string());
    const int port = server.AnnouncedPort();
    ASSERT_GT(port, 0);
    std::atomic<bool> stop{false};
    std::vector<std::thread> writers;
    for (int w = 0; w < 4; ++w) {
      writers.emplace_back([&, w] {
        httplib::Client client("127.0.0.1", port);
        client.set_read_timeout(5);
        client.set_default_headers(auth);
        for (int i = 0; !stop; ++i) {
          const json event = {{"date", "2026-02-24"},
                              {"place_code", "355630100"},
                              {"venue", "writer " + std::to_string(w) + " #" + std::to_string(i)},
                              {"attendance", i}};
          auto reply = client.Post("/api/v1/events", event.dump(), "application/json");
          if (!reply) break;  // the server is gone
          if (reply->status == 201) {
            std::lock_guard lock(acknowledged_mutex);
            acknowledged.push_back(json::parse(reply->body)["id"].get<long>());
          }
        }
      });
    }
    // Let writes pile up, then kill without warning while they are in flight.
    while (true) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      std::lock_guard lock(acknowledged_mutex);
      if (acknowledged.size() >= 200) break;
    }
    server.Signal(SIGKILL);
    EXPECT_EQ(server.Wait(), -SIGKILL);
    stop = true;
    for (std::thread& writer : writers) writer.join();
  }
  ASSERT_GE(acknowledged.size(), 200u);

  Child restarted({KenesBinary(), "serve", "--db", db, "--port", "0"}, dir.path().string());
  const int port = restarted.AnnouncedPort();
  ASSERT_GT(port, 0);
  httplib::Client client("127.0.0.1", port);
  client.set_default_headers(auth);
  std::set<long> stored;
  for (std::string after = "0";;) {
    auto page = client.Get("/api/v1/events?limit=1000&after=" + after);
    ASSERT_TRUE(page);
    const json body = json::parse(page->body);
    for (const json& event : body["items"]) stored.insert(event["id"].get<long>());
    if (body["next_after"].is_null()) break;
    after = body["next_after"].dump();
  }
  for (long id : acknowledged) EXPECT_TRUE(stored.contains(id)) << "lost event " << id;
  // Beyond the acknowledged ones, at most the writes in flight when the kill came (one per writer).
  EXPECT_LE(stored.size(), acknowledged.size() + 4);
  // Each write landed with its audit entry, and the chain survived the kill whole.
  const testing::Completed verified = testing::Run({KenesBinary(), "audit", "verify", "--db", db});
  EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;
  auto history = client.Get("/api/v1/events/" + std::to_string(acknowledged.front()) + "/history");
  ASSERT_TRUE(history);
  EXPECT_EQ(json::parse(history->body)["items"][0]["actor"], "admin") << history->body;
}

}  // namespace
}  // namespace kenes
