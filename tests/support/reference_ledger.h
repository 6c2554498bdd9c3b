// A test database (a SQLite file, or a fresh PostgreSQL schema when the suite runs against
// PostgreSQL) with the reference data of data/ loaded and a ledger over it: what every test
// campaign (small_campaign.h, generated_campaign.h) is written into.
#pragma once

#include <memory>

#include "ledger/ledger.h"
#include "store/store.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

namespace kenes::testing {

class ReferenceLedger {
 public:
  // Fails the test (an exception) when the database or the reference data cannot be set up.
  ReferenceLedger();

  Store& store() { return *store_; }
  Ledger& ledger() { return *ledger_; }
  const TestDatabase& database() const { return *database_; }

 private:
  TempDir dir_;
  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Ledger> ledger_;
};

}  // namespace kenes::testing
