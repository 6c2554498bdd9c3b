// Moving a campaign between databases: from an SQLite file to the database of this run (another
// SQLite file, or PostgreSQL in the PostgreSQL pass).
#include "store/migrate.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <map>
#include <set>

#include "analytics/analytics.h"
#include "crypto/participant_hasher.h"
#include "ledger/demo.h"
#include "ledger/ledger.h"
#include "ledger/reference_data.h"
#include "store/sql/schema.h"
#include "store/sqlite/sqlite_store.h"
#include "support/test_database.h"

namespace kenes {
namespace {

// A source campaign: the demo, plus check-ins, in an SQLite file.
class Migration : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = SqliteStore::Open(source_);
    ASSERT_TRUE(store.ok());
    std::array<unsigned char, ParticipantHasher::kKeyBytes> key{};
    ParticipantHasher hasher(key);
    auto ledger = Ledger::Open(**store, &hasher);
    ASSERT_TRUE(ledger.ok());
    ASSERT_TRUE(LoadReferenceData(**ledger, KENES_DATA_DIR).ok());
    ASSERT_TRUE(LoadDemo(**ledger, KENES_DATA_DIR).ok());
    AddCheckIns(**ledger, hasher, 3);
  }

  static void AddCheckIns(Ledger& ledger, const ParticipantHasher& hasher, int count) {
    ASSERT_TRUE(ledger
                    .Write(Actor::System("test"),
                           [&](LedgerSession& session) -> Status {
                             for (int i = 0; i < count; ++i) {
                               CheckIn checkin;
                               checkin.event_id = 1 + i % 5;
                               checkin.participant_hash =
                                   hasher.Hash("+7 701 000 00 " + std::to_string(10 + i)).value();
                               KENES_TRY(session.CreateCheckIn(checkin, ""));
                             }
                             return Ok();
                           })
                    .ok());
  }

  testing::TempDir dir_;
  const std::string source_ = dir_.File("source.db");
  testing::TestDatabase target_{dir_, "target.db"};
};

TEST_F(Migration, TheTableListCoversTheSchema) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(source_.c_str(), &db), SQLITE_OK);
  std::set<std::string> listed;
  for (const sql::TableInfo& table : sql::CampaignTables()) {
    listed.insert(table.name);
    const std::string select = "SELECT " + [&] {
      std::string columns;
      for (const auto& c : table.columns) columns += (columns.empty() ? "" : ", ") + c;
      return columns;
    }() + " FROM " + table.name;
    EXPECT_EQ(sqlite3_exec(db, select.c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
        << table.name << ": " << sqlite3_errmsg(db);
  }
  sqlite3_stmt* tables = nullptr;
  sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &tables,
                     nullptr);
  while (sqlite3_step(tables) == SQLITE_ROW) {
    const std::string name = reinterpret_cast<const char*>(sqlite3_column_text(tables, 0));
    // Bookkeeping: the target keeps its own.
    if (name == "schema_migrations" || name == "login_attempts" || name == "record_changes" ||
        name.starts_with("feed_")) {
      continue;
    }
    EXPECT_TRUE(listed.contains(name)) << "table " << name << " would not be migrated";
  }
  sqlite3_finalize(tables);
  sqlite3_close(db);
}

TEST_F(Migration, ACampaignMovesWithEveryRowAndTheSameTotals) {
  auto report = MigrateDatabase("sqlite:" + source_, target_.location());
  ASSERT_TRUE(report.ok()) << report.error().message;
  std::map<std::string, std::int64_t> rows;
  for (const TableCopy& table : *report) {
    rows[table.table] = table.rows;
    EXPECT_EQ(table.copied, table.rows) << table.table;
    EXPECT_EQ(table.checksum.size(), 16u);
  }
  EXPECT_EQ(rows["events"], 10);
  EXPECT_EQ(rows["checkins"], 3);
  EXPECT_EQ(rows["places"], 296);

  auto source = SqliteStore::Open(source_).value();
  const analytics::Stats before = analytics::Analytics(*source).ComputeStats({}).value();
  auto target = testing::OpenTestStore(target_);
  const analytics::Stats after = analytics::Analytics(*target).ComputeStats({}).value();
  EXPECT_EQ(after.totals.events_held, before.totals.events_held);
  EXPECT_EQ(after.totals.attendance, before.totals.attendance);
  EXPECT_EQ(after.distinct_participants, before.distinct_participants);
  EXPECT_EQ(after.coalition.claimed_members, before.coalition.claimed_members);

  // The target takes new records with new ids (PostgreSQL may skip some: its sequences do not
  // roll back).
  auto created = target->Write<Event>([](Transaction& tx) -> Result<Event> {
    KENES_ASSIGN(Event copy, tx.GetEvent(1));
    copy.id = 0;
    return tx.CreateEvent(copy);
  });
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_GT(created->id, 10);
}

