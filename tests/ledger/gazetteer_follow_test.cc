// The gazetteer follows the record feed: places one server adds reach another server's gazetteer
// (here, two stores and two ledgers on one database, as two processes would have), its own places
// before PutPlaces returns, and a ledger whose cursor the feed was compacted past loads the places
// again in full. Runs against SQLite and PostgreSQL alike (support/test_database.h).
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <thread>

#include "ledger/reference_data.h"
#include "support/temp_dir.h"
#include "support/test_clock.h"
#include "support/test_database.h"

namespace kenes {
namespace {

Place Village(const std::string& code, const std::string& name) {
  return {code, PlaceLevel::kSettlement, PlaceKind::kVillage, "355600000", name, name, 300};
}

class GazetteerFollow : public ::testing::Test {
 protected:
  void SetUp() override {
    RecordProperty("backend", testing::TestingPostgres() ? "postgres" : "sqlite");
    database_ = std::make_unique<testing::TestDatabase>(dir_);
    store_a_ = testing::OpenTestStore(*database_);
    ledger_a_ = Ledger::Open(*store_a_, nullptr).value();
    ASSERT_TRUE(LoadReferenceData(*ledger_a_, KENES_DATA_DIR).ok());
    store_b_ = testing::OpenTestStore(*database_);
    ledger_b_ = Ledger::Open(*store_b_, nullptr).value();
  }

  // A write through `ledger` that writes nothing: what any request that writes does first.
  static void AnyWrite(Ledger& ledger) {
    ASSERT_TRUE(ledger.Write(Actor::System("test"), [](LedgerSession&) { return Ok(); }).ok());
  }

  testing::TempDir dir_;
  std::unique_ptr<testing::TestDatabase> database_;
  std::unique_ptr<Store> store_a_, store_b_;
  std::unique_ptr<Ledger> ledger_a_, ledger_b_;
};

TEST_F(GazetteerFollow, APlaceAddedByOneServerIsInTheOthersNextWrite) {
  ASSERT_EQ(ledger_b_->gazetteer()->Find("355633100"), nullptr);
  ASSERT_TRUE(ledger_a_->PutPlaces({Village("355633100", "Пионер")}).ok());
  EXPECT_NE(ledger_a_->gazetteer()->Find("355633100"), nullptr) << "its own, before it returns";
  AnyWrite(*ledger_b_);
  const Place* found = ledger_b_->gazetteer()->Find("355633100");
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->name_ru, "Пионер");
}

TEST_F(GazetteerFollow, APlaceAddedByOneServerReachesTheOthersReadsWithinASecond) {
  ASSERT_TRUE(ledger_a_->PutPlaces({Village("355633100", "Пионер")}).ok());
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(1);
  while (!ledger_b_->gazetteer()->Find("355633100") &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_NE(ledger_b_->gazetteer()->Find("355633100"), nullptr);
}

TEST_F(GazetteerFollow, ALedgerTheFeedWasCompactedPastLoadsThePlacesAgain) {
  AnyWrite(*ledger_b_);
  ASSERT_TRUE(ledger_a_->PutPlaces({Village("355633100", "Пионер")}).ok());
  // Something after the place, so the entry the compaction keeps (the newest) is not the place's.
  auto segments =
      store_a_->Read<std::vector<Segment>>([](Transaction& tx) { return tx.ListSegments(); });
  ASSERT_TRUE(segments.ok() && !segments->empty());
  ASSERT_TRUE(ledger_a_->PutSegments({segments->front()}).ok());
  // Two days on, nobody's cursor is live: the compaction folds the place's entry with the rest,
  // and b can no longer learn from the feed that places changed.
  testing::TestClock later;
  later.now = ParseUtc(SystemClock().NowUtc()).value() + 2 * 24 * 60 * 60;
  auto housekeeper = testing::OpenTestStore(*database_, later);
  ASSERT_TRUE(housekeeper->Write([](Transaction& tx) { return tx.CompactFeed(); }).ok());
  ASSERT_TRUE(store_b_->Read<RecordChanges>([](Transaction& tx) { return tx.ChangesSince(1, 1); })
                  .value()
                  .behind);
  AnyWrite(*ledger_b_);
  EXPECT_NE(ledger_b_->gazetteer()->Find("355633100"), nullptr);
}

}  // namespace
}  // namespace kenes
