// Existence checks, campaigns and the catalogs (places, segments, provisions).
#include "store/sql/sql_transaction.h"

#include <sstream>

#include "store/sql/values.h"

namespace kenes::sql {

Result<bool> SqlTransaction::Exists(RecordKind kind, std::string_view key) {
  const char* sql = nullptr;
  bool numeric = true;
  switch (kind) {
    case RecordKind::kCampaign:
      sql = "SELECT 1 FROM campaigns WHERE id = ?";
      break;
    case RecordKind::kOrganization:
      sql = "SELECT 1 FROM organizations WHERE id = ?";
      break;
    case RecordKind::kPerson:
      sql = "SELECT 1 FROM people WHERE id = ?";
      break;
    case RecordKind::kEvent:
      sql = "SELECT 1 FROM events WHERE id = ?";
      break;
    case RecordKind::kFeedback:
      sql = "SELECT 1 FROM feedback WHERE id = ?";
      break;
    case RecordKind::kCheckIn:
      sql = "SELECT 1 FROM checkins WHERE id = ?";
      break;
    case RecordKind::kSegment:
      sql = "SELECT 1 FROM segments WHERE code = ?", numeric = false;
      break;
    case RecordKind::kProvision:
      sql = "SELECT 1 FROM provisions WHERE code = ?", numeric = false;
      break;
    case RecordKind::kDocument:
      sql = "SELECT 1 FROM documents WHERE id = ?";
      break;
    case RecordKind::kDraft:
      sql = "SELECT 1 FROM drafts WHERE id = ?";
      break;
    case RecordKind::kPlace:
      sql = "SELECT 1 FROM places WHERE code = ?", numeric = false;
      break;
    default:
      return Internal("the store checks no existence of " + std::string(NounsOf(kind)));
  }
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(sql));
  if (numeric) {
    std::int64_t id = 0;
    for (char c : key) {
      if (c < '0' || c > '9' || id > (INT64_MAX - 9) / 10) return false;
      id = id * 10 + (c - '0');
    }
    query->Bind(1, id);
  } else {
    query->Bind(1, key);
  }
  return query->Step();
}

Error SqlTransaction::StaleOrMissing(std::string_view table, std::string_view noun, Id id,
                                     Version version) {
  auto query = db_.Prepare("SELECT version FROM " + std::string(table) + " WHERE id = ?");
  if (!query.ok()) return query.error();
  auto row = (*query)->Bind(1, id).Step();
  if (!row.ok()) return row.error();
  if (!*row) return NotFound("no " + std::string(noun) + " has id " + std::to_string(id));
  return Conflict("the " + std::string(noun) + " " + std::to_string(id) +
                      " was changed by someone else (it is at version " +
                      std::to_string((*query)->Int(0)) + ", the change was made to version " +
                      std::to_string(version) + "); reload it and apply the change again",
                  "version");
}

Result<Id> SqlTransaction::Insert(std::string_view table, std::string_view columns, int count,
                                  Id id, const std::function<void(sql::Statement&)>& bind) {
  std::string sql = "INSERT INTO " + std::string(table) + " (" + std::string(columns);
  if (id) sql += ", id";
  sql += ") VALUES (";
  for (int i = 0; i < count + (id ? 1 : 0); ++i) sql += i ? ", ?" : "?";
  sql += ") RETURNING id";
  KENES_ASSIGN(sql::Statement * insert, db_.Prepare(sql));
  bind(*insert);
  if (id) insert->Bind(count + 1, id);
  KENES_ASSIGN(bool returned, insert->Step());
  if (!returned) return Internal("an insert into " + std::string(table) + " returned no id");
  const Id inserted = insert->Int(0);
  insert->Step().ok();  // finish the statement
  if (id && db_.dialect() == Dialect::kPostgres) {
    // An id given explicitly does not advance PostgreSQL's identity sequence; move it past.
    KENES_TRY(db_.Execute("SELECT setval(pg_get_serial_sequence('" + std::string(table) +
                          "', 'id'), (SELECT MAX(id) FROM " + std::string(table) + "))"));
  }
  return inserted;
}

