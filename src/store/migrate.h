// Moves a whole campaign from one database to another (SQLite to PostgreSQL when a headquarters
// outgrows one machine), table by table in primary-key order, a batch a transaction. Run again
// after an interruption, it continues where the target stops. At the end it counts and checksums
// every table on both sides and fails if any differ.
//
// The source should not be written while it runs: stop the servers first.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/result.h"

namespace kenes {

struct TableCopy {
  std::string table;
  std::int64_t rows = 0;    // in both databases after the copy
  std::int64_t copied = 0;  // by this run (fewer than rows when it resumed)
  std::string checksum;     // of every row in key order, the same on both sides
};

// Called as a table's copy advances: the table, rows done, rows in all.
using MigrationProgress =
    std::function<void(const std::string& table, std::int64_t done, std::int64_t total)>;

Result<std::vector<TableCopy>> MigrateDatabase(const std::string& from, const std::string& to,
                                               const MigrationProgress& progress = {});

}  // namespace kenes
