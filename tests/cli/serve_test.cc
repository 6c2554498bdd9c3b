// The server as a process: the demo a new user starts, and what survives a kill -9.
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <regex>
#include <set>
#include <thread>

#include "support/held_write_lock.h"
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

// Makes a campaign in `db` with an admin account, and returns an API token of the admin, or ""
// after reporting a failure.
std::string InitWithAdminToken(const TempDir& dir, const std::string& db) {
  const std::string password_file = dir.File("admin-password");
  std::ofstream(password_file) << "correct horse battery staple\n";
  std::filesystem::permissions(
      password_file, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  const testing::Completed init =
      testing::Run({KenesBinary(), "init", "--db", db, "--starts", "2026-02-12", "--ends",
                    "2026-03-14", "--admin-password-file", password_file});
  EXPECT_EQ(init.exit_code, 0) << init.err;
  // Scripts write with a token; it is printed on the last line.
  const testing::Completed made =
      testing::Run({KenesBinary(), "token", "create", "--db", db, "--user", "admin"});
  EXPECT_EQ(made.exit_code, 0) << made.err;
  if (init.exit_code != 0 || made.exit_code != 0) return "";
  std::string token = made.out.substr(0, made.out.find_last_not_of('\n') + 1);
  return token.substr(token.find_last_of('\n') + 1);
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
  const std::string token = InitWithAdminToken(dir, db);
  ASSERT_FALSE(token.empty());
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

// Clients that connect at once, more than httplib's listen backlog of 5, all get through: the
// server listens with the system's backlog. With the server stopped (SIGSTOP) only the kernel
// answers handshakes, so every connection must fit in the accept queue; with a backlog of 5, 194
// of the load run's 200 coordinators starting together were dropped and retried, and some saw
// their first request closed unanswered (bench/load-run).
TEST(ServeProcess, ManyClientsConnectingAtOnceAreAllAccepted) {
  TempDir dir;
  testing::TestDatabase database(dir);
  const std::string db = database.location();
  ASSERT_FALSE(InitWithAdminToken(dir, db).empty());
  Child server({KenesBinary(), "serve", "--db", db, "--port", "0"}, dir.path().string());
  const int port = server.AnnouncedPort();
  ASSERT_GT(port, 0);
  server.Signal(SIGSTOP);
  constexpr int kClients = 100;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::vector<int> sockets;
  for (int i = 0; i < kClients; ++i) {
    const int socket = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    ASSERT_GE(socket, 0);
    sockets.push_back(socket);
    ::connect(socket, reinterpret_cast<const sockaddr*>(&address), sizeof address);
  }
  // A handshake the kernel completes takes microseconds on loopback; a dropped one is retried
  // after a second.
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  int connected = 0;
  for (int socket : sockets) {
    pollfd wait{socket, POLLOUT, 0};
    int error = 0;
    socklen_t size = sizeof error;
    if (::poll(&wait, 1, 0) == 1 &&
        ::getsockopt(socket, SOL_SOCKET, SO_ERROR, &error, &size) == 0 && error == 0) {
      ++connected;
    }
  }
  server.Signal(SIGCONT);
  EXPECT_EQ(connected, kClients);
  // And each is served once the server runs again.
  const std::string request = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
  int answered = 0;
  for (int socket : sockets) {
    pollfd writable{socket, POLLOUT, 0};
    if (::poll(&writable, 1, 5000) == 1 &&
        ::send(socket, request.data(), request.size(), MSG_NOSIGNAL) ==
            static_cast<ssize_t>(request.size())) {
      pollfd readable{socket, POLLIN, 0};
      char reply[12] = {};
      if (::poll(&readable, 1, 5000) == 1 && ::recv(socket, reply, sizeof reply, MSG_WAITALL) > 0 &&
          std::string(reply, 12) == "HTTP/1.1 200") {
        ++answered;
      }
    }
    ::close(socket);
  }
  EXPECT_EQ(answered, kClients);
}

// A field app's queue of writes, each entry with the Idempotency-Key it was given when queued.
struct QueueEntry {
  std::string key;
  std::string path;        // /api/v1/events or /api/v1/checkins
  json body;               // a check-in's event_id is filled in from its event's answer
  int event = -1;          // for a check-in: the index of its event's entry
  std::optional<long> id;  // set when the server acknowledged the entry (201)
};

// A version 4 UUID from `random`.
std::string NewKey(std::mt19937_64& random) {
  std::string hex;
  for (int i = 0; i < 2; ++i) {
    char part[17];
    std::snprintf(part, sizeof part, "%016llx", static_cast<unsigned long long>(random()));
    hex += part;
  }
  hex[12] = '4';                                                    // version 4
  hex[16] = "89ab"[std::stoi(hex.substr(16, 1), nullptr, 16) % 4];  // RFC 4122 variant
  return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
         hex.substr(16, 4) + "-" + hex.substr(20);
}

// What one sync of a queue did.
struct Synced {
  int acknowledged = 0;
  int replayed = 0;       // answers marked Idempotent-Replayed: the entry had landed before
  int answers_lost = 0;   // answers dropped on purpose (see Sync)
  bool complete = false;  // every entry acknowledged
};

// Sends the entries of `queue` not yet acknowledged, in order, each with its own key, the way
// the field app syncs; a 409 naming Idempotency-Key (the key still in flight) is waited out.
// Stops at the first request that gets no answer: the server is gone, the rest waits for the
// next sync. With `lose_every` > 0, the answer to every lose_every-th check-in is dropped as if
// the connection broke after the write landed: the entry stays unacknowledged. `progress` counts
// acknowledged entries as they come.
Synced Sync(int port, const httplib::Headers& auth, std::vector<QueueEntry>& queue, int lose_every,
            std::atomic<int>& progress) {
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(10);
  Synced synced;
  int checkins_sent = 0;
  for (QueueEntry& entry : queue) {
    if (entry.id) continue;
    json body = entry.body;
    if (entry.event >= 0) {
      if (!queue[entry.event].id) return synced;  // its event is not acknowledged yet
      body["event_id"] = *queue[entry.event].id;
    }
    httplib::Headers headers = auth;
    headers.emplace("Idempotency-Key", entry.key);
    while (true) {
      auto reply = client.Post(entry.path, headers, body.dump(), "application/json");
      if (!reply) return synced;
      if (reply->status == 409 && reply->body.find("\"Idempotency-Key\"") != std::string::npos) {
        std::this_thread::sleep_for(std::chrono::seconds(1));  // its Retry-After
        continue;
      }
      if (reply->status != 201) {
        ADD_FAILURE() << entry.path << " " << body.dump() << ": " << reply->status << " "
                      << reply->body;
        return synced;
      }
      if (reply->get_header_value("Idempotent-Replayed") == "true") ++synced.replayed;
      if (entry.event >= 0 && lose_every > 0 && ++checkins_sent % lose_every == 0) {
        ++synced.answers_lost;
        break;
      }
      entry.id = json::parse(reply->body)["id"].get<long>();
      ++synced.acknowledged;
      ++progress;
      break;
    }
  }
  synced.complete = std::all_of(queue.begin(), queue.end(),
                                [](const QueueEntry& entry) { return entry.id.has_value(); });
  return synced;
}

// Four phones sync their queues (10 events, each followed by 3 check-ins) to a server that is
// killed with SIGKILL in the middle of the sync, then restarted on the same database. Retrying
// every entry not acknowledged, with the key it was queued with, completes the queues with each
// entry stored exactly once: an entry that landed before the kill, its answer lost, is answered
// from the kept reply, not written again.
TEST(ServeProcess, AQueueSyncedAcrossASigkillIsStoredExactlyOnce) {
  TempDir dir;
  testing::TestDatabase database(dir);
  const std::string db = database.location();
  const std::string token = InitWithAdminToken(dir, db);
  ASSERT_FALSE(token.empty());
  const httplib::Headers auth = {{"Authorization", "Bearer " + token}};

  constexpr int kPhones = 4, kEventsEach = 10, kCheckInsEach = 3;
  std::vector<std::vector<QueueEntry>> queues(kPhones);
  for (int phone = 0; phone < kPhones; ++phone) {
    std::mt19937_64 random(phone);
    for (int e = 0; e < kEventsEach; ++e) {
      const int event = static_cast<int>(queues[phone].size());
      queues[phone].push_back(
          {NewKey(random),
           "/api/v1/events",
           {{"date", "2026-02-" + std::to_string(13 + e)},
            {"place_code", "355630100"},
            {"venue", "phone " + std::to_string(phone) + " event " + std::to_string(e)},
            {"attendance", 20 + e}},
           -1,
           {}});
      for (int c = 0; c < kCheckInsEach; ++c) {
        char participant[32];
        std::snprintf(participant, sizeof participant, "+7 701 %d%02d %02d 00", phone, e, c);
        queues[phone].push_back(
            {NewKey(random), "/api/v1/checkins", {{"participant", participant}}, event, {}});
      }
    }
  }
  const int entries = kPhones * kEventsEach * (1 + kCheckInsEach);

  int answers_lost = 0;
  {
    Child server({KenesBinary(), "serve", "--db", db, "--port", "0"}, dir.path().string());
    const int port = server.AnnouncedPort();
    ASSERT_GT(port, 0);
    std::atomic<int> progress{0};
    std::vector<Synced> first(kPhones);
    std::vector<std::thread> phones;
    for (int phone = 0; phone < kPhones; ++phone) {
      phones.emplace_back(
          [&, phone] { first[phone] = Sync(port, auth, queues[phone], 5, progress); });
    }
    // Kill without warning once a quarter of the entries are in, while the phones are sending.
    while (progress < entries / 4) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    server.Signal(SIGKILL);
    EXPECT_EQ(server.Wait(), -SIGKILL);
    for (std::thread& phone : phones) phone.join();
    for (const Synced& synced : first) {
      EXPECT_FALSE(synced.complete) << "the kill came after a phone had synced everything";
      answers_lost += synced.answers_lost;
    }
  }
  ASSERT_GT(answers_lost, 0);

  Child restarted({KenesBinary(), "serve", "--db", db, "--port", "0"}, dir.path().string());
  const int port = restarted.AnnouncedPort();
  ASSERT_GT(port, 0);
  int replayed = 0;
  std::atomic<int> progress{0};
  for (auto& queue : queues) {
    Synced synced;
    for (int pass = 0; pass < 5 && !synced.complete; ++pass) {
      synced = Sync(port, auth, queue, 0, progress);
      replayed += synced.replayed;
    }
    ASSERT_TRUE(synced.complete);
  }
  // Every answer dropped before the kill came back from the kept reply when its entry was sent
  // again; an entry in flight at the kill may add one more per phone.
  EXPECT_GE(replayed, answers_lost);
  EXPECT_LE(replayed, answers_lost + kPhones);

  // Read back through the API: each event once, under the id it was acknowledged with, and its
  // check-ins exactly the acknowledged ones.
  httplib::Client client("127.0.0.1", port);
  client.set_default_headers(auth);
  std::map<std::string, std::vector<long>> events_by_venue;
  for (std::string after = "0";;) {
    auto page = client.Get("/api/v1/events?limit=1000&after=" + after);
    ASSERT_TRUE(page);
    const json body = json::parse(page->body);
    for (const json& event : body["items"]) {
      events_by_venue[event["venue"].get<std::string>()].push_back(event["id"].get<long>());
    }
    if (body["next_after"].is_null()) break;
    after = body["next_after"].dump();
  }
  int events_stored = 0;
  for (const auto& [venue, ids] : events_by_venue) events_stored += static_cast<int>(ids.size());
  EXPECT_EQ(events_stored, kPhones * kEventsEach);
  for (const auto& queue : queues) {
    for (std::size_t i = 0; i < queue.size(); ++i) {
      if (queue[i].event >= 0) continue;
      const std::string venue = queue[i].body["venue"];
      EXPECT_EQ(events_by_venue[venue], std::vector<long>{*queue[i].id}) << venue;
      std::set<long> acknowledged;
      for (const QueueEntry& entry : queue) {
        if (entry.event == static_cast<int>(i)) acknowledged.insert(*entry.id);
      }
      auto listed = client.Get("/api/v1/checkins?limit=1000&event=" + std::to_string(*queue[i].id));
      ASSERT_TRUE(listed);
      ASSERT_EQ(listed->status, 200) << listed->body;
      const json page = json::parse(listed->body);
      std::multiset<long> stored;
      for (const json& checkin : page["items"]) {
        stored.insert(checkin["id"].get<long>());
      }
      EXPECT_EQ(stored, std::multiset<long>(acknowledged.begin(), acknowledged.end())) << venue;
      EXPECT_EQ(acknowledged.size(), static_cast<std::size_t>(kCheckInsEach)) << venue;
    }
  }
  const testing::Completed verified = testing::Run({KenesBinary(), "audit", "verify", "--db", db});
  EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;
}

}  // namespace
}  // namespace kenes