Status SqlTransaction::DeleteById(std::string_view sql, std::string_view noun, Id id) {
  KENES_ASSIGN(sql::Statement * statement, db_.Prepare(sql));
  Status status = statement->Bind(1, id).Run();
  if (!status.ok()) {
    if (status.error().code == ErrorCode::kConflict) {
      return Conflict("the " + std::string(noun) + " " + std::to_string(id) +
                      " cannot be deleted while other records refer to it; remove or change "
                      "those first");
    }
    return status;
  }
  if (statement->Changes() == 0)
    return NotFound("no " + std::string(noun) + " has id " + std::to_string(id));
  return Ok();
}

namespace {

Campaign ReadCampaign(const sql::Statement& row) {
  Campaign campaign;
  campaign.id = row.Int(0);
  campaign.name = row.Text(1);
  // Dates were validated when written; a row that fails to parse is a damaged database.
  campaign.starts_on = Date::Parse(row.Text(2)).value();
  campaign.ends_on = Date::Parse(row.Text(3)).value();
  if (!row.IsNull(4)) campaign.vote_on = Date::Parse(row.Text(4)).value();
  return campaign;
}

constexpr const char* kCampaignColumns =
    "SELECT id, name, starts_on, ends_on, vote_on FROM campaigns";

}  // namespace

Result<Campaign> SqlTransaction::CreateCampaign(Campaign campaign) {
  KENES_ASSIGN(campaign.id, Insert("campaigns", "name, starts_on, ends_on, vote_on", 4, campaign.id,
                                   [&](sql::Statement& insert) {
                                     insert.Bind(1, campaign.name)
                                         .Bind(2, campaign.starts_on.ToString())
                                         .Bind(3, campaign.ends_on.ToString())
                                         .Bind(4, DateText(campaign.vote_on));
                                   }));
  return campaign;
}

Result<Campaign> SqlTransaction::GetCampaign(Id id) {
  KENES_ASSIGN(sql::Statement * query,
               db_.Prepare(std::string(kCampaignColumns) + " WHERE id = ?"));
  KENES_ASSIGN(bool found, query->Bind(1, id).Step());
  if (!found) return NotFound("no campaign has id " + std::to_string(id));
  return ReadCampaign(*query);
}

Result<Campaign> SqlTransaction::UpdateCampaign(Campaign campaign) {
  KENES_ASSIGN(sql::Statement * update,
               db_.Prepare("UPDATE campaigns SET name = ?, starts_on = ?, ends_on = ?, vote_on = ? "
                           "WHERE id = ?"));
  KENES_TRY(update->Bind(1, campaign.name)
                .Bind(2, campaign.starts_on.ToString())
                .Bind(3, campaign.ends_on.ToString())
                .Bind(4, DateText(campaign.vote_on))
                .Bind(5, campaign.id)
                .Run());
  if (update->Changes() == 0) return NotFound("no campaign has id " + std::to_string(campaign.id));
  return campaign;
}

Result<std::vector<Campaign>> SqlTransaction::ListCampaigns() {
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(std::string(kCampaignColumns) + " ORDER BY id"));
  std::vector<Campaign> campaigns;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    campaigns.push_back(ReadCampaign(*query));
  }
  return campaigns;
}

Status SqlTransaction::PutPlaces(std::span<const Place> places) {
  constexpr const char* kSql =
      "INSERT INTO places (code, level, kind, parent_code, name_ru, name_kk, population) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET level = excluded.level, "
      "kind = excluded.kind, parent_code = excluded.parent_code, name_ru = excluded.name_ru, "
      "name_kk = excluded.name_kk, population = excluded.population";
  for (const Place& place : places) {
    KENES_ASSIGN(sql::Statement * upsert, db_.Prepare(kSql));
    KENES_TRY(upsert->Bind(1, place.code)
                  .Bind(2, PlaceLevelName(place.level))
                  .Bind(3, PlaceKindName(place.kind))
                  .BindOrNull(4, place.parent_code)
                  .Bind(5, place.name_ru)
                  .Bind(6, place.name_kk)
                  .Bind(7, place.population)
                  .Run());
  }
  return Ok();
}

