// The record feed: the `record_changes` log that migration 4's triggers (and the check-in bulk
// path) write, read back in order with runs of consecutive ids merged.
#include <cstring>

#include "store/sql/sql_transaction.h"

namespace kenes::sql {
namespace {

ChangeKind ParseChangeKind(std::string_view kind) {
  if (kind == "event") return ChangeKind::kEvent;
  if (kind == "feedback") return ChangeKind::kFeedback;
  if (kind == "checkin") return ChangeKind::kCheckIn;
  return ChangeKind::kReference;
}

// Whether `next` continues `run`: the same kind of record created or changed, the next ids.
// Reference entries all merge: a reader reloads reference data once however often it changed.
bool Continues(const RecordChange& run, const RecordChange& next) {
  if (run.kind != next.kind || run.deleted || next.deleted) return false;
  return run.kind == ChangeKind::kReference || next.first == run.last + 1;
}

}  // namespace

Result<RecordChanges> SqlTransaction::ChangesSince(std::int64_t cursor, std::size_t limit) {
  RecordChanges feed;
  feed.cursor = cursor;
  if (limit == 0) {
    KENES_ASSIGN(Statement * head, db_.Prepare("SELECT COALESCE(MAX(id), 0) FROM record_changes"));
    KENES_TRY(head->Step());
    feed.cursor = head->Int(0);
    return feed;
  }
  KENES_ASSIGN(Statement * query,
               db_.Prepare("SELECT id, kind, first_id, last_id, deleted, event_id, participant "
                           "FROM record_changes WHERE id > ? ORDER BY id LIMIT ?"));
  query->Bind(1, cursor).Bind(2, static_cast<std::int64_t>(limit));
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    feed.cursor = query->Int(0);
    RecordChange change;
    change.kind = ParseChangeKind(query->Text(1));
    change.first = query->Int(2);
    change.last = query->Int(3);
    change.deleted = query->Int(4) != 0;
    if (!query->IsNull(5)) change.event_id = query->Int(5);
    const std::string participant = query->Blob(6);
    if (participant.size() == change.participant.size()) {
      std::memcpy(change.participant.data(), participant.data(), participant.size());
    }
    if (!feed.changes.empty() && Continues(feed.changes.back(), change)) {
      feed.changes.back().last = change.last;
    } else {
      feed.changes.push_back(change);
    }
  }
  return feed;
}

}  // namespace kenes::sql
