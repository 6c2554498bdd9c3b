// The change feed: the `changes` log that migration 3's triggers (and the check-in bulk path)
// write, read back in order with runs of consecutive ids merged.
#include <cstring>

#include "store/sqlite/sqlite_transaction.h"

namespace kenes {
namespace {

ChangeKind ParseChangeKind(std::string_view kind) {
  if (kind == "event") return ChangeKind::kEvent;
  if (kind == "feedback") return ChangeKind::kFeedback;
  if (kind == "checkin") return ChangeKind::kCheckIn;
  return ChangeKind::kReference;
}

// Whether `next` continues `run`: the same kind of record created or changed, the next ids.
// Reference entries all merge: a reader reloads reference data once however often it changed.
bool Continues(const Change& run, const Change& next) {
  if (run.kind != next.kind || run.deleted || next.deleted) return false;
  return run.kind == ChangeKind::kReference || next.first == run.last + 1;
}

}  // namespace

Result<ChangeFeed> SqliteTransaction::ChangesSince(std::int64_t cursor, std::size_t limit) {
  ChangeFeed feed;
  feed.cursor = cursor;
  if (limit == 0) {
    KENES_ASSIGN(sqlite::Statement * head,
                 db_.Prepare("SELECT COALESCE(MAX(seq), 0) FROM changes"));
    KENES_TRY(head->Step());
    feed.cursor = head->Int(0);
    return feed;
  }
  KENES_ASSIGN(sqlite::Statement * query,
               db_.Prepare("SELECT seq, kind, first_id, last_id, deleted, event_id, participant "
                           "FROM changes WHERE seq > ? ORDER BY seq LIMIT ?"));
  query->Bind(1, cursor).Bind(2, static_cast<std::int64_t>(limit));
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    feed.cursor = query->Int(0);
    Change change;
    change.kind = ParseChangeKind(query->Text(1));
    change.first = query->Int(2);
    change.last = query->Int(3);
    change.deleted = query->Int(4) != 0;
    if (!query->IsNull(5)) change.event_id = query->Int(5);
    const std::string_view participant = query->Blob(6);
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

Status SqliteTransaction::LogCheckInsAppended(Id first, Id last) {
  KENES_ASSIGN(
      sqlite::Statement * log,
      db_.Prepare("INSERT INTO changes (kind, first_id, last_id) VALUES ('checkin', ?, ?)"));
  return log->Bind(1, first).Bind(2, last).Run();
}

}  // namespace kenes
