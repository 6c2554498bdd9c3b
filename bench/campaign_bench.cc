// The campaign-scale benchmarks bench/run drives, each against a baseline measured in the same run:
//
//   campaign_bench import --base BASE.db --work DIR [--checkins N] [--seed S]
//     Bulk import of the synthetic check-ins: the rows of `kenes gen` for BASE's events, inserted
//     by SQLite itself (one transaction, one prepared INSERT, the same table, pragmas and indexes:
//     the baseline) into DIR/baseline.db, and through the ledger's bulk path (one transaction)
//     into DIR/kenes.db, which is then the campaign the other steps read.
//     Guards: at least 1,000,000 rows/s, and at least half the baseline's rate.
//
//   campaign_bench dashboard --db PATH [--runs N]
//     The whole dashboard computed from the store (Analytics: the change-feed check, the figures,
//     the theme examples read back), p50 over N runs; unfiltered, for one region, for one
//     segment, and right after a write. Against the same figures by plain SQL GROUP BY queries on
//     the same file. Also the time and memory to load the campaign.
//     Guards: p50 under 50 ms.
//
// A plain program rather than Google Benchmark: each figure is one long, stateful measurement
// (ten million rows into one transaction; a campaign loaded once), not a loop to repeat.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "analytics/analytics.h"
#include "ledger/ledger.h"
#include "store/open_store.h"
#include "synthetic/synthetic_campaign.h"

namespace kenes {
namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "campaign_bench: %s\n", message.c_str());
  std::exit(1);
}

template <class T>
T Must(Result<T> result, const std::string& what) {
  if (!result.ok()) Die(what + ": " + result.error().field + ": " + result.error().message);
  return std::move(result).value();
}

void MustOk(const Status& status, const std::string& what) {
  if (!status.ok()) Die(what + ": " + status.error().field + ": " + status.error().message);
}

// Resident memory of this process, from /proc: now and at its peak, in MiB.
std::pair<double, double> Memory() {
  std::ifstream status("/proc/self/status");
  double rss = 0, peak = 0;
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmRSS:", 0) == 0) rss = std::stod(line.substr(6)) / 1024;
    if (line.rfind("VmHWM:", 0) == 0) peak = std::stod(line.substr(6)) / 1024;
  }
  return {rss, peak};
}

std::string Arg(int argc, char** argv, const std::string& name, const std::string& fallback = "") {
  for (int i = 2; i + 1 < argc; ++i) {
    if (argv[i] == name) return argv[i + 1];
  }
  if (fallback.empty()) Die("missing " + name);
  return fallback;
}

double Percentile(std::vector<double> samples, double p) {
  std::sort(samples.begin(), samples.end());
  return samples[static_cast<std::size_t>(p * static_cast<double>(samples.size() - 1))];
}

void Exec(sqlite3* db, const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    Die(std::string("sqlite: ") + (error ? error : "?") + " in " + sql);
  }
}

