// The audit log: appended to, listed, never changed (the schema's triggers refuse UPDATE and
// DELETE on it as well).
#include <algorithm>

#include "store/sql/sql_filter.h"
#include "store/sql/sql_transaction.h"

namespace kenes::sql {

Result<std::optional<AuditHead>> SqlTransaction::LastAuditEntry() {
  KENES_ASSIGN(sql::Statement * query,
               db_.Prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
  KENES_ASSIGN(bool found, query->Step());
  if (!found) return std::optional<AuditHead>();
  return std::optional<AuditHead>(AuditHead{query->Int(0), query->Text(1)});
}

Status SqlTransaction::AppendAudit(const AuditEntry& entry) {
  // The seq must follow the last one: a gap or a reuse means two writers raced for the head.
  KENES_ASSIGN(std::optional<AuditHead> head, LastAuditEntry());
  const std::int64_t expected = head ? head->seq + 1 : 1;
  if (entry.seq != expected) {
    return Conflict("the audit log moved on (entry " + std::to_string(entry.seq) +
                    " was to follow " + std::to_string(expected - 1) + "); try again");
  }
  KENES_ASSIGN(sql::Statement * insert,
               db_.Prepare("INSERT INTO audit_log (seq, at, actor, action, record_kind, "
                           "record_id, record_before, record_after, prev_hash, hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
  return insert->Bind(1, entry.seq)
      .Bind(2, entry.at)
      .Bind(3, entry.actor)
      .Bind(4, entry.action)
      .Bind(5, entry.record_kind)
      .Bind(6, entry.record_id)
      .BindOrNull(7, entry.before)
      .BindOrNull(8, entry.after)
      .Bind(9, entry.prev_hash)
      .Bind(10, entry.hash)
      .Run();
}

Result<std::vector<AuditEntry>> SqlTransaction::ListAudit(const AuditFilter& filter) {
  SqlFilter where;
  where.Where("seq > ?", filter.after_seq);
  if (!filter.record_kind.empty()) where.Where("record_kind = ?", filter.record_kind);
  if (filter.record_id) where.Where("record_id = ?", *filter.record_id);
  if (!filter.actor.empty()) where.Where("actor = ?", filter.actor);
  const std::int64_t limit = std::max<std::int64_t>(1, filter.limit);
  KENES_ASSIGN(sql::Statement * query,
               db_.Prepare("SELECT seq, at, actor, action, record_kind, record_id, record_before, "
                           "record_after, "
                           "prev_hash, hash FROM audit_log" +
                           where.sql() + " ORDER BY seq LIMIT " + std::to_string(limit)));
  where.BindTo(*query);
  std::vector<AuditEntry> entries;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    AuditEntry entry;
    entry.seq = query->Int(0);
    entry.at = query->Text(1);
    entry.actor = query->Text(2);
    entry.action = query->Text(3);
    entry.record_kind = query->Text(4);
    entry.record_id = query->Int(5);
    entry.before = query->Text(6);
    entry.after = query->Text(7);
    entry.prev_hash = query->Text(8);
    entry.hash = query->Text(9);
    entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace kenes::sql
