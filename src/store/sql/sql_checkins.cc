// Check-ins: a participant hash per event, stored as bytes (its fields: core/checkin_fields.cc).
#include "core/checkin_fields.h"
#include "store/sql/described_tables.h"
#include "store/sql/sql_filter.h"
#include "store/sql/sql_transaction.h"

namespace kenes::sql {

const RecordTable<CheckIn>& CheckInTable() {
  static const RecordTable<CheckIn> table("checkins", CheckInFields());
  return table;
}

Result<CheckIn> SqlTransaction::CreateCheckIn(CheckIn checkin) {
  // ON CONFLICT DO NOTHING rather than catching the violation: in PostgreSQL a failed statement
  // spoils the whole transaction, and a second check-in is an expected case, not an error.
  const RecordTable<CheckIn>& table = CheckInTable();
  std::string sql = "INSERT INTO checkins (" + table.written() + ", version, created_at";
  sql += checkin.id ? ", id) VALUES (" : ") VALUES (";
  for (int i = 0; i < table.written_count(); ++i) sql += "?, ";
  sql += checkin.id ? "1, ?, ?)" : "1, ?)";
  sql += " ON CONFLICT DO NOTHING RETURNING id";
  KENES_ASSIGN(sql::Statement * insert, db_.Prepare(sql));
  checkin.created_at = clock_.NowUtc();
  const int next = table.Bind(*insert, checkin);
  insert->Bind(next, checkin.created_at);
  if (checkin.id) insert->Bind(next + 1, checkin.id);
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
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(CheckInTable().select() + " WHERE id = ?"));
  KENES_ASSIGN(bool found, query->Bind(1, id).Step());
  if (!found) return NotFound("no check-in has id " + std::to_string(id));
  CheckIn checkin;
  KENES_TRY(CheckInTable().Read(*query, checkin));
  return checkin;
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
  KENES_ASSIGN(sql::Statement * query,
               db_.Prepare(CheckInTable().select_as("c") + join + where.sql()));
  where.BindTo(*query);
  std::vector<CheckIn> checkins;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    KENES_TRY(CheckInTable().Read(*query, checkins.emplace_back()));
  }
  return TrimToPage(std::move(checkins), filter.page);
}

Result<CheckIn> SqlTransaction::UpdateCheckIn(CheckIn checkin) {
  KENES_ASSIGN(sql::Statement * update,
               db_.Prepare("UPDATE checkins SET " + CheckInTable().assignments() +
                           ", version = version + 1 WHERE id = ? AND version = ?"));
  const int next = CheckInTable().Bind(*update, checkin);
  KENES_TRY(update->Bind(next, checkin.id).Bind(next + 1, checkin.version).Run());
  if (update->Changes() == 0)
    return StaleOrMissing("checkins", "check-in", checkin.id, checkin.version);
  return GetCheckIn(checkin.id);
}

Status SqlTransaction::DeleteCheckIn(Id id) {
  return DeleteById("DELETE FROM checkins WHERE id = ?", "check-in", id);
}

}  // namespace kenes::sql