int Import(int argc, char** argv) {
  const std::string base = Arg(argc, argv, "--base");
  const std::string work = Arg(argc, argv, "--work");
  synthetic::Options options;
  options.checkins = std::stoll(Arg(argc, argv, "--checkins", "10000000"));
  options.seed = std::stoull(Arg(argc, argv, "--seed", "1"));
  const std::string baseline_path = work + "/baseline.db";
  const std::string kenes_path = work + "/kenes.db";
  std::filesystem::create_directories(work);
  for (const std::string& path : {baseline_path, kenes_path}) {
    for (const char* suffix : {"", "-wal", "-shm", ".key"}) std::filesystem::remove(path + suffix);
    std::filesystem::copy_file(base, path);
  }
  // The rows, drawn once and kept in memory, so both sides insert the same rows and neither pays
  // for drawing them.
  std::vector<std::vector<CheckInRow>> chunks;
  {
    auto store = Must(OpenStore(base), "open " + base);
    const auto plan = Must(synthetic::PlanCheckIns(*store), "plan");
    MustOk(synthetic::ForEachCheckInChunk(plan, options,
                                          [&](std::span<const CheckInRow> rows) {
                                            chunks.emplace_back(rows.begin(), rows.end());
                                            return Ok();
                                          }),
           "draw");
  }

  // The baseline: SQLite inserting the same rows, with the store's own pragmas.
  double baseline_seconds = 0;
  std::int64_t baseline_rows = 0;
  {
    sqlite3* db = nullptr;
    if (sqlite3_open(baseline_path.c_str(), &db) != SQLITE_OK) Die("open " + baseline_path);
    Exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
    sqlite3_stmt* insert = nullptr;
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO checkins (version, event_id, participant, segment_code, "
                           "age_band, created_at) VALUES (1, ?, ?, ?, ?, ?)",
                           -1, &insert, nullptr) != SQLITE_OK) {
      Die(sqlite3_errmsg(db));
    }
    const std::string created_at = "2026-02-24T10:00:00Z";
    const auto start = Clock::now();
    Exec(db, "BEGIN");
    for (const auto& rows : chunks) {
      for (const CheckInRow& row : rows) {
        sqlite3_bind_int64(insert, 1, row.event_id);
        sqlite3_bind_blob(insert, 2, row.participant.data(), 16, SQLITE_STATIC);
        if (row.segment.empty()) {
          sqlite3_bind_null(insert, 3);
        } else {
          sqlite3_bind_text(insert, 3, row.segment.data(), static_cast<int>(row.segment.size()),
                            SQLITE_STATIC);
        }
        if (row.age_band) {
          const auto band = AgeBandName(*row.age_band);
          sqlite3_bind_text(insert, 4, band.data(), static_cast<int>(band.size()), SQLITE_STATIC);
        } else {
          sqlite3_bind_null(insert, 4);
        }
        sqlite3_bind_text(insert, 5, created_at.c_str(), -1, SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE) Die(sqlite3_errmsg(db));
        sqlite3_reset(insert);
        ++baseline_rows;
      }
    }
    Exec(db, "COMMIT");
    baseline_seconds = Seconds(start);
    sqlite3_finalize(insert);
    sqlite3_close(db);
  }

  // kenes: the same rows through the ledger's bulk path (its checks, the store's statements, the
  // record feed), in one transaction.
  double kenes_seconds = 0;
  std::int64_t kenes_rows = 0;
  {
    auto store = Must(OpenStore(kenes_path), "open " + kenes_path);
    auto ledger = Must(Ledger::Open(*store, nullptr), "ledger");
    const auto start = Clock::now();
    MustOk(ledger->Write(Actor::System("kenes gen"),
                         [&](LedgerSession& session) -> Status {
                           kenes_rows = 0;
                           for (const auto& rows : chunks) {
                             KENES_TRY(session.AppendCheckIns(rows));
                             kenes_rows += static_cast<std::int64_t>(rows.size());
                           }
                           return Ok();
                         }),
           "kenes rows");
    kenes_seconds = Seconds(start);
  }
  const double baseline_rate = static_cast<double>(baseline_rows) / baseline_seconds;
  const double kenes_rate = static_cast<double>(kenes_rows) / kenes_seconds;
  std::printf("import.rows %lld\n", static_cast<long long>(kenes_rows));
  std::printf("import.sqlite_rows_per_s %.0f\n", baseline_rate);
  std::printf("import.kenes_rows_per_s %.0f\n", kenes_rate);
  std::printf("import.kenes_seconds %.2f\n", kenes_seconds);
  std::printf("import.ratio_to_sqlite %.2f\n", kenes_rate / baseline_rate);
  return 0;
}

// The dashboard's figures by plain SQL: what a report built on GROUP BY queries would run.
double SqlDashboard(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) Die("open");
  static const char* kQueries[] = {
      "SELECT status, COUNT(*), COUNT(attendance_value), SUM(attendance_value), "
      "SUM(attendance_low), SUM(attendance_high) FROM events GROUP BY status",
      "SELECT region_code, COUNT(*), SUM(attendance_value), SUM(attendance_low), "
      "SUM(attendance_high) FROM events WHERE status = 'held' GROUP BY region_code",
      "SELECT date, COUNT(*), SUM(attendance_value), SUM(attendance_low), SUM(attendance_high) "
      "FROM events WHERE status = 'held' GROUP BY date",
      "SELECT a.segment_code, COUNT(*), SUM(e.attendance_value) FROM events e JOIN event_audience "
      "a ON a.event_id = e.id WHERE e.status = 'held' GROUP BY a.segment_code",
      "SELECT COUNT(*), COUNT(DISTINCT c.participant) FROM checkins c JOIN events e ON e.id = "
      "c.event_id WHERE e.status <> 'cancelled'",
      "SELECT COUNT(*) FROM (SELECT c.participant FROM checkins c JOIN events e ON e.id = "
      "c.event_id WHERE e.status <> 'cancelled' GROUP BY c.participant HAVING COUNT(*) > 1)",
      "SELECT region_code, stance, COUNT(*) FROM feedback GROUP BY region_code, stance",
      "SELECT segment_code, stance, COUNT(*) FROM feedback GROUP BY segment_code, stance",
      "SELECT provision_code, COUNT(*) FROM feedback_provisions GROUP BY provision_code",
      "SELECT district_code, COUNT(*), MAX(date) FROM events WHERE status = 'held' GROUP BY "
      "district_code",
      "SELECT p.code FROM places p WHERE p.level = 'district' AND NOT EXISTS (SELECT 1 FROM "
      "events e WHERE e.district_code = p.code AND e.status = 'held')",
  };
  const auto start = Clock::now();
  for (const char* sql : kQueries) {
    sqlite3_stmt* query = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &query, nullptr) != SQLITE_OK) Die(sqlite3_errmsg(db));
    while (sqlite3_step(query) == SQLITE_ROW) {
    }
    sqlite3_finalize(query);
  }
  const double seconds = Seconds(start);
  sqlite3_close(db);
  return seconds;
}

