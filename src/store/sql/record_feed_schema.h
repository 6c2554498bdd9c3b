// Migration 4, which differs by dialect more than the schema renderer can bridge: the record feed
// (`record_changes`) that analytics catches up through, with the triggers that fill it, and the
// venue and figure-review tables plausibility reads.
#pragma once

#include <string>

#include "store/sql/connection.h"

namespace kenes::sql {

std::string RecordFeedMigration(Dialect dialect);

// PostgreSQL: the advisory lock a writer holds from its first entry in the record feed to its
// commit, so entries are numbered in commit order (see record_feed_schema.cc).
inline constexpr const char* kRecordFeedLock = "SELECT pg_advisory_xact_lock(1801202604)";

}  // namespace kenes::sql
