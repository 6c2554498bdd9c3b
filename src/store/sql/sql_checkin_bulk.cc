// Check-ins in bulk: appended many rows to a statement, scanned without building a CheckIn per row.
#include <algorithm>
#include <cstring>
#include <set>

#include "store/sql/record_feed_schema.h"
#include "store/sql/sql_transaction.h"

namespace kenes::sql {
namespace {

// Rows per INSERT: 5 parameters each stays far below both databases' limits, and a statement of
// a few hundred rows costs the database little more than one of a single row.
constexpr std::size_t kRowsPerStatement = 256;

std::string_view BytesOf(const ParticipantKey& participant) {
  return {reinterpret_cast<const char*>(participant.data()), participant.size()};
}

std::string InsertSql(std::size_t rows) {
  std::string sql =
      "INSERT INTO checkins (version, event_id, participant, segment_code, age_band, created_at) "
      "VALUES ";
  for (std::size_t i = 0; i < rows; ++i) sql += i ? ", (1, ?, ?, ?, ?, ?)" : "(1, ?, ?, ?, ?, ?)";
  // A duplicate is reported, not raised: in PostgreSQL a failed statement spoils the transaction,
  // and the row at fault is found afterwards.
  return sql + " ON CONFLICT DO NOTHING RETURNING id";
}

// The columns of a CheckInRow, which ReadRow reads from the start of a scan's row.
constexpr std::string_view kRowColumns = "id, event_id, participant, segment_code, age_band";

// `segment` keeps the text the row's view points to.
Status ReadRow(const Statement& query, CheckInRow& row, std::string& segment) {
  row.id = query.Int(0);
  row.event_id = query.Int(1);
  const std::string participant = query.Blob(2);
  // The schema cannot hold anything else, short of a damaged database.
  if (participant.size() != row.participant.size()) {
    return Internal("check-in " + std::to_string(row.id) + " has a malformed participant");
  }
  std::memcpy(row.participant.data(), participant.data(), participant.size());
  segment = query.Text(3);
  row.segment = segment;
  row.age_band.reset();
  if (!query.IsNull(4)) row.age_band = ParseAgeBand(query.Text(4)).value();
  return Ok();
}

}  // namespace

Status SqlTransaction::AppendCheckIns(std::span<const CheckInRow> rows) {
  // Every event first, so the rows cannot fail on a reference and the error names the first row.
  std::set<Id> known;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (known.contains(rows[i].event_id)) continue;
    KENES_ASSIGN(bool exists, Exists(RecordKind::kEvent, std::to_string(rows[i].event_id)));
    if (!exists) {
      return Invalid("rows[" + std::to_string(i) + "]: event_id",
                     "there is no event " + std::to_string(rows[i].event_id));
    }
    known.insert(rows[i].event_id);
  }
  // Inserted in (event, participant) order: the unique index then grows at its right edge like
  // the table does, rather than at random places, which makes each insert some 15% cheaper. Rows
  // of one person at one event stay in their given order, so the later one is the repeat.
  std::vector<std::uint32_t> order(rows.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (rows[a].event_id != rows[b].event_id) return rows[a].event_id < rows[b].event_id;
    return rows[a].participant < rows[b].participant;
  });
  // Whole statements, then the rest in halving sizes: a handful of statement shapes, each
  // prepared once per connection.
  std::vector<Id> ids;
  ids.reserve(rows.size());
  std::size_t done = 0;
  for (std::size_t size = kRowsPerStatement; size > 0; size /= 2) {
    while (order.size() - done >= size) {
      KENES_TRY(AppendCheckInBatch(rows, std::span(order).subspan(done, size), ids));
      done += size;
    }
  }
  // Ids come out consecutive unless another writer interleaves (PostgreSQL) or the table holds
  // the largest rowid (SQLite then picks at random): one feed entry per run.
  std::sort(ids.begin(), ids.end());
  std::size_t run = 0;
  for (std::size_t i = 1; i <= ids.size(); ++i) {
    if (i == ids.size() || ids[i] != ids[i - 1] + 1) {
      KENES_TRY(LogCheckInsAppended(ids[run], ids[i - 1]));
      run = i;
    }
  }
  return Ok();
}

