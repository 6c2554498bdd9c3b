// The record feed is compacted (store.h, FeedCompaction): what every live reader has passed goes,
// and so does what is older than a day; what a live reader still needs stays; a reader whose
// cursor is before the fold is told it is behind. Time moves by the store's clock, not by sleeping.
// Runs against SQLite and PostgreSQL alike (support/test_database.h).
#include <gtest/gtest.h>

#include <memory>

#include "support/temp_dir.h"
#include "support/test_clock.h"
#include "support/test_database.h"

namespace kenes {
namespace {

constexpr UnixSeconds kHour = 60 * 60;

class FeedCompactionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    RecordProperty("backend", testing::TestingPostgres() ? "postgres" : "sqlite");
    database_ = std::make_unique<testing::TestDatabase>(dir_);
    store_ = testing::OpenTestStore(*database_, clock_);
    ASSERT_TRUE(store_
                    ->Write([&](Transaction& tx) -> Status {
                      KENES_ASSIGN(campaign_,
                                   tx.CreateCampaign({0, "Кампания", Date::FromCivil(2026, 2, 12),
                                                      Date::FromCivil(2026, 3, 14), std::nullopt}));
                      const std::vector<Place> places = {{"710000000", PlaceLevel::kRegion,
                                                          PlaceKind::kCity, "", "Астана", "Астана",
                                                          1'400'000}};
                      return tx.PutPlaces(places);
                    })
                    .ok());
    start_ = Head();
  }

  // Creates an event and returns the feed's head after it.
  std::int64_t AddEvent() {
    Event event;
    event.campaign_id = campaign_.id;
    event.date = Date::FromCivil(2026, 2, 24);
    event.place_code = "710000000";
    event.region_code = "710000000";
    EXPECT_TRUE(store_->Write<Event>([&](Transaction& tx) { return tx.CreateEvent(event); }).ok());
    return Head();
  }
  std::int64_t Head() {
    return store_->Read<RecordChanges>([](Transaction& tx) { return tx.ChangesSince(0, 0); })
        .value()
        .cursor;
  }
  RecordChanges Since(std::int64_t cursor) {
    return store_
        ->Read<RecordChanges>([&](Transaction& tx) { return tx.ChangesSince(cursor, 1000); })
        .value();
  }
  void Keep(std::string_view reader, std::int64_t cursor) {
    ASSERT_TRUE(
        store_->Write([&](Transaction& tx) { return tx.KeepFeedCursor(reader, cursor); }).ok());
  }
  void Compact() {
    ASSERT_TRUE(store_->Write([](Transaction& tx) { return tx.CompactFeed(); }).ok());
  }

  testing::TempDir dir_;
  testing::TestClock clock_;
  std::unique_ptr<testing::TestDatabase> database_;
  std::unique_ptr<Store> store_;
  Campaign campaign_;
  std::int64_t start_ = 0;  // the head after the campaign and its place
};

TEST_F(FeedCompactionTest, WhatEveryLiveCursorPassedIsFoldedAndWhatOneNeedsStays) {
  Keep("server a", start_);
  Keep("server b", start_);
  const std::int64_t first = AddEvent();
  const std::int64_t second = AddEvent();
  Keep("server a", second);
  Compact();
  // b still needs both events: they stay; only what both passed went.
  EXPECT_TRUE(Since(0).behind);
  RecordChanges for_b = Since(start_);
  EXPECT_FALSE(for_b.behind);
  // One run of ids, or two where PostgreSQL's sequence left a gap (a rehearsed write).
  ASSERT_FALSE(for_b.changes.empty());
  EXPECT_LE(for_b.changes.size(), 2u);
  for (const RecordChange& change : for_b.changes) EXPECT_EQ(change.kind, RecordKind::kEvent);
  EXPECT_EQ(for_b.cursor, second);

  Keep("server b", first);
  Compact();
  EXPECT_TRUE(Since(start_).behind);
  for_b = Since(first);
  EXPECT_FALSE(for_b.behind);
  ASSERT_EQ(for_b.changes.size(), 1u);
  EXPECT_EQ(for_b.changes[0].kind, RecordKind::kEvent);
  EXPECT_EQ(for_b.cursor, second);
  EXPECT_EQ(Head(), second);
}

TEST_F(FeedCompactionTest, ACursorNotKeptForAnHourIsNotLiveAndTheFeedGoesOnAfterTheFold) {
  Keep("server a", start_);
  const std::int64_t first = AddEvent();
  clock_.now += kHour - 1;
  Compact();
  EXPECT_FALSE(Since(start_).behind) << "a cursor kept within the hour is live";

  clock_.now += 2;
  Compact();
  EXPECT_TRUE(Since(start_).behind);
  EXPECT_FALSE(Since(first).behind);
  EXPECT_EQ(Head(), first);
  // The next entry comes after everything folded: a reader at the head misses nothing.
  const std::int64_t second = AddEvent();
  EXPECT_GT(second, first);
  const RecordChanges next = Since(first);
  EXPECT_FALSE(next.behind);
  ASSERT_EQ(next.changes.size(), 1u);
  EXPECT_EQ(next.changes[0].kind, RecordKind::kEvent);
  EXPECT_EQ(next.cursor, second);
}

TEST_F(FeedCompactionTest, EntriesOlderThanADayAreFoldedEvenForALiveCursor) {
  Keep("stuck server", start_);
  const std::int64_t first = AddEvent();
  Compact();  // notes that the feed reaches `first` now
  clock_.now += 23 * kHour;
  Keep("stuck server", start_);
  const std::int64_t second = AddEvent();
  Compact();
  EXPECT_FALSE(Since(start_).behind) << "nothing is a day old yet";

  clock_.now += 2 * kHour;
  Keep("stuck server", start_);
  Compact();
  EXPECT_TRUE(Since(start_).behind);
  const RecordChanges younger = Since(first);
  EXPECT_FALSE(younger.behind) << "the second event is 2 hours old and the reader needs it";
  ASSERT_EQ(younger.changes.size(), 1u);
  EXPECT_EQ(younger.cursor, second);
}

TEST_F(FeedCompactionTest, WithNoLiveReaderEverythingIsFoldedAndNothingNewIsLost) {
  AddEvent();
  const std::int64_t head = AddEvent();
  Compact();
  EXPECT_TRUE(Since(start_).behind);
  EXPECT_FALSE(Since(head).behind);
  EXPECT_EQ(Head(), head);
  // Compacting again with nothing new changes nothing.
  Compact();
  EXPECT_FALSE(Since(head).behind);
  EXPECT_EQ(Head(), head);
}

TEST_F(FeedCompactionTest, PlacesAreToldApartFromOtherReferenceData) {
  ASSERT_TRUE(store_
                  ->Write([](Transaction& tx) -> Status {
                    const std::vector<Place> places = {
                        {"350000000", PlaceLevel::kRegion, PlaceKind::kRegion, "",
                         "Карагандинская область", "Қарағанды облысы", std::nullopt}};
                    return tx.PutPlaces(places);
                  })
                  .ok());
  ASSERT_TRUE(
      store_
          ->Write([](Transaction& tx) {
            const std::vector<Segment> segments = {{"miners", "шахтёры", "шахтерлер", "miners"}};
            return tx.PutSegments(segments);
          })
          .ok());
  const RecordChanges feed = Since(start_);
  ASSERT_EQ(feed.changes.size(), 2u);
  EXPECT_EQ(feed.changes[0].kind, RecordKind::kPlace);
  EXPECT_EQ(feed.changes[1].kind, std::nullopt);
}

}  // namespace
}  // namespace kenes