int Dashboard(int argc, char** argv) {
  const std::string path = Arg(argc, argv, "--db");
  const int runs = std::stoi(Arg(argc, argv, "--runs", "30"));
  auto store = Must(OpenStore(path), "open " + path);
  auto ledger = Must(Ledger::Open(*store, nullptr), "ledger");
  analytics::Analytics figures(*store);
  const Date as_of = Date::FromCivil(2026, 3, 14);

  const auto [rss_before, peak_before] = Memory();
  auto start = Clock::now();
  MustOk(figures.Refresh(), "load");
  const double load = Seconds(start);
  const auto [rss_loaded, peak_loaded] = Memory();
  std::printf("dashboard.load_seconds %.2f\n", load);
  std::printf("dashboard.load_rss_mib %.0f\n", rss_loaded - rss_before);
  std::printf("dashboard.load_peak_mib %.0f\n", peak_loaded);

  const auto measure = [&](const std::string& name, const analytics::Filter& filter,
                           const std::function<void()>& before) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
      if (before) before();
      const auto began = Clock::now();
      auto dashboard = figures.ComputeDashboard(filter, as_of);
      ms.push_back(Seconds(began) * 1000);
      if (!dashboard.ok()) Die(dashboard.error().message);
    }
    std::printf("dashboard.%s_p50_ms %.2f\n", name.c_str(), Percentile(ms, 0.5));
    std::printf("dashboard.%s_p90_ms %.2f\n", name.c_str(), Percentile(ms, 0.9));
    return Percentile(ms, 0.5);
  };
  const double all = measure("all", {}, {});
  analytics::Filter almaty;
  almaty.region_code = "750000000";
  measure("region", almaty, {});
  analytics::Filter youth;
  youth.segment = "youth";
  measure("segment", youth, {});
  analytics::Filter february;
  february.from = Date::FromCivil(2026, 2, 12);
  february.to = Date::FromCivil(2026, 2, 28);
  measure("february", february, {});
  // Each run preceded by a write: the figure must include it, so the feed is applied first.
  int written = 0;
  measure("after_write", {}, [&] {
    Event event;
    event.date = Date::FromCivil(2026, 3, 2);
    event.place_code = "710000000";
    event.attendance = ParseAttendance("около 100").value();
    MustOk(ledger->Write(Actor::System("kenes gen"),
                         [&](LedgerSession& session) -> Status {
                           KENES_TRY(session.CreateEvent(event));
                           return Ok();
                         }),
           "write");
    ++written;
  });
  auto totals = Must(figures.ComputeTotals({}), "totals");
  std::printf("dashboard.writes_seen %d\n", written);
  std::printf("dashboard.events %lld\n", static_cast<long long>(totals.events_held));

  std::vector<double> sql;
  for (int i = 0; i < 3; ++i) sql.push_back(SqlDashboard(path) * 1000);
  const double sql_p50 = Percentile(sql, 0.5);
  std::printf("dashboard.sql_group_by_p50_ms %.1f\n", sql_p50);
  std::printf("dashboard.ratio_sql_to_kenes %.1f\n", sql_p50 / all);
  return 0;
}

}  // namespace
}  // namespace kenes

int main(int argc, char** argv) {
  const std::string command = argc > 1 ? argv[1] : "";
  if (command == "import") return kenes::Import(argc, argv);
  if (command == "dashboard") return kenes::Dashboard(argc, argv);
  std::fprintf(stderr, "usage: campaign_bench import|dashboard ... (see the file's header)\n");
  return 2;
}