namespace kenes {
namespace {

// A campaign served by `kenes serve` as a process, with an administrator's API token: the tests
// that stop it with SIGTERM.
class StoppedServer : public ::testing::Test {
 protected:
  void SetUp() override {
    token_ = InitWithAdminToken(dir_, database_.location());
    ASSERT_FALSE(token_.empty());
    server_ = std::make_unique<testing::Child>(
        std::vector<std::string>{testing::KenesBinary(), "serve", "--db", database_.location(),
                                 "--port", "0"},
        dir_.path().string());
    port_ = server_->AnnouncedPort();
    ASSERT_GT(port_, 0);
  }

  // Sends SIGTERM and waits for the server to end; its exit code, and the seconds that took.
  std::pair<int, double> Terminate() {
    const auto signalled = std::chrono::steady_clock::now();
    server_->Signal(SIGTERM);
    const int code = server_->Wait();
    return {code,
            std::chrono::duration<double>(std::chrono::steady_clock::now() - signalled).count()};
  }

  TempDir dir_;
  testing::TestDatabase database_{dir_};
  std::string token_;
  std::unique_ptr<testing::Child> server_;
  int port_ = 0;
};

// A server busy with a burst of costly requests on many kept-alive connections still stops within
// five seconds of SIGTERM, and cleanly.
TEST_F(StoppedServer, SigtermDuringABurstStopsWithinFiveSeconds) {
  std::atomic<bool> stop{false};
  std::atomic<int> answered{0};
  std::vector<std::thread> clients;
  for (int i = 0; i < 32; ++i) {
    clients.emplace_back([&, i] {
      httplib::Client client("127.0.0.1", port_);
      client.set_keep_alive(true);
      client.set_bearer_token_auth(token_);
      client.set_read_timeout(10);
      while (!stop) {
        auto reply = client.Get(i % 2 ? "/api/v1/stats" : "/api/v1/dashboard?segment=miners");
        if (!reply) break;  // the server went away
        ++answered;
      }
    });
  }
  while (answered < 200) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  const auto [code, took] = Terminate();
  stop = true;
  for (std::thread& client : clients) client.join();
  EXPECT_EQ(code, 0);
  EXPECT_LT(took, 5.0);
}

// A write waiting for the database (another writer holds the lock it needs: on SQLite the file's
// write lock, on PostgreSQL the audit chain's) does not hold a stop up: SIGTERM ends the server
// within five seconds, the waiting client is told the server is stopping, and its write is not
// kept.
TEST_F(StoppedServer, SigtermWhileAWriteWaitsForTheDatabaseStopsWithinFiveSeconds) {
  auto holder_store = testing::OpenTestStore(database_);
  testing::HeldWriteLock held(*holder_store);
  std::optional<httplib::Result> answer;
  std::thread writer([&] {
    httplib::Client client("127.0.0.1", port_);
    client.set_bearer_token_auth(token_);
    client.set_read_timeout(20);
    const json event = {{"date", "2026-02-24"}, {"place_code", "355630100"}};
    answer.emplace(client.Post("/api/v1/events", event.dump(), "application/json"));
  });
  // Long enough for the write to reach the lock and wait on it.
  std::this_thread::sleep_for(std::chrono::seconds(1));
  const auto [code, took] = Terminate();
  writer.join();
  held.Release();

  EXPECT_EQ(code, 0);
  EXPECT_LT(took, 5.0);
  ASSERT_TRUE(answer && *answer) << "the waiting client got no answer";
  EXPECT_EQ((*answer)->status, 503) << (*answer)->body;
  EXPECT_EQ(json::parse((*answer)->body)["error"]["field"], "server");
  auto events =
      holder_store->Read<PageOf<Event>>([](Transaction& tx) { return tx.ListEvents({}); });
  ASSERT_TRUE(events.ok());
  EXPECT_TRUE(events->items.empty()) << "the stopped write was kept";
}

}  // namespace
}  // namespace kenes
