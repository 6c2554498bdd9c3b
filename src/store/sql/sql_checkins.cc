// Check-ins: a participant hash per event, stored as bytes.
#include "store/sql/sql_filter.h"
#include "store/sql/sql_transaction.h"
#include "store/sql/values.h"

namespace kenes::sql {
namespace {

constexpr const char* kColumns =
    "SELECT c.id, c.version, c.event_id, c.participant, c.segment_code, c.age_band, c.created_at "
    "FROM checkins c";

CheckIn ReadCheckIn(const sql::Statement& row) {
  CheckIn checkin;
  checkin.id = row.Int(0);
  checkin.version = row.Int(1);
  checkin.event_id = row.Int(2);
  checkin.participant_hash = BytesToHex(row.Blob(3));
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

Result<CheckIn> SqlTransaction::CreateCheckIn(CheckIn checkin) {
  // ON CONFLICT DO NOTHING rather than catching the violation: in PostgreSQL a failed statement
  // spoils the whole transaction, and a second check-in is an expected case, not an error.
  std::string sql =
      "INSERT INTO checkins (version, event_id, participant, segment_code, age_band, created_at";
  sql += checkin.id ? ", id) VALUES (1, ?, ?, ?, ?, ?, ?)" : ") VALUES (1, ?, ?, ?, ?, ?)";
  sql += " ON CONFLICT DO NOTHING RETURNING id";
  KENES_ASSIGN(sql::Statement * insert, db_.Prepare(sql));
  checkin.created_at = clock_.NowUtc();
  insert->Bind(1, checkin.event_id)
      .BindBlob(2, HexToBytes(checkin.participant_hash))
      .BindOrNull(3, checkin.segment)
      .Bind(4, AgeBandText(checkin.age_band))
      .Bind(5, checkin.created_at);
  if (checkin.id) insert->Bind(6, checkin.id);
  KENES_ASSIGN(bool inserted, insert->Step());
  if (!inserted) {
    KENES_ASSIGN(bool id_taken, Exists(RecordKind::kCheckIn, std::to_string(checkin.id)));
    if (id_taken) return Conflict("check-in " + std::to_string(checkin.id) + " exists", "id");
    return Conflict(
        "this participant is already checked in at event " + std::to_string(checkin.event_id),
        "participant");
  }
  const Id id = insert->Int(0);
  KENES_TRY(insert->Step());
  if (checkin.id && db_.dialect() == Dialect::kPostgres) {
    KENES_TRY(
        db_.Execute("SELECT setval(pg_get_serial_sequence('checkins', 'id'), (SELECT "
                    "MAX(id) FROM checkins))"));
  }
  checkin.id = id;
  checkin.version = 1;
  KENES_TRY(LogCheckInsAppended(checkin.id, checkin.id));
  return checkin;
}

Result<CheckIn> SqlTransaction::GetCheckIn(Id id) {
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(std::string(kColumns) + " WHERE c.id = ?"));
  KENES_ASSIGN(bool found, query->Bind(1, id).Step());
  if (!found) return NotFound("no check-in has id " + std::to_string(id));
  return ReadCheckIn(*query);
}

Result<PageOf<CheckIn>> SqlTransaction::ListCheckIns(const CheckInFilter& filter) {
  SqlFilter where;
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
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(kColumns + join + where.sql()));
  where.BindTo(*query);
  std::vector<CheckIn> checkins;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    checkins.push_back(ReadCheckIn(*query));
  }
  return TrimToPage(std::move(checkins), filter.page);
}

Result<CheckIn> SqlTransaction::UpdateCheckIn(CheckIn checkin) {
  KENES_ASSIGN(sql::Statement * update,
               db_.Prepare("UPDATE checkins SET event_id = ?, participant = ?, segment_code = ?, "
                           "age_band = ?, version = version + 1 WHERE id = ? AND version = ?"));
  KENES_TRY(update->Bind(1, checkin.event_id)
                .BindBlob(2, HexToBytes(checkin.participant_hash))
                .BindOrNull(3, checkin.segment)
                .Bind(4, AgeBandText(checkin.age_band))
                .Bind(5, checkin.id)
                .Bind(6, checkin.version)
                .Run());
  if (update->Changes() == 0)
    return StaleOrMissing("checkins", "check-in", checkin.id, checkin.version);
  return GetCheckIn(checkin.id);
}

Status SqlTransaction::DeleteCheckIn(Id id) {
  return DeleteById("DELETE FROM checkins WHERE id = ?", "check-in", id);
}

}  // namespace kenes::sql
