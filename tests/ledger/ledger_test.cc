// The ledger's rules over a real SQLite file, without HTTP in between.
#include "ledger/ledger.h"

#include <gtest/gtest.h>

#include "ledger/importer.h"
#include "ledger/reference_data.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

namespace kenes {
namespace {

const Actor kTest = Actor::System("test");

class LedgerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = testing::OpenTestStore(database_);
    ledger_ = Ledger::Open(*store_, nullptr).value();
    ASSERT_TRUE(LoadReferenceData(*ledger_, KENES_DATA_DIR).ok());
    ASSERT_TRUE(ledger_
                    ->CreateCampaign(kTest, {0, "Кампания", Date::FromCivil(2026, 2, 12),
                                             Date::FromCivil(2026, 3, 14), std::nullopt})
                    .ok());
  }

  std::size_t CountEvents() {
    auto page = store_->Read<PageOf<Event>>([](Transaction& tx) { return tx.ListEvents({}); });
    return page.ok() ? page->items.size() : 0;
  }

  testing::TempDir dir_;
  testing::TestDatabase database_{dir_};
  std::unique_ptr<Store> store_;
  std::unique_ptr<Ledger> ledger_;
};

TEST_F(LedgerTest, ReferenceDataLoadsEveryRegion) {
  const auto gazetteer = ledger_->gazetteer();
  std::size_t regions = 0;
  for (const Place& place : gazetteer->places()) regions += place.level == PlaceLevel::kRegion;
  EXPECT_EQ(regions, 20u);
  ASSERT_NE(gazetteer->Find("355630100"), nullptr);
  EXPECT_EQ(gazetteer->RegionOf("355630100")->name_ru, "Карагандинская область");
}

TEST_F(LedgerTest, AnEventGetsItsRegionAndDistrictFromItsPlace) {
  Event event;
  event.date = Date::FromCivil(2026, 2, 24);
  event.place_code = "355630100";
  auto created =
      ledger_->Write<Event>(kTest, [&](LedgerSession& s) { return s.CreateEvent(event); });
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_EQ(created->region_code, "350000000");
  EXPECT_EQ(created->district_code, "355600000");
  auto campaigns =
      store_->Read<std::vector<Campaign>>([](Transaction& tx) { return tx.ListCampaigns(); });
  EXPECT_EQ(created->campaign_id, campaigns->front().id);
}

TEST_F(LedgerTest, AnImportWithOneBadLineImportsNothing) {
  const std::string jsonl =
      "{\"date\":\"2026-02-24\",\"place_code\":\"355630100\",\"attendance\":\"около 200\"}\n"
      "{\"date\":\"2026-02-25\",\"place_code\":\"352210000\"}\n"
      "\n"
      "{\"date\":\"2026-02-26\",\"place_code\":\"352210000\",\"attendance\":\"тьма\"}\n";
  auto imported = ImportRecords(*ledger_, kTest, RecordKind::kEvent, FileFormat::kJsonl, jsonl);
  ASSERT_FALSE(imported.ok());
  EXPECT_EQ(imported.error().field, "line 4: attendance");
  EXPECT_EQ(CountEvents(), 0u);
}

TEST_F(LedgerTest, ImportReportsProgressAndCounts) {
  std::string csv = "date,place_code,attendance\n";
  for (int i = 0; i < 5000; ++i) csv += "2026-02-24,355630100," + std::to_string(i % 300) + "\n";
  std::size_t reports = 0, last_records = 0;
  auto imported = ImportRecords(*ledger_, kTest, RecordKind::kEvent, FileFormat::kCsv, csv,
                                [&](std::size_t done, std::size_t total, std::size_t records) {
                                  // A retried import (store.h) counts again from the start.
                                  EXPECT_LE(done, total);
                                  EXPECT_LE(records, 5000u);
                                  last_records = records;
                                  ++reports;
                                });
  ASSERT_TRUE(imported.ok()) << imported.error().message;
  EXPECT_EQ(imported->records, 5000u);
  EXPECT_GE(reports, 2u);
  EXPECT_EQ(last_records, 5000u);
}

TEST_F(LedgerTest, APlaceNeedsAKnownParentAbove) {
  Place orphan{
      "355699100", PlaceLevel::kSettlement, PlaceKind::kVillage, "355699000", "Нигде", "Ешқайда",
      std::nullopt};
  Status refused = ledger_->PutPlaces({orphan});
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().field.find("parent_code"), std::string::npos);
  Place village{
      "355633100", PlaceLevel::kSettlement, PlaceKind::kVillage, "355600000", "Пионер", "Пионер",
      1200};
  ASSERT_TRUE(ledger_->PutPlaces({village}).ok());
  EXPECT_NE(ledger_->gazetteer()->Find("355633100"), nullptr);
}

TEST_F(LedgerTest, CheckInsNeedAKeyToHashRawIdentifiers) {
  Event event;
  event.date = Date::FromCivil(2026, 2, 24);
  event.place_code = "355630100";
  auto created =
      ledger_->Write<Event>(kTest, [&](LedgerSession& s) { return s.CreateEvent(event); });
  ASSERT_TRUE(created.ok());
  CheckIn checkin;
  checkin.event_id = created->id;
  auto refused = ledger_->Write<CheckIn>(
      kTest, [&](LedgerSession& s) { return s.CreateCheckIn(checkin, "870412300129"); });
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "participant");
}

}  // namespace
}  // namespace kenes
