// First throughput figures of the campaign ledger, each against a baseline in the same run:
//   - events written through the ledger (validation, references, derived fields, child tables)
//     against SQLite inserting the same columns with one prepared statement;
//   - events read back by id from the store, and over HTTP on loopback.
// Run: build/release/bench/ledger_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <random>

#include "support/test_server.h"

namespace kenes {
namespace {

// Who the benchmark's writes are audited as.
const Actor kBench = Actor::System("bench");

// A keep-alive client acting as a fresh administrator account of `server`.
std::unique_ptr<httplib::Client> AdminClient(testing::TestServer& server) {
  auto client = std::make_unique<httplib::Client>("127.0.0.1", server.port());
  client->set_keep_alive(true);
  client->set_tcp_nodelay(true);
  client->set_default_headers(
      {{"Authorization", "Bearer " + server.TokenFor({"bench", Role::kAdmin, {}, {}, {}})}});
  return client;
}

Event SampleEvent(int i) {
  Event event;
  event.date = Date::FromCivil(2026, 2, 12) + (i % 30);
  event.place_code = i % 2 ? "355630100" : "352210000";
  event.venue = "Дом культуры №" + std::to_string(i);
  event.audience = {"farmers", "rural_residents"};
  event.attendance = Attendance{"около 200", Qualifier::kAbout, 200, 180, 220};
  return event;
}

// The baseline: the events table's columns, one prepared INSERT, one transaction.
void BM_SqliteBaselineInsert(benchmark::State& state) {
  testing::TempDir dir;
  sqlite3* db = nullptr;
  sqlite3_open(dir.File("baseline.db").c_str(), &db);
  sqlite3_exec(db,
               "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE events (id INTEGER "
               "PRIMARY KEY, version, campaign_id, kind, status, date, place_code, region_code, "
               "district_code, venue, attendance_text, attendance_qualifier, attendance_value, "
               "attendance_low, attendance_high, created_at, updated_at)",
               nullptr, nullptr, nullptr);
  sqlite3_stmt* insert = nullptr;
  sqlite3_prepare_v2(db,
                     "INSERT INTO events VALUES (NULL, 1, 1, 'meeting', 'held', ?, ?, '350000000', "
                     "'355600000', ?, 'около 200', 'about', 200, 180, 220, ?, ?)",
                     -1, &insert, nullptr);
  const std::int64_t batch = state.range(0);
  int i = 0;
  for (auto _ : state) {
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (std::int64_t n = 0; n < batch; ++n, ++i) {
      const Event event = SampleEvent(i);
      const std::string date = event.date.ToString();
      sqlite3_bind_text(insert, 1, date.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(insert, 2, event.place_code.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(insert, 3, event.venue.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(insert, 4, "2026-02-24T10:00:00Z", -1, SQLITE_STATIC);
      sqlite3_bind_text(insert, 5, "2026-02-24T10:00:00Z", -1, SQLITE_STATIC);
      sqlite3_step(insert);
      sqlite3_reset(insert);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  }
  state.SetItemsProcessed(state.iterations() * batch);
  sqlite3_finalize(insert);
  sqlite3_close(db);
}
BENCHMARK(BM_SqliteBaselineInsert)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_LedgerCreateEvents(benchmark::State& state) {
  testing::TestServer server;
  const std::int64_t batch = state.range(0);
  int i = 0;
  for (auto _ : state) {
    Status written = server.ledger().Write(kBench, [&](LedgerSession& session) -> Status {
      for (std::int64_t n = 0; n < batch; ++n) KENES_TRY(session.CreateEvent(SampleEvent(i++)));
      return Ok();
    });
    if (!written.ok()) state.SkipWithError(written.error().message.c_str());
  }
  state.SetItemsProcessed(state.iterations() * batch);
}
BENCHMARK(BM_LedgerCreateEvents)->Arg(1000)->Unit(benchmark::kMillisecond);

// Fills a server with `count` events and returns their ids.
std::vector<Id> Fill(testing::TestServer& server, int count) {
  std::vector<Id> ids;
  (void)server.ledger().Write(kBench, [&](LedgerSession& session) -> Status {
    for (int i = 0; i < count; ++i) {
      KENES_ASSIGN(Event event, session.CreateEvent(SampleEvent(i)));
      ids.push_back(event.id);
    }
    return Ok();
  });
  return ids;
}

void BM_StoreGetEvent(benchmark::State& state) {
  testing::TestServer server;
  const std::vector<Id> ids = Fill(server, 10000);
  std::mt19937 random(7);
  for (auto _ : state) {
    const Id id = ids[random() % ids.size()];
    auto event =
        server.ledger().store().Read<Event>([&](Transaction& tx) { return tx.GetEvent(id); });
    benchmark::DoNotOptimize(event);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_StoreGetEvent);

void BM_HttpGetEvent(benchmark::State& state) {
  testing::TestServer server;
  const std::vector<Id> ids = Fill(server, 10000);
  auto client = AdminClient(server);
  std::mt19937 random(7);
  for (auto _ : state) {
    auto reply = client->Get("/api/v1/events/" + std::to_string(ids[random() % ids.size()]));
    if (!reply || reply->status != 200) state.SkipWithError("GET failed");
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HttpGetEvent)->UseRealTime();

void BM_HttpCreateEvent(benchmark::State& state) {
  testing::TestServer server;
  auto client = AdminClient(server);
  const std::string body =
      R"({"date":"2026-02-24","place_code":"355630100","venue":"Дом культуры",)"
      R"("audience":["farmers"],"attendance":"около 200"})";
  for (auto _ : state) {
    auto reply = client->Post("/api/v1/events", body, "application/json");
    if (!reply || reply->status != 201) state.SkipWithError("POST failed");
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HttpCreateEvent)->UseRealTime();

}  // namespace
}  // namespace kenes

BENCHMARK_MAIN();
