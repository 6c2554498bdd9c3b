// Two campaigns kept in two schemas of one PostgreSQL database (as the tests keep theirs, and as a
// host may) write independently: a write held open in one does not hold up a write in the other.
// The record feed's lock (store/sql/record_feed_schema.h) was one for the whole database, and a
// long import in one schema once held a browser test's event in another for a minute.
#include <gtest/gtest.h>

#include <chrono>
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

TEST(FeedLock, AWriteHeldOpenInOneSchemaDoesNotHoldUpAnother) {
  if (!testing::TestingPostgres()) {
    GTEST_SKIP() << "on SQLite each campaign is a file of its own: there is no lock to share";
  }
  testing::TempDir dir;
  testing::TestDatabase first_database(dir, "first.db");
  testing::TestDatabase second_database(dir, "second.db");
  auto first = testing::OpenTestStore(first_database);
  auto second = testing::OpenTestStore(second_database);

  // The first campaign's write enters the feed (a campaign is reference data) and stays open.
  std::promise<void> entered;
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  bool told = false;
  std::thread holder([&] {
    const Status held = first->Write([&](Transaction& tx) -> Status {
      KENES_TRY(tx.CreateCampaign(SampleCampaign()));
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

  auto other = std::async(std::launch::async, [&] {
    return second->Write([&](Transaction& tx) -> Status {
      KENES_TRY(tx.CreateCampaign(SampleCampaign()));
      return Ok();
    });
  });
  const bool finished = other.wait_for(std::chrono::seconds(30)) == std::future_status::ready;
  release.set_value();
  holder.join();
  EXPECT_TRUE(finished) << "the second schema's write waited for the first schema's";
  const Status written = other.get();
  EXPECT_TRUE(written.ok()) << written.error().message;
}

}  // namespace
}  // namespace kenes
