// Where a test keeps its campaign. The suite runs twice: against SQLite (a file in the test's
// folder) and, when KENES_TEST_POSTGRES names a PostgreSQL server (scripts/test starts one),
// against PostgreSQL, each test in a fresh schema of its own that is dropped when it ends.
#pragma once

#include <memory>
#include <string>

#include "store/clock.h"
#include "store/store.h"
#include "support/temp_dir.h"

namespace kenes::testing {

// True when this run of the suite is against PostgreSQL.
bool TestingPostgres();

class TestDatabase {
 public:
  // `name` is the file name used for SQLite.
  explicit TestDatabase(const TempDir& dir, const std::string& name = "kenes.db");
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  // What --db takes: a file path, or a postgresql:// URL.
  const std::string& location() const { return location_; }
  bool postgres() const { return !schema_.empty(); }

 private:
  std::string location_;
  std::string schema_;
};

// Opens a store on `database`, on `clock`, or throws. REQUIRES: `clock` outlives the store.
std::unique_ptr<Store> OpenTestStore(const TestDatabase& database,
                                     const Clock& clock = SystemClock());

}  // namespace kenes::testing
