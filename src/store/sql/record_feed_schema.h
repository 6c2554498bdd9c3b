// Migration 4, which differs by dialect more than the schema renderer can bridge: the record feed
// (`record_changes`) that analytics catches up through, with the triggers that fill it, and the
// venue and figure-review tables plausibility reads.
#pragma once

#include <string>

#include "store/sql/connection.h"

namespace kenes::sql {

std::string RecordFeedMigration(Dialect dialect);

// Migration 11: on PostgreSQL the feed's lock (below) becomes one per schema; on SQLite, nothing.
std::string FeedLockPerSchemaMigration(Dialect dialect);

// PostgreSQL: the advisory lock a writer holds from its first entry in the record feed to its
// commit, so entries are numbered in commit order (see record_feed_schema.cc). One per schema:
// campaigns kept in schemas of one database (the tests' are) do not wait for each other.
inline constexpr const char* kRecordFeedLock = "SELECT kenes_lock_feed()";

}  // namespace kenes::sql
