// The SQLite schema as a list of versioned migrations, applied in order when a database opens.
#pragma once

#include "core/result.h"
#include "store/sqlite/connection.h"

namespace kenes::sqlite {

// The schema version this build writes.
int CurrentSchemaVersion();

// Brings the database up to CurrentSchemaVersion(), each migration in its own transaction. A
// database written by a newer kenes is refused rather than damaged.
Status Migrate(Connection& connection);

}  // namespace kenes::sqlite
