// An online backup of an SQLite database: a consistent copy made while servers keep reading and
// writing it (SQLite's backup API copies pages in steps, restarting a step a writer disturbed).
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"

namespace kenes {

// Copies the database at `path` to `out` (replaced if it exists); returns the pages copied.
Result<std::int64_t> BackupSqlite(const std::string& path, const std::string& out);

}  // namespace kenes
