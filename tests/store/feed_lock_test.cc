// Two campaigns kept in two schemas of one PostgreSQL database (as the tests keep theirs, and as a
// host may) write independently: a write held open in one does not hold up a write in the other.
// The record feed's lock (store/sql/record_feed_schema.h) and the keyed locks (LockKey: the audit
// log's chain, a meeting's duplicate check) were one for the whole database, and a long import in
// one schema held a browser test's event in another for a minute.
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <thread>

#include "support/temp_dir.h"
#include "support/test_database.h"

namespace kenes {
namespace {

Campaign SampleCampaign() {
  return {0, "Разъяснительная кампания", Date::FromCivil(2026, 2, 12), Date::FromCivil(2026, 3, 14),
          Date::FromCivil(2026, 3, 15)};
}

// Holds a write open in one schema's store, taking `lock` in it, and meanwhile writes in another
// schema's, taking the same `lock` there: true when the second finished within 30 s while the
// first was still open.
bool WritesWhileAnotherSchemaHolds(const std::function<Status(Transaction&)>& lock) {
  testing::TempDir dir;
  testing::TestDatabase first_database(dir, "first.db");
  testing::TestDatabase second_database(dir, "second.db");
  auto first = testing::OpenTestStore(first_database);
  auto second = testing::OpenTestStore(second_database);

  // The first campaign's write takes the lock and stays open.
  std::promise<void> entered;
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  bool told = false;
  std::thread holder([&] {
    const Status held = first->Write([&](Transaction& tx) -> Status {
      KENES_TRY(lock(tx));
      if (!told) {  // a rehearsed write runs twice; the test waits for the first time
        told = true;
        entered.set_value();
      }
      released.wait();
      return Ok();
    });
    EXPECT_TRUE(held.ok()) << held.error().message;
  });
  entered.get_future().wait();

  auto other = std::async(std::launch::async,
                          [&] { return second->Write([&](Transaction& tx) { return lock(tx); }); });
  const bool finished = other.wait_for(std::chrono::seconds(30)) == std::future_status::ready;
  release.set_value();
  holder.join();
  const Status written = other.get();
  EXPECT_TRUE(written.ok()) << written.error().message;
  return finished;
}

TEST(FeedLock, AWriteHeldOpenInOneSchemaDoesNotHoldUpAnother) {
  if (!testing::TestingPostgres()) {
    GTEST_SKIP() << "on SQLite each campaign is a file of its own: there is no lock to share";
  }
  // Creating a campaign enters the record feed (a campaign is reference data).
  EXPECT_TRUE(WritesWhileAnotherSchemaHolds([](Transaction& tx) -> Status {
    KENES_TRY(tx.CreateCampaign(SampleCampaign()));
    return Ok();
  })) << "the second schema's write waited for the first schema's feed lock";
  // Every audited write takes the audit log's lock.
  EXPECT_TRUE(WritesWhileAnotherSchemaHolds([](Transaction& tx) {
    return tx.LockKey("audit_log");
  })) << "the second schema's write waited for the first schema's audit log";
}

}  // namespace
}  // namespace kenes
