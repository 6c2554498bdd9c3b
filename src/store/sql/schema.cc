#include "store/sql/schema.h"

#include <set>
#include <string>
#include <vector>

#include "store/sql/described_tables.h"
#include "store/sql/record_feed_schema.h"

namespace kenes::sql {
namespace {

struct Migration {
  int version;
  const char* what;
  const char* sql;  // in SQLite's dialect, rendered for the database
  // For a migration written per dialect instead: builds its SQL, and `sql` is not used.
  std::string (*build)(Dialect) = nullptr;
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
      {3, "change log", R"sql(
CREATE TABLE change_log (
  id INTEGER PRIMARY KEY,
  topic TEXT NOT NULL,
  created_at TEXT NOT NULL
);
)sql"},
      {4, "record feed, venues and figure reviews for analytics", nullptr, &RecordFeedMigration},
      {5, "accounts and the audit log", R"sql(
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL,
  region_code TEXT REFERENCES places(code),
  organization_id INTEGER REFERENCES organizations(id),
  password_hash TEXT,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE credentials (
  secret_hash TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id),
  label TEXT,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX credentials_by_user ON credentials(user_id);

CREATE TABLE login_attempts (
  id INTEGER PRIMARY KEY,
  user_id INTEGER,
  address TEXT NOT NULL,
  succeeded INTEGER NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX login_attempts_by_user ON login_attempts(user_id, id);
CREATE INDEX login_attempts_by_address ON login_attempts(address, id);
CREATE INDEX login_attempts_by_time ON login_attempts(at);

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  record_kind TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  record_before TEXT,
  record_after TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_by_record ON audit_log(record_kind, record_id, seq);
)sql"},
      {6, "official results of the referendum", R"sql(
CREATE TABLE vote_results (
  place_code TEXT PRIMARY KEY,
  eligible INTEGER,
  voted INTEGER,
  votes_for INTEGER,
  against INTEGER,
  invalid INTEGER,
  turnout_percent REAL,
  as_of TEXT NOT NULL,
  source TEXT NOT NULL
);
)sql"},
      {7, "stored replies of idempotent writes", R"sql(
CREATE TABLE stored_replies (
  account TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  content_type TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (account, idempotency_key)
) WITHOUT ROWID;
CREATE INDEX stored_replies_by_age ON stored_replies(created_at);
)sql"},
      {8, "publications with their imprint, the events they cite and their approved texts",
       R"sql(
CREATE TABLE publications (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL,
  text_version INTEGER NOT NULL,
  language TEXT NOT NULL,
  status TEXT NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  made_by TEXT NOT NULL,
  ordered_by TEXT NOT NULL,
  paid_by TEXT NOT NULL,
  region_code TEXT,
  organization_id INTEGER REFERENCES organizations(id),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  approved_by TEXT,
  approved_at TEXT,
  text_sha256 TEXT,
  published_at TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX publications_by_region ON publications(region_code);

CREATE TABLE publication_events (
  publication_id INTEGER NOT NULL REFERENCES publications(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  event_id INTEGER NOT NULL REFERENCES events(id),
  PRIMARY KEY (publication_id, ord)
) WITHOUT ROWID;
CREATE INDEX publication_events_by_event ON publication_events(event_id);

CREATE TABLE publication_versions (
  publication_id INTEGER NOT NULL REFERENCES publications(id),
  text_version INTEGER NOT NULL,
  exported_text TEXT NOT NULL,
  text_sha256 TEXT NOT NULL,
  approved_by TEXT NOT NULL,
  approved_at TEXT NOT NULL,
  PRIMARY KEY (publication_id, text_version)
) WITHOUT ROWID;
)sql"},
      {9, "the address a press release came from", R"sql(
ALTER TABLE documents ADD COLUMN source_url TEXT;
)sql"},
      // The record feed serves every reader that mirrors the store, the gazetteer included, so
      // the change log of migration 3 goes; the feed is compacted by the readers it keeps
      // (store.h, FeedCompaction).
      {10, "one change feed, compacted", R"sql(
DROP TABLE change_log;
CREATE TABLE feed_readers (
  reader TEXT PRIMARY KEY,
  cursor INTEGER NOT NULL,
  seen_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE feed_marks (
  head INTEGER NOT NULL PRIMARY KEY,
  noted_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE feed_folded (
  through INTEGER NOT NULL
);
INSERT INTO feed_folded (through) VALUES (0);
)sql"},
      {11, "the record feed's lock, one per schema", nullptr, &FeedLockPerSchemaMigration},
  };
  return migrations;
}

// What a migration needs that the two dialects spell too differently for Render (triggers),
// applied right after it.
struct DialectExtra {
  int version;
  const char* sqlite;
  const char* postgres;
};

const DialectExtra kDialectExtras[] = {
    // The audit log is append-only through kenes: a bug that tried to rewrite history fails
    // here. Someone with the database itself can drop these; `kenes audit verify` catches that.
    {5,
     R"sql(
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql",
     R"sql(
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
)sql"},
    // Places are told apart from the rest of the reference data in the feed: the gazetteer
    // follows them alone.
    {10,
     R"sql(
DROP TRIGGER places_INSERT_recorded;
DROP TRIGGER places_UPDATE_recorded;
DROP TRIGGER places_DELETE_recorded;
CREATE TRIGGER places_INSERT_recorded AFTER INSERT ON places BEGIN
  INSERT INTO record_changes (kind, first_id, last_id) VALUES ('place', 0, 0); END;
CREATE TRIGGER places_UPDATE_recorded AFTER UPDATE ON places BEGIN
  INSERT INTO record_changes (kind, first_id, last_id) VALUES ('place', 0, 0); END;
CREATE TRIGGER places_DELETE_recorded AFTER DELETE ON places BEGIN
  INSERT INTO record_changes (kind, first_id, last_id) VALUES ('place', 0, 0); END;
)sql",
     R"sql(
DROP TRIGGER places_recorded ON places;
CREATE FUNCTION kenes_place_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(1801202604);
  INSERT INTO record_changes (kind, first_id, last_id) VALUES ('place', 0, 0);
  RETURN NULL;
END $$;
CREATE TRIGGER places_recorded AFTER INSERT OR UPDATE OR DELETE ON places
  FOR EACH STATEMENT EXECUTE FUNCTION kenes_place_changed();
)sql"},
};

// Renders the schema, written in SQLite's dialect, for `dialect`: PostgreSQL needs 64-bit integers
// spelt BIGINT, an identity column where SQLite has its rowid, BYTEA for BLOB, DOUBLE PRECISION
// for REAL, and no WITHOUT ROWID. The schema stays one description.
std::string Render(std::string_view sql, Dialect dialect) {
  std::string text(sql);
  if (dialect == Dialect::kSqlite) return text;
  const auto replace_all = [&](const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
      text.replace(at, from.size(), to);
    }
  };
  replace_all("id INTEGER PRIMARY KEY", "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
  replace_all(" INTEGER", " BIGINT");
  replace_all(" BLOB", " BYTEA");
  replace_all(" REAL", " DOUBLE PRECISION");
  replace_all(") WITHOUT ROWID;", ");");
  replace_all("DEFAULT CURRENT_TIMESTAMP", "DEFAULT CAST(CURRENT_TIMESTAMP AS TEXT)");
  return text;
}

// What PostgreSQL needs besides the tables: the functions SQLite has built in that the queries
// use.
constexpr const char* kPostgresFunctions = R"sql(
CREATE OR REPLACE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER
  LANGUAGE sql IMMUTABLE AS 'SELECT strpos(haystack, needle)';
)sql";

Result<int> StoredVersion(Connection& connection) {
  KENES_TRY(connection.Execute(
      Render("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
             "what TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)",
             connection.dialect())));
  KENES_ASSIGN(Statement * query,
               connection.Prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
  KENES_ASSIGN(bool row, query->Step());
  const int version = row ? static_cast<int>(query->Int(0)) : 0;
  connection.ResetStatements();
  return version;
}

// Applies the migrations past the stored version in the open transaction.
Status ApplyMigrations(Connection& connection) {
  if (connection.dialect() == Dialect::kPostgres) {
    // Two servers starting at once: the second waits here, then finds nothing left to do.
    KENES_TRY(connection.Execute("SELECT pg_advisory_xact_lock(1801202603)"));
  }
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
    if (migration.version == 1 && connection.dialect() == Dialect::kPostgres) {
      KENES_TRY(connection.Execute(kPostgresFunctions));
    }
    Status applied =
        connection.Execute(migration.build ? migration.build(connection.dialect())
                                           : Render(migration.sql, connection.dialect()));
    for (const DialectExtra& extra : kDialectExtras) {
      if (applied.ok() && extra.version == migration.version) {
        applied = connection.Execute(connection.dialect() == Dialect::kSqlite ? extra.sqlite
                                                                              : extra.postgres);
      }
    }
    if (applied.ok()) {
      KENES_ASSIGN(
          Statement * record,
          connection.Prepare("INSERT INTO schema_migrations (version, what) VALUES (?, ?)"));
      applied = record->Bind(1, migration.version).Bind(2, migration.what).Run();
    }
    if (!applied.ok()) {
      return Error{ErrorCode::kUnavailable,
                   "migration " + std::to_string(migration.version) + " (" + migration.what +
                       ") failed: " + applied.error().message,
                   "db"};
    }
  }
  return Ok();
}

// The columns `table` has, asked once per table rather than once per column: on PostgreSQL each
// question is a query of information_schema.
Result<std::set<std::string, std::less<>>> ColumnsIn(Connection& connection,
                                                     std::string_view table) {
  KENES_ASSIGN(Statement * query,
               connection.Prepare(connection.dialect() == Dialect::kSqlite
                                      ? "SELECT name FROM pragma_table_info(?)"
                                      : "SELECT column_name FROM information_schema.columns WHERE "
                                        "table_schema = current_schema() AND table_name = ?"));
  query->Bind(1, table);
  std::set<std::string, std::less<>> columns;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    columns.insert(query->Text(0));
  }
  connection.ResetStatements();
  return columns;
}

// A one-column field added to a record's fields (core/record_fields.h) needs no migration written
// for it: a database that lacks its column gains it here, empty, and the rows it has stay as they
// were. Runs after the migrations, in their transaction.
Status AddDescribedColumns(Connection& connection) {
  std::string_view table;
  std::set<std::string, std::less<>> existing;
  for (const DescribedColumn& described : DescribedColumns()) {
    if (described.table != table) {
      table = described.table;
      KENES_ASSIGN(existing, ColumnsIn(connection, table));
    }
    if (existing.contains(described.column)) continue;
    const std::string sql = "ALTER TABLE " + std::string(described.table) + " ADD COLUMN " +
                            std::string(described.column) + " " + std::string(described.type);
    Status added = connection.Execute(Render(sql, connection.dialect()));
    if (!added.ok()) {
      return Error{ErrorCode::kUnavailable,
                   "adding the column " + std::string(described.column) + " to " +
                       std::string(described.table) + " failed: " + added.error().message,
                   "db"};
    }
  }
  return Ok();
}

}  // namespace

int CurrentSchemaVersion() { return Migrations().back().version; }

const std::vector<TableInfo>& CampaignTables() {
  // Keep in step with the migrations; tests/store/migrate_test.cc checks every table of the
  // schema is here or known to be bookkeeping, and that every column listed exists.
  static const std::vector<TableInfo> tables = {
      {"campaigns", {"id", "name", "starts_on", "ends_on", "vote_on"}, {"id"}, {}},
      {"places",
       {"code", "level", "kind", "parent_code", "name_ru", "name_kk", "population"},
       {"code"},
       {}},
      {"segments", {"code", "name_ru", "name_kk", "name_en"}, {"code"}, {}},
      {"provisions", {"code", "section", "title_ru", "title_kk", "themes"}, {"code"}, {}},
      {"organizations", OrganizationTable().columns(), {"id"}, {}},
      {"memberships",
       {"organization_id", "campaign_id", "joined_on", "claimed_members"},
       {"organization_id", "campaign_id"},
       {}},
      {"people", PersonTable().columns(), {"id"}, {}},
      {"positions",
       {"person_id", "ord", "title", "organization_id", "from_date", "to_date"},
       {"person_id", "ord"},
       {}},
      // The columns of the described tables come from their fields (described_tables.h).
      {"events", EventTable().columns(), {"id"}, {}},
      {"event_organizers", {"event_id", "organization_id"}, {"event_id", "organization_id"}, {}},
      {"event_delegation", {"event_id", "ord", "person_id"}, {"event_id", "ord"}, {}},
      {"event_audience", {"event_id", "segment_code"}, {"event_id", "segment_code"}, {}},
      {"event_provisions", {"event_id", "provision_code"}, {"event_id", "provision_code"}, {}},
      {"feedback", FeedbackTable().columns(), {"id"}, {}},
      {"feedback_provisions",
       {"feedback_id", "provision_code"},
       {"feedback_id", "provision_code"},
       {}},
      {"checkins", CheckInTable().columns(), {"id"}, CheckInTable().byte_columns()},
      {"documents", DocumentTable().columns(), {"id"}, {}},
      {"drafts",
       {"id", "version", "document_id", "ordinal", "status", "proposal", "confidence",
        "duplicate_of", "event_id", "created_at", "updated_at"},
       {"id"},
       {}},
      {"venues", {"place_code", "name", "name_key", "capacity"}, {"place_code", "name_key"}, {}},
      {"figure_reviews",
       {"event_id", "attendance_text", "decision", "note", "reviewed_at"},
       {"event_id"},
       {}},
      {"vote_results",
       {"place_code", "eligible", "voted", "votes_for", "against", "invalid", "turnout_percent",
        "as_of", "source"},
       {"place_code"},
       {}},
      {"publications",
       {"id", "version", "text_version", "language", "status", "title", "text", "made_by",
        "ordered_by", "paid_by", "region_code", "organization_id", "created_by", "created_at",
        "approved_by", "approved_at", "text_sha256", "published_at", "updated_at"},
       {"id"},
       {}},
      {"publication_events", {"publication_id", "ord", "event_id"}, {"publication_id", "ord"}, {}},
      {"publication_versions",
       {"publication_id", "text_version", "exported_text", "text_sha256", "approved_by",
        "approved_at"},
       {"publication_id", "text_version"},
       {}},
      // A client that retries after the move must still find its answer, not write twice.
      {"stored_replies",
       {"account", "idempotency_key", "request_hash", "status", "body", "content_type",
        "created_at"},
       {"account", "idempotency_key"},
       {}},
      // Accounts move with the campaign, or nobody could sign in to the new database; the audit
      // log too, its chain intact, so what it proves still holds there.
      {"users",
       {"id", "version", "name", "role", "region_code", "organization_id", "password_hash",
        "disabled", "created_at", "updated_at"},
       {"id"},
       {}},
      {"credentials",
       {"secret_hash", "kind", "user_id", "label", "created_at", "expires_at"},
       {"secret_hash"},
       {}},
      {"audit_log",
       {"seq", "at", "actor", "action", "record_kind", "record_id", "record_before", "record_after",
        "prev_hash", "hash"},
       {"seq"},
       {}},
  };
  return tables;
}

Status Migrate(Connection& connection) {
  // All migrations in one transaction: a database is at one version or the next, never between.
  KENES_TRY(
      connection.Execute(connection.dialect() == Dialect::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN"));
  Status status = ApplyMigrations(connection);
  if (status.ok()) status = AddDescribedColumns(connection);
  connection.ResetStatements();
  if (status.ok()) status = connection.Execute("COMMIT");
  if (!status.ok()) (void)connection.Execute("ROLLBACK");
  return status;
}

}  // namespace kenes::sql