Result<std::vector<Place>> SqlTransaction::ListPlaces() {
  KENES_ASSIGN(sql::Statement * query,
               db_.Prepare("SELECT code, level, kind, parent_code, name_ru, name_kk, population "
                           "FROM places ORDER BY code"));
  std::vector<Place> places;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    Place place;
    place.code = query->Text(0);
    place.level = ParsePlaceLevel(query->Text(1)).value();
    place.kind = ParsePlaceKind(query->Text(2)).value();
    place.parent_code = query->Text(3);
    place.name_ru = query->Text(4);
    place.name_kk = query->Text(5);
    place.population = query->OptionalInt(6);
    places.push_back(std::move(place));
  }
  return places;
}

Status SqlTransaction::PutSegments(std::span<const Segment> segments) {
  constexpr const char* kSql =
      "INSERT INTO segments (code, name_ru, name_kk, name_en) VALUES (?, ?, ?, ?) "
      "ON CONFLICT (code) DO UPDATE SET name_ru = excluded.name_ru, name_kk = excluded.name_kk, "
      "name_en = excluded.name_en";
  for (const Segment& segment : segments) {
    KENES_ASSIGN(sql::Statement * upsert, db_.Prepare(kSql));
    KENES_TRY(upsert->Bind(1, segment.code)
                  .Bind(2, segment.name_ru)
                  .Bind(3, segment.name_kk)
                  .Bind(4, segment.name_en)
                  .Run());
  }
  return Ok();
}

Result<std::vector<Segment>> SqlTransaction::ListSegments() {
  KENES_ASSIGN(sql::Statement * query,
               db_.Prepare("SELECT code, name_ru, name_kk, name_en FROM segments ORDER BY code"));
  std::vector<Segment> segments;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    segments.push_back({query->Text(0), query->Text(1), query->Text(2), query->Text(3)});
  }
  return segments;
}

namespace {

std::string JoinThemes(const std::vector<std::string>& themes) {
  std::string joined;
  for (const std::string& theme : themes) joined += (joined.empty() ? "" : " ") + theme;
  return joined;
}

std::vector<std::string> SplitThemes(const std::string& joined) {
  std::vector<std::string> themes;
  std::istringstream words(joined);
  for (std::string word; words >> word;) themes.push_back(word);
  return themes;
}

}  // namespace

Status SqlTransaction::PutProvisions(std::span<const Provision> provisions) {
  constexpr const char* kSql =
      "INSERT INTO provisions (code, section, title_ru, title_kk, themes) VALUES (?, ?, ?, ?, ?) "
      "ON CONFLICT (code) DO UPDATE SET section = excluded.section, title_ru = excluded.title_ru, "
      "title_kk = excluded.title_kk, themes = excluded.themes";
  for (const Provision& provision : provisions) {
    KENES_ASSIGN(sql::Statement * upsert, db_.Prepare(kSql));
    KENES_TRY(upsert->Bind(1, provision.code)
                  .Bind(2, provision.section)
                  .Bind(3, provision.title_ru)
                  .Bind(4, provision.title_kk)
                  .Bind(5, JoinThemes(provision.themes))
                  .Run());
  }
  return Ok();
}

Result<std::vector<Provision>> SqlTransaction::ListProvisions() {
  KENES_ASSIGN(sql::Statement * query,
               db_.Prepare("SELECT code, section, title_ru, title_kk, themes FROM provisions "
                           "ORDER BY code"));
  std::vector<Provision> provisions;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    provisions.push_back({query->Text(0), query->Text(1), query->Text(2), query->Text(3),
                          SplitThemes(query->Text(4))});
  }
  return provisions;
}

Status SqlTransaction::LockKey(std::string_view key) {
  if (db_.dialect() != Dialect::kPostgres) return Ok();  // SQLite writers already go one by one
  // The advisory lock is named by a 32-bit FNV-1a of the key and by the schema: advisory locks
  // belong to the whole database, and campaigns kept in schemas of one database (the tests keep
  // theirs so) must not wait for each other's "audit_log" (the record feed's lock is keyed the
  // same way, record_feed_schema.h). It is released at commit or rollback.
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char byte : key) hash = (hash ^ byte) * 1099511628211ull;
  KENES_ASSIGN(Statement * lock, db_.Prepare("SELECT pg_advisory_xact_lock(CAST(? AS INTEGER), "
                                             "hashtext(current_schema()))"));
  return lock->Bind(1, static_cast<std::int64_t>(static_cast<std::int32_t>(hash >> 32))).Run();
}

}  // namespace kenes::sql