Status SqlTransaction::AppendCheckInBatch(std::span<const CheckInRow> rows,
                                          std::span<const std::uint32_t> batch,
                                          std::vector<Id>& ids) {
  KENES_ASSIGN(Statement * insert, db_.Prepare(InsertSql(batch.size())));
  const std::string created_at = clock_.NowUtc();
  int p = 1;
  for (std::uint32_t index : batch) {
    const CheckInRow& row = rows[index];
    insert->Bind(p, row.event_id)
        .BindBlob(p + 1, BytesOf(row.participant))
        .BindOrNull(p + 2, row.segment);
    if (row.age_band) {
      insert->Bind(p + 3, AgeBandName(*row.age_band));
    } else {
      insert->BindNull(p + 3);
    }
    insert->Bind(p + 4, created_at);
    p += 5;
  }
  const std::size_t before = ids.size();
  while (true) {
    KENES_ASSIGN(bool row, insert->Step());
    if (!row) break;
    ids.push_back(insert->Int(0));
  }
  if (ids.size() - before == batch.size()) return Ok();
  // Some row was a second check-in of its person at its event: the first such row is either a
  // repeat within this statement or one whose stored check-in is not among those just inserted.
  const std::set<Id> inserted(ids.begin() + static_cast<std::ptrdiff_t>(before), ids.end());
  std::set<std::pair<Id, std::string_view>> seen;
  for (std::uint32_t index : batch) {
    const CheckInRow& row = rows[index];
    bool repeat = !seen.emplace(row.event_id, BytesOf(row.participant)).second;
    if (!repeat) {
      KENES_ASSIGN(Statement * stored, db_.Prepare("SELECT id FROM checkins WHERE event_id = ? "
                                                   "AND participant = ?"));
      stored->Bind(1, row.event_id).BindBlob(2, BytesOf(row.participant));
      KENES_ASSIGN(bool found, stored->Step());
      repeat = found && !inserted.contains(stored->Int(0));
    }
    if (repeat) {
      return Conflict(
          "this participant is already checked in at event " + std::to_string(row.event_id),
          "rows[" + std::to_string(index) + "]");
    }
  }
  return Internal("a bulk insert of check-ins lost rows it did not account for");
}

Status SqlTransaction::ScanCheckIns(Id after, Id through,
                                    const std::function<Status(const CheckInRow&)>& visit) {
  KENES_ASSIGN(Statement * query,
               db_.Prepare("SELECT " + std::string(kRowColumns) +
                           " FROM checkins WHERE id > ? AND id <= ? ORDER BY id"));
  query->Bind(1, after).Bind(2, through);
  CheckInRow row;
  std::string segment;
  while (true) {
    KENES_ASSIGN(bool found, query->Step());
    if (!found) break;
    KENES_TRY(ReadRow(*query, row, segment));
    KENES_TRY(visit(row));
  }
  return Ok();
}

Status SqlTransaction::ScanCheckInRecords(
    Id after, std::size_t limit, const std::function<Status(const CheckInRecordRow&)>& visit) {
  KENES_ASSIGN(Statement * query,
               db_.Prepare("SELECT " + std::string(kRowColumns) +
                           ", version, created_at FROM checkins WHERE id > ? ORDER BY id LIMIT ?"));
  query->Bind(1, after).Bind(2, static_cast<std::int64_t>(limit));
  CheckInRecordRow record;
  std::string segment, created_at;
  while (true) {
    KENES_ASSIGN(bool found, query->Step());
    if (!found) break;
    KENES_TRY(ReadRow(*query, record.row, segment));
    record.version = query->Int(5);
    created_at = query->Text(6);
    record.created_at = created_at;
    KENES_TRY(visit(record));
  }
  return Ok();
}

Status SqlTransaction::LogCheckInsAppended(Id first, Id last) {
  if (db_.dialect() == Dialect::kPostgres) KENES_TRY(db_.Execute(kRecordFeedLock));
  KENES_ASSIGN(Statement * log, db_.Prepare("INSERT INTO record_changes (kind, first_id, last_id) "
                                            "VALUES (?, ?, ?)"));
  return log->Bind(1, RecordKindName(RecordKind::kCheckIn)).Bind(2, first).Bind(3, last).Run();
}

}  // namespace kenes::sql
