// Check-ins: a participant hash per event, stored as bytes.
#include <cstring>

#include "store/sqlite/sql_filter.h"
#include "store/sqlite/sqlite_transaction.h"
#include "store/sqlite/values.h"

namespace kenes {
namespace {

constexpr const char* kColumns =
    "SELECT c.id, c.version, c.event_id, c.participant, c.segment_code, c.age_band, c.created_at "
    "FROM checkins c";

CheckIn ReadCheckIn(const sqlite::Statement& row) {
  CheckIn checkin;
  checkin.id = row.Int(0);
  checkin.version = row.Int(1);
  checkin.event_id = row.Int(2);
  checkin.participant_hash = sqlite::BytesToHex(row.Blob(3));
  checkin.segment = row.Text(4);
  if (!row.IsNull(5)) checkin.age_band = ParseAgeBand(row.Text(5)).value();
  checkin.created_at = row.Text(6);
  return checkin;
}

std::optional<std::string> AgeBandText(const std::optional<AgeBand>& band) {
  if (!band) return std::nullopt;
  return std::string(AgeBandName(*band));
}

}  // namespace

Result<CheckIn> SqliteTransaction::CreateCheckIn(CheckIn checkin) {
  KENES_ASSIGN(sqlite::Statement * insert,
               db_.Prepare("INSERT INTO checkins (id, version, event_id, participant, "
                           "segment_code, age_band, created_at) VALUES (?, 1, ?, ?, ?, ?, ?)"));
  if (checkin.id) insert->Bind(1, checkin.id);
  checkin.created_at = clock_.NowUtc();
  Status inserted = insert->Bind(2, checkin.event_id)
                        .BindBlob(3, sqlite::HexToBytes(checkin.participant_hash))
                        .BindOrNull(4, checkin.segment)
                        .Bind(5, AgeBandText(checkin.age_band))
                        .Bind(6, checkin.created_at)
                        .Run();
  if (!inserted.ok() && inserted.error().code == ErrorCode::kConflict) {
    KENES_ASSIGN(bool id_taken, Exists(RecordKind::kCheckIn, std::to_string(checkin.id)));
    if (!id_taken) {
      return Conflict(
          "this participant is already checked in at event " + std::to_string(checkin.event_id),
          "participant");
    }
  }
  KENES_TRY(inserted);
  checkin.id = db_.LastInsertId();
  checkin.version = 1;
  KENES_TRY(LogCheckInsAppended(checkin.id, checkin.id));
  return checkin;
}

Status SqliteTransaction::AppendCheckIns(std::span<const CheckInRow> rows) {
  if (rows.empty()) return Ok();
  KENES_ASSIGN(sqlite::Statement * insert,
               db_.Prepare("INSERT INTO checkins (version, event_id, participant, segment_code, "
                           "age_band, created_at) VALUES (1, ?, ?, ?, ?, ?)"));
  const std::string created_at = clock_.NowUtc();
  insert->Bind(5, created_at);
  // Ids come out consecutive unless the table holds the largest rowid (then SQLite picks ids at
  // random); the feed gets one entry per run either way.
  Id run_first = 0;
  Id run_last = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const CheckInRow& row = rows[i];
    insert->Bind(1, row.event_id)
        .BindBlob(2, std::string_view(reinterpret_cast<const char*>(row.participant.data()),
                                      row.participant.size()))
        .BindOrNull(3, row.segment);
    if (row.age_band) {
      insert->Bind(4, AgeBandName(*row.age_band));
    } else {
      insert->BindNull(4);
    }
    Status inserted = insert->Run();
    insert->Rewind();
    if (!inserted.ok()) {
      const std::string field = "rows[" + std::to_string(i) + "]";
      if (sqlite3_extended_errcode(db_.handle()) == SQLITE_CONSTRAINT_FOREIGNKEY) {
        return Invalid(field + ": event_id", "there is no event " + std::to_string(row.event_id));
      }
      if (inserted.error().code == ErrorCode::kConflict) {
        return Conflict(
            "this participant is already checked in at event " + std::to_string(row.event_id),
            field);
      }
      return WithContext(inserted.error(), field);
    }
    const Id id = db_.LastInsertId();
    if (run_first != 0 && id == run_last + 1) {
      run_last = id;
      continue;
    }
    if (run_first != 0) KENES_TRY(LogCheckInsAppended(run_first, run_last));
    run_first = run_last = id;
  }
  return LogCheckInsAppended(run_first, run_last);
}