TEST_F(Migration, ARunAgainContinuesWhereTheTargetStops) {
  ASSERT_TRUE(MigrateDatabase("sqlite:" + source_, target_.location()).ok());
  {
    auto store = SqliteStore::Open(source_).value();
    std::array<unsigned char, ParticipantHasher::kKeyBytes> key{};
    ParticipantHasher hasher(key);
    auto ledger = Ledger::Open(*store, &hasher).value();
    ASSERT_TRUE(ledger
                    ->Write(Actor::System("test"),
                            [&](LedgerSession& session) -> Status {
                              for (const char* phone : {"+7 701 111 11 11", "+7 701 222 22 22"}) {
                                CheckIn checkin;
                                checkin.event_id = 2;
                                checkin.participant_hash = hasher.Hash(phone).value();
                                KENES_TRY(session.CreateCheckIn(checkin, ""));
                              }
                              return Ok();
                            })
                    .ok());
  }
  auto again = MigrateDatabase("sqlite:" + source_, target_.location());
  ASSERT_TRUE(again.ok()) << again.error().message;
  for (const TableCopy& table : *again) {
    // The two check-ins, and the audit log's entry for each.
    const bool grew = table.table == "checkins" || table.table == "audit_log";
    EXPECT_EQ(table.copied, grew ? 2 : 0) << table.table;
  }
}

TEST_F(Migration, ATargetHoldingAnotherCampaignIsRefused) {
  {
    auto target = testing::OpenTestStore(target_);
    ASSERT_TRUE(target
                    ->Write([](Transaction& tx) -> Status {
                      KENES_TRY(
                          tx.CreateCampaign({0, "Другая кампания", Date::FromCivil(2025, 1, 1),
                                             Date::FromCivil(2025, 2, 1), std::nullopt}));
                      return Ok();
                    })
                    .ok());
  }
  auto refused = MigrateDatabase("sqlite:" + source_, target_.location());
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("used for something else"), std::string::npos)
      << refused.error().message;
}

}  // namespace
}  // namespace kenes

namespace kenes {
namespace {

// A database kenes wrote before events had source_url and language, and documents their address:
// opened now, it gains the columns (derived from the event's fields, and migration 9), and every
// row it had is as it was.
TEST_F(Migration, AnOlderDatabaseGainsTheNewColumnsWithItsRowsIntact) {
  const auto read_events = [&] {
    auto store = SqliteStore::Open(source_);
    EXPECT_TRUE(store.ok());
    std::vector<Event> events;
    EXPECT_TRUE((*store)
                    ->Read([&](Transaction& tx) -> Status {
                      EventFilter filter;
                      filter.page.limit = Page::kMaxLimit;
                      KENES_ASSIGN(PageOf<Event> page, tx.ListEvents(filter));
                      events = page.items;
                      return Ok();
                    })
                    .ok());
    return events;
  };
  const std::vector<Event> before = read_events();
  ASSERT_FALSE(before.empty());

  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(source_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "ALTER TABLE events DROP COLUMN source_url; "
                         "ALTER TABLE events DROP COLUMN language; "
                         "ALTER TABLE documents DROP COLUMN source_url; "
                         "DELETE FROM schema_migrations WHERE version = 9;",
                         nullptr, nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);

  const std::vector<Event> after = read_events();
  ASSERT_EQ(after.size(), before.size());
  for (std::size_t i = 0; i < after.size(); ++i) {
    EXPECT_EQ(after[i].id, before[i].id);
    EXPECT_EQ(after[i].version, before[i].version);
    EXPECT_EQ(after[i].venue, before[i].venue);
    EXPECT_EQ(after[i].attendance, before[i].attendance);
    EXPECT_EQ(after[i].audience, before[i].audience);
    EXPECT_EQ(after[i].updated_at, before[i].updated_at);
    EXPECT_EQ(after[i].source_url, "");
    EXPECT_FALSE(after[i].language);
  }

  // The columns are back, and an event can fill them.
  auto store = SqliteStore::Open(source_);
  ASSERT_TRUE(store.ok());
  Event changed = after.front();
  changed.source_url = "https://example.kz/news/1";
  changed.language = PublicationLanguage::kKazakh;
  ASSERT_TRUE((*store)
                  ->Write([&](Transaction& tx) -> Status {
                    KENES_ASSIGN(Event updated, tx.UpdateEvent(changed));
                    (void)updated;
                    return Ok();
                  })
                  .ok());
  ASSERT_TRUE((*store)
                  ->Read([&](Transaction& tx) -> Status {
                    KENES_ASSIGN(Event read, tx.GetEvent(changed.id));
                    EXPECT_EQ(read.source_url, "https://example.kz/news/1");
                    EXPECT_EQ(read.language, PublicationLanguage::kKazakh);
                    return Ok();
                  })
                  .ok());
}

}  // namespace
}  // namespace kenes
