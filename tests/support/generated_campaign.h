// A campaign made by `kenes gen`'s generator (bench/synthetic): small enough for a test, large
// enough that every figure has many regions, people who come again and coalition members. On a
// test database (a SQLite file, or a fresh PostgreSQL schema when the suite runs against
// PostgreSQL) with the reference data of data/.
#pragma once

#include <memory>

#include "ledger/ledger.h"
#include "store/store.h"
#include "support/temp_dir.h"
#include "support/test_database.h"
#include "synthetic/synthetic_campaign.h"

namespace kenes::testing {

class GeneratedCampaign {
 public:
  // Fails the test when the campaign cannot be made.
  explicit GeneratedCampaign(const synthetic::Options& options);

  Store& store() { return *store_; }

 private:
  TempDir dir_;
  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Ledger> ledger_;
};

}  // namespace kenes::testing
