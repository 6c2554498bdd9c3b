// Stored replies of idempotent writes, by account and key.
#include <algorithm>

#include "store/sql/sql_transaction.h"

namespace kenes::sql {

Result<std::optional<StoredReply>> SqlTransaction::FindStoredReply(std::string_view account,
                                                                   std::string_view key) {
  // This transaction's own reservation, not stored yet on SQLite (ReserveStoredReply).
  for (const StoredReply& reserved : reserved_) {
    if (reserved.account == account && reserved.key == key) return std::optional(reserved);
  }
  KENES_ASSIGN(Statement * query,
               db_.Prepare("SELECT request_hash, status, body, content_type, created_at "
                           "FROM stored_replies WHERE account = ? AND idempotency_key = ?"));
  query->Bind(1, account).Bind(2, key);
  KENES_ASSIGN(bool row, query->Step());
  if (!row) return std::optional<StoredReply>();
  return std::optional<StoredReply>(StoredReply{std::string(account), std::string(key),
                                                query->Text(0), static_cast<int>(query->Int(1)),
                                                query->Text(2), query->Text(3), query->Text(4)});
}

Status SqlTransaction::InsertStoredReply(const StoredReply& reply) {
  KENES_ASSIGN(Statement * insert,
               db_.Prepare("INSERT INTO stored_replies (account, idempotency_key, request_hash, "
                           "status, body, content_type, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
  return insert->Bind(1, reply.account)
      .Bind(2, reply.key)
      .Bind(3, reply.request_hash)
      .Bind(4, reply.status)
      .Bind(5, reply.body)
      .Bind(6, reply.content_type)
      .Bind(7, reply.created_at.empty() ? clock_.NowUtc() : reply.created_at)
      .Run();
}

Status SqlTransaction::ReserveStoredReply(const StoredReply& reply) {
  // A PostgreSQL writer of the same key on another connection must wait for this one: the row is
  // inserted now. A SQLite writer is alone until it commits: the row waits for its answer
  // (CompleteStoredReply) or the end of the write (StoreReservations), and a key already taken
  // conflicts then.
  if (db_.dialect() == Dialect::kSqlite) {
    reserved_.push_back({reply.account, reply.key, reply.request_hash, 0, "", "",
                         reply.created_at.empty() ? clock_.NowUtc() : reply.created_at});
    return Ok();
  }
  return InsertStoredReply(
      {reply.account, reply.key, reply.request_hash, 0, "", "", reply.created_at});
}

Status SqlTransaction::StoreReservations() {
  for (const StoredReply& reserved : reserved_) KENES_TRY(InsertStoredReply(reserved));
  reserved_.clear();
  return Ok();
}

Status SqlTransaction::CompleteStoredReply(const StoredReply& reply) {
  const auto reserved = std::find_if(reserved_.begin(), reserved_.end(), [&](const auto& r) {
    return r.account == reply.account && r.key == reply.key;
  });
  if (reserved != reserved_.end()) {
    reserved_.erase(reserved);
    return InsertStoredReply(reply);
  }
  KENES_ASSIGN(Statement * update,
               db_.Prepare("UPDATE stored_replies SET status = ?, body = ?, content_type = ? "
                           "WHERE account = ? AND idempotency_key = ?"));
  KENES_TRY(update->Bind(1, reply.status)
                .Bind(2, reply.body)
                .Bind(3, reply.content_type)
                .Bind(4, reply.account)
                .Bind(5, reply.key)
                .Run());
  if (update->Changes() == 0) return NotFound("no reserved key " + reply.key);
  return Ok();
}

Status SqlTransaction::ForgetStoredReplies(std::string_view before) {
  // Every account's, not the caller's alone: an account that stopped writing would otherwise
  // keep its keys for good. A range of the age index, empty almost always.
  KENES_ASSIGN(Statement * forget,
               db_.Prepare("DELETE FROM stored_replies WHERE created_at < ? AND account <> ?"));
  return forget->Bind(1, before).Bind(2, kImportsAccount).Run();
}

}  // namespace kenes::sql