Status SqliteTransaction::ScanCheckIns(Id after, Id through,
                                       const std::function<Status(const CheckInRow&)>& visit) {
  KENES_ASSIGN(sqlite::Statement * query,
               db_.Prepare("SELECT id, event_id, participant, segment_code, age_band FROM checkins "
                           "WHERE id > ? AND id <= ? ORDER BY id"));
  query->Bind(1, after).Bind(2, through);
  CheckInRow row;
  while (true) {
    KENES_ASSIGN(bool found, query->Step());
    if (!found) break;
    row.id = query->Int(0);
    row.event_id = query->Int(1);
    const std::string_view participant = query->Blob(2);
    // The schema cannot hold anything else, short of a damaged database.
    if (participant.size() != row.participant.size()) {
      return Internal("check-in " + std::to_string(row.id) + " has a malformed participant");
    }
    std::memcpy(row.participant.data(), participant.data(), participant.size());
    row.segment = query->TextView(3);
    row.age_band.reset();
    if (!query->IsNull(4)) row.age_band = ParseAgeBand(query->TextView(4)).value();
    KENES_TRY(visit(row));
  }
  return Ok();
}

Result<CheckIn> SqliteTransaction::GetCheckIn(Id id) {
  KENES_ASSIGN(sqlite::Statement * query, db_.Prepare(std::string(kColumns) + " WHERE c.id = ?"));
  KENES_ASSIGN(bool found, query->Bind(1, id).Step());
  if (!found) return NotFound("no check-in has id " + std::to_string(id));
  return ReadCheckIn(*query);
}

Result<PageOf<CheckIn>> SqliteTransaction::ListCheckIns(const CheckInFilter& filter) {
  sqlite::SqlFilter where;
  std::string join;
  if (!filter.region_code.empty() || filter.from || filter.to) {
    join = " JOIN events e ON e.id = c.event_id";
    if (!filter.region_code.empty()) where.Where("e.region_code = ?", filter.region_code);
    if (filter.from) where.Where("e.date >= ?", filter.from->ToString());
    if (filter.to) where.Where("e.date <= ?", filter.to->ToString());
  }
  if (filter.event_id) where.Where("c.event_id = ?", *filter.event_id);
  if (!filter.segment.empty()) where.Where("c.segment_code = ?", filter.segment);
  where.Paginate("c.id", filter.page);
  KENES_ASSIGN(sqlite::Statement * query, db_.Prepare(kColumns + join + where.sql()));
  where.BindTo(*query);
  std::vector<CheckIn> checkins;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    checkins.push_back(ReadCheckIn(*query));
  }
  return sqlite::TrimToPage(std::move(checkins), filter.page);
}

Result<CheckIn> SqliteTransaction::UpdateCheckIn(CheckIn checkin) {
  KENES_ASSIGN(sqlite::Statement * update,
               db_.Prepare("UPDATE checkins SET event_id = ?, participant = ?, segment_code = ?, "
                           "age_band = ?, version = version + 1 WHERE id = ? AND version = ?"));
  KENES_TRY(update->Bind(1, checkin.event_id)
                .BindBlob(2, sqlite::HexToBytes(checkin.participant_hash))
                .BindOrNull(3, checkin.segment)
                .Bind(4, AgeBandText(checkin.age_band))
                .Bind(5, checkin.id)
                .Bind(6, checkin.version)
                .Run());
  if (db_.Changes() == 0)
    return StaleOrMissing("checkins", "check-in", checkin.id, checkin.version);
  return GetCheckIn(checkin.id);
}

Status SqliteTransaction::DeleteCheckIn(Id id) {
  return DeleteById("DELETE FROM checkins WHERE id = ?", "check-in", id);
}

}  // namespace kenes
