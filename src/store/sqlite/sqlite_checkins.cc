// Check-ins: a participant hash per event, stored as bytes.
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
  return checkin;
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
