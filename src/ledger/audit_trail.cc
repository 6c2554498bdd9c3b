#include "ledger/audit_trail.h"

#include "crypto/audit_chain.h"

namespace kenes {
namespace {

std::string Text(const nlohmann::json& value) {
  if (value.is_null()) return {};
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

Status AuditTrail::Record(AuditAction action, RecordKind kind, Id id, const nlohmann::json& before,
                          const nlohmann::json& after) {
  return Append(action, RecordKindName(kind), id, before, after);
}

Status AuditTrail::RecordBatch(RecordKind kind, const nlohmann::json& summary) {
  return Append(AuditAction::kCreate, PluralName(kind), 0, nullptr, summary);
}

Status AuditTrail::Append(AuditAction action, std::string_view kind, Id id,
                          const nlohmann::json& before, const nlohmann::json& after) {
  if (!head_loaded_) {
    // One writer at a time past this point, until the transaction ends: the log is one line,
    // however many servers write to the database (SQLite has one writer anyway).
    KENES_TRY(tx_.LockKey("audit_log"));
    KENES_ASSIGN(head_, tx_.LastAuditEntry());
    head_loaded_ = true;
    at_ = clock_.NowUtc();
  }
  AuditEntry entry;
  entry.seq = head_ ? head_->seq + 1 : 1;
  entry.at = at_;
  entry.actor = actor_.name;
  entry.action = std::string(AuditActionName(action));
  entry.record_kind = std::string(kind);
  entry.record_id = id;
  entry.before = Text(before);
  entry.after = Text(after);
  entry.prev_hash = head_ ? head_->hash : std::string(kGenesisHash);
  entry.hash = AuditEntryHash(entry);
  KENES_TRY(tx_.AppendAudit(entry));
  head_ = AuditHead{entry.seq, entry.hash};
  return Ok();
}

}  // namespace kenes
