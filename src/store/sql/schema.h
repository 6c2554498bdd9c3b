// The schema as a list of versioned migrations, written once (in SQLite's dialect) and rendered
// for each database; applied in order when a store opens.
#pragma once

#include "core/result.h"
#include "store/sql/connection.h"

namespace kenes::sql {

// The schema version this build writes.
int CurrentSchemaVersion();

// Brings the database up to CurrentSchemaVersion(), each migration in its own transaction. A
// database written by a newer kenes is refused rather than damaged.
Status Migrate(Connection& connection);

}  // namespace kenes::sql
