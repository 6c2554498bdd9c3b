#include "store/sqlite/schema.h"

#include <string>
#include <vector>

namespace kenes::sqlite {
namespace {

// Migration 3's triggers: every write to a table the analytics cache mirrors leaves an entry in
// the change feed (`changes`), in the same transaction, so a reader that applies the feed sees
// every committed write and none that rolled back. Check-in inserts are the exception: the store
// logs them itself, one entry per run of ids, since a trigger per row would halve the bulk import
// rate.
const char* ChangeFeedSql() {
  static const std::string sql = [] {
    std::string out = R"sql(
CREATE TABLE changes (
  seq INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  first_id INTEGER NOT NULL,
  last_id INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  event_id INTEGER,
  participant BLOB
);

CREATE TABLE venues (
  place_code TEXT NOT NULL REFERENCES places(code),
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  capacity INTEGER NOT NULL CHECK (capacity > 0),
  PRIMARY KEY (place_code, name_key)
) WITHOUT ROWID;

CREATE TABLE figure_reviews (
  event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
  attendance_text TEXT NOT NULL,
  decision TEXT NOT NULL,
  note TEXT,
  reviewed_at TEXT NOT NULL
);

-- Distinct participants are counted in memory now (src/analytics); an index on random 16-byte
-- keys made every bulk insert of check-ins a random B-tree write, about five times slower.
DROP INDEX checkins_by_participant;

CREATE TRIGGER checkins_changed AFTER UPDATE ON checkins BEGIN
  INSERT INTO changes (kind, first_id, last_id, deleted, event_id, participant)
  VALUES ('checkin', OLD.id, OLD.id, 1, OLD.event_id, OLD.participant);
  INSERT INTO changes (kind, first_id, last_id) VALUES ('checkin', NEW.id, NEW.id);
END;
CREATE TRIGGER checkins_deleted AFTER DELETE ON checkins BEGIN
  INSERT INTO changes (kind, first_id, last_id, deleted, event_id, participant)
  VALUES ('checkin', OLD.id, OLD.id, 1, OLD.event_id, OLD.participant);
END;
)sql";
    for (const char* table : {"events", "feedback"}) {
      const std::string kind = table == std::string("events") ? "event" : "feedback";
      out += "CREATE TRIGGER " + std::string(table) + "_created AFTER INSERT ON " + table +
             " BEGIN INSERT INTO changes (kind, first_id, last_id) VALUES ('" + kind +
             "', NEW.id, NEW.id); END;\n";
      out += "CREATE TRIGGER " + std::string(table) + "_changed AFTER UPDATE ON " + table +
             " BEGIN INSERT INTO changes (kind, first_id, last_id) VALUES ('" + kind +
             "', NEW.id, NEW.id); END;\n";
      out += "CREATE TRIGGER " + std::string(table) + "_deleted AFTER DELETE ON " + table +
             " BEGIN INSERT INTO changes (kind, first_id, last_id, deleted) VALUES ('" + kind +
             "', OLD.id, OLD.id, 1); END;\n";
    }
    for (const char* table : {"campaigns", "places", "segments", "provisions", "organizations",
                              "memberships", "people", "positions", "venues", "figure_reviews"}) {
      for (const char* operation : {"INSERT", "UPDATE", "DELETE"}) {
        out += "CREATE TRIGGER " + std::string(table) + "_" + operation + "_logged AFTER " +
               operation + " ON " + table +
               " BEGIN INSERT INTO changes (kind, first_id, last_id) VALUES ('reference', 0, 0); "
               "END;\n";
      }
    }
    return out;
  }();
  return sql.c_str();
}

struct Migration {
  int version;
  const char* what;
  const char* sql;
};

// Append only: a migration that has shipped is never edited, a change is a new migration.
const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> migrations = {
      {1, "campaign ledger", R"sql(
CREATE TABLE campaigns (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  vote_on TEXT
);

CREATE TABLE places (
  code TEXT PRIMARY KEY,
  level TEXT NOT NULL,
  kind TEXT NOT NULL,
  parent_code TEXT,
  name_ru TEXT NOT NULL,
  name_kk TEXT NOT NULL,
  population INTEGER
);

CREATE TABLE segments (
  code TEXT PRIMARY KEY,
  name_ru TEXT NOT NULL,
  name_kk TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT ''
);

CREATE TABLE provisions (
  code TEXT PRIMARY KEY,
  section TEXT NOT NULL DEFAULT '',
  title_ru TEXT NOT NULL,
  title_kk TEXT NOT NULL DEFAULT '',
  themes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE organizations (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_kk TEXT,
  name_folded TEXT NOT NULL,
  kind TEXT NOT NULL,
  parent_id INTEGER REFERENCES organizations(id),
  region_code TEXT REFERENCES places(code),
  headcount INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX organizations_by_parent ON organizations(parent_id);

CREATE TABLE memberships (
  organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
  joined_on TEXT NOT NULL,
  claimed_members INTEGER,
  PRIMARY KEY (organization_id, campaign_id)
) WITHOUT ROWID;

CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL,
  full_name TEXT NOT NULL,
  full_name_kk TEXT,
  name_folded TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE positions (
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  title TEXT NOT NULL,
  organization_id INTEGER REFERENCES organizations(id),
  from_date TEXT,
  to_date TEXT,
  PRIMARY KEY (person_id, ord)
) WITHOUT ROWID;
CREATE INDEX positions_by_organization ON positions(organization_id);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL,
  campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  date TEXT NOT NULL,
  time TEXT,
  title TEXT,
  place_code TEXT NOT NULL REFERENCES places(code),
  region_code TEXT NOT NULL,
  district_code TEXT,
  venue TEXT,
  host_organization_id INTEGER REFERENCES organizations(id),
  attendance_text TEXT,
  attendance_qualifier TEXT,
  attendance_value INTEGER,
  attendance_low INTEGER,
  attendance_high INTEGER,
  source_document_id INTEGER,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((attendance_text IS NULL) = (attendance_value IS NULL)),
  CHECK (attendance_value IS NULL OR
         (0 <= attendance_low AND attendance_low <= attendance_value
          AND attendance_value <= attendance_high))
);
CREATE INDEX events_by_date ON events(date);
CREATE INDEX events_by_region_date ON events(region_code, date);
CREATE INDEX events_by_district ON events(district_code);
CREATE INDEX events_by_host ON events(host_organization_id);

CREATE TABLE event_organizers (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  organization_id INTEGER NOT NULL REFERENCES organizations(id),
  PRIMARY KEY (event_id, organization_id)
) WITHOUT ROWID;
CREATE INDEX event_organizers_by_organization ON event_organizers(organization_id);

CREATE TABLE event_delegation (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  person_id INTEGER NOT NULL REFERENCES people(id),
  PRIMARY KEY (event_id, ord)
) WITHOUT ROWID;
CREATE INDEX event_delegation_by_person ON event_delegation(person_id);

CREATE TABLE event_audience (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  segment_code TEXT NOT NULL REFERENCES segments(code),
  PRIMARY KEY (event_id, segment_code)
) WITHOUT ROWID;
CREATE INDEX event_audience_by_segment ON event_audience(segment_code);

CREATE TABLE event_provisions (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  provision_code TEXT NOT NULL REFERENCES provisions(code),
  PRIMARY KEY (event_id, provision_code)
) WITHOUT ROWID;

CREATE TABLE feedback (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL,
  event_id INTEGER REFERENCES events(id),
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  segment_code TEXT REFERENCES segments(code),
  place_code TEXT NOT NULL REFERENCES places(code),
  region_code TEXT NOT NULL,
  stance TEXT NOT NULL,
  status TEXT NOT NULL,
  answer TEXT,
  forwarded_to TEXT,
  date TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX feedback_by_event ON feedback(event_id);
CREATE INDEX feedback_by_region_date ON feedback(region_code, date);

CREATE TABLE feedback_provisions (
  feedback_id INTEGER NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
  provision_code TEXT NOT NULL REFERENCES provisions(code),
  PRIMARY KEY (feedback_id, provision_code)
) WITHOUT ROWID;

CREATE TABLE checkins (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL,
  event_id INTEGER NOT NULL REFERENCES events(id),
  participant BLOB NOT NULL,
  segment_code TEXT REFERENCES segments(code),
  age_band TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (event_id, participant)
);
CREATE INDEX checkins_by_participant ON checkins(participant);
)sql"},
      {2, "press-release intake", R"sql(
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  title TEXT,
  text TEXT NOT NULL,
  date TEXT,
  region_code TEXT,
  fingerprint TEXT NOT NULL UNIQUE,
  extraction TEXT,
  received_at TEXT NOT NULL
);

CREATE TABLE drafts (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  ordinal INTEGER NOT NULL,
  status TEXT NOT NULL,
  proposal TEXT NOT NULL,
  confidence REAL NOT NULL,
  duplicate_of INTEGER REFERENCES events(id),
  event_id INTEGER REFERENCES events(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (document_id, ordinal)
);
CREATE INDEX drafts_by_status ON drafts(status);
)sql"},
      {3, "change feed, venues and figure reviews for analytics", ChangeFeedSql()},
  };
  return migrations;
}

Result<int> StoredVersion(Connection& connection) {
  KENES_TRY(connection.Execute(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
      "what TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"));
  KENES_ASSIGN(Statement * query,
               connection.Prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
  KENES_ASSIGN(bool row, query->Step());
  const int version = row ? static_cast<int>(query->Int(0)) : 0;
  connection.ResetStatements();
  return version;
}

}  // namespace

int CurrentSchemaVersion() { return Migrations().back().version; }

Status Migrate(Connection& connection) {
  KENES_ASSIGN(int stored, StoredVersion(connection));
  if (stored > CurrentSchemaVersion()) {
    return Error{ErrorCode::kUnavailable,
                 "the database has schema version " + std::to_string(stored) +
                     ", newer than this kenes understands (" +
                     std::to_string(CurrentSchemaVersion()) + "); upgrade kenes",
                 "db"};
  }
  for (const Migration& migration : Migrations()) {
    if (migration.version <= stored) continue;
    KENES_TRY(connection.Execute("BEGIN IMMEDIATE"));
    Status applied = connection.Execute(migration.sql);
    if (applied.ok()) {
      KENES_ASSIGN(
          Statement * record,
          connection.Prepare("INSERT INTO schema_migrations (version, what) VALUES (?, ?)"));
      applied = record->Bind(1, migration.version).Bind(2, migration.what).Run();
    }
    if (!applied.ok()) {
      connection.ResetStatements();
      (void)connection.Execute("ROLLBACK");
      return Error{ErrorCode::kUnavailable,
                   "migration " + std::to_string(migration.version) + " (" + migration.what +
                       ") failed: " + applied.error().message,
                   "db"};
    }
    KENES_TRY(connection.Execute("COMMIT"));
  }
  return Ok();
}

}  // namespace kenes::sqlite
