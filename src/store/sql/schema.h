// The schema as a list of versioned migrations, written once (in SQLite's dialect) and rendered
// for each database; applied in order when a store opens.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "store/sql/connection.h"

namespace kenes::sql {

// A table as the migration between databases copies it: its columns, the columns of its
// primary key (rows are copied in that order), and which columns hold bytes.
struct TableInfo {
  std::string name;
  std::vector<std::string> columns;
  std::vector<std::string> key;
  std::vector<std::string> blobs;
};

// Every table that holds campaign data, parents before children. Tables the schema has beyond
// these are bookkeeping (schema_migrations, login_attempts, the record feed: record_changes and
// feed_*) and are not copied.
const std::vector<TableInfo>& CampaignTables();

// The schema version this build writes.
int CurrentSchemaVersion();

// Brings the database up to CurrentSchemaVersion(), all the missing migrations in one transaction:
// a failed one leaves the database at its old version. A database written by a newer kenes is
// refused rather than damaged.
Status Migrate(Connection& connection);

}  // namespace kenes::sql
