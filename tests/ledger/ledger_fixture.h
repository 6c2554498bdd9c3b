// A ledger over a fresh SQLite file with the reference data and a campaign, on a clock the test
// sets: what the ledger tests share.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "core/instant.h"
#include "ledger/accounts.h"
#include "ledger/ledger.h"
#include "ledger/reference_data.h"
#include "store/sqlite/sqlite_store.h"
#include "support/temp_dir.h"
#include "support/test_clock.h"

namespace kenes::testing {

class LedgerFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = SqliteStore::Open(path(), clock_).value();
    ledger_ = Ledger::Open(*store_, nullptr, clock_).value();
    ASSERT_TRUE(LoadReferenceData(*ledger_, KENES_DATA_DIR).ok());
    ASSERT_TRUE(
        ledger_
            ->CreateCampaign(Actor::System("test"), {0, "Кампания", Date::FromCivil(2026, 2, 12),
                                                     Date::FromCivil(2026, 3, 14), std::nullopt})
            .ok());
  }

  std::string path() const { return dir_.File("kenes.db"); }

  TempDir dir_;
  TestClock clock_;
  std::unique_ptr<SqliteStore> store_;
  std::unique_ptr<Ledger> ledger_;
};

}  // namespace kenes::testing
