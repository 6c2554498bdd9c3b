// The record feed: the `record_changes` log that migration 4's triggers (and the check-in bulk
// path) write, read back in order with runs of consecutive ids merged; and its compaction
// (store.h, FeedCompaction).
#include <algorithm>
#include <cstring>

#include "core/instant.h"
#include "store/sql/sql_transaction.h"

namespace kenes::sql {
namespace {

// Whether `next` continues `run`: the same kind of record created or changed, the next ids.
// Entries of kinds not followed record by record (reference data, places) all merge: a reader
// reloads them once however often they changed.
bool Continues(const RecordChange& run, const RecordChange& next) {
  if (run.kind != next.kind || run.deleted || next.deleted) return false;
  return !run.kind || FeedReportOf(*run.kind) != FeedReport::kEachRecord ||
         next.first == run.last + 1;
}

// The first column of a query's one row.
Result<std::int64_t> OneInt(Statement& query) {
  KENES_ASSIGN(bool row, query.Step());
  return row ? query.Int(0) : 0;
}

}  // namespace

// The watermark of compaction: entries up to it may be gone.
Result<std::int64_t> SqlTransaction::FoldedThrough() {
  KENES_ASSIGN(Statement * folded, db_.Prepare("SELECT through FROM feed_folded"));
  return OneInt(*folded);
}

Result<RecordChanges> SqlTransaction::ChangesSince(std::int64_t cursor, std::size_t limit) {
  RecordChanges feed;
  feed.cursor = cursor;
  // The entries first, the watermark after them: in a READ COMMITTED write each statement sees
  // the commits before it, so a compaction that removed entries before they were read has raised
  // the watermark by the time it is read, and the reader learns it is behind instead of missing
  // them.
  if (limit == 0) {
    KENES_ASSIGN(Statement * head, db_.Prepare("SELECT COALESCE(MAX(id), 0) FROM record_changes"));
    KENES_ASSIGN(const std::int64_t newest, OneInt(*head));
    KENES_ASSIGN(const std::int64_t through, FoldedThrough());
    feed.cursor = std::max(newest, through);
    feed.behind = cursor < through;
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
    change.kind = ParseFeedKind(query->Text(1));
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
  KENES_ASSIGN(const std::int64_t through, FoldedThrough());
  if (cursor < through) {
    feed.changes.clear();
    feed.cursor = cursor;
    feed.behind = true;
  }
  return feed;
}

Status SqlTransaction::KeepFeedCursor(std::string_view reader, std::int64_t cursor) {
  KENES_ASSIGN(Statement * keep,
               db_.Prepare("INSERT INTO feed_readers (reader, cursor, seen_at) VALUES (?, ?, ?) "
                           "ON CONFLICT (reader) DO UPDATE SET cursor = excluded.cursor, "
                           "seen_at = excluded.seen_at"));
  return keep->Bind(1, reader).Bind(2, cursor).Bind(3, clock_.NowUtc()).Run();
}

Status SqlTransaction::CompactFeed() {
  KENES_ASSIGN(const UnixSeconds now, ParseUtc(clock_.NowUtc()));
  KENES_ASSIGN(Statement * newest, db_.Prepare("SELECT COALESCE(MAX(id), 0) FROM record_changes"));
  KENES_ASSIGN(const std::int64_t head, OneInt(*newest));

  // Entry ages: the head as of now, then the newest head noted a day ago or earlier, which is how
  // far the feed is older than a day. Older marks say nothing more and go.
  KENES_ASSIGN(Statement * mark,
               db_.Prepare("INSERT INTO feed_marks (head, noted_at) VALUES (?, ?) "
                           "ON CONFLICT (head) DO NOTHING"));
  KENES_TRY(mark->Bind(1, head).Bind(2, FormatUtc(now)).Run());
  KENES_ASSIGN(Statement * aged,
               db_.Prepare("SELECT COALESCE(MAX(head), 0) FROM feed_marks WHERE noted_at <= ?"));
  aged->Bind(1, FormatUtc(now - FeedCompaction::kKeptSeconds));
  KENES_ASSIGN(const std::int64_t day_old, OneInt(*aged));
  KENES_ASSIGN(Statement * forget_marks, db_.Prepare("DELETE FROM feed_marks WHERE head < ?"));
  KENES_TRY(forget_marks->Bind(1, day_old).Run());

  // What every live reader has passed; with none live, everything.
  KENES_ASSIGN(Statement * forget_readers,
               db_.Prepare("DELETE FROM feed_readers WHERE seen_at < ?"));
  KENES_TRY(forget_readers->Bind(1, FormatUtc(now - FeedCompaction::kLiveSeconds)).Run());
  KENES_ASSIGN(Statement * slowest,
               db_.Prepare("SELECT COALESCE(MIN(cursor), ?) FROM feed_readers"));
  slowest->Bind(1, head);
  KENES_ASSIGN(const std::int64_t passed, OneInt(*slowest));

  const std::int64_t target = std::max(std::min(passed, head), day_old);
  KENES_ASSIGN(const std::int64_t through, FoldedThrough());
  if (target <= through) return Ok();
  // The newest entry stays, whatever is folded: SQLite numbers a new row one past the largest
  // present, and an emptied feed would hand out numbers readers have already passed.
  KENES_ASSIGN(Statement * fold,
               db_.Prepare("DELETE FROM record_changes WHERE id <= ? AND id < ?"));
  KENES_TRY(fold->Bind(1, target).Bind(2, head).Run());
  KENES_ASSIGN(Statement * raise,
               db_.Prepare("UPDATE feed_folded SET through = ? WHERE through < ?"));
  return raise->Bind(1, target).Bind(2, target).Run();
}

}  // namespace kenes::sql
