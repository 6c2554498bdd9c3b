// Writes the audit entries of one write transaction, each linked to the entry before it
// (crypto/audit_chain.h) and stamped with the actor and the time. Because the entries go into the
// same transaction as the change they describe, a change and its entry land together or not at
// all.
//
// An AuditTrail borrows its transaction and actor and lives no longer than the transaction.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/actor.h"
#include "core/audit.h"
#include "core/record_kind.h"
#include "store/clock.h"
#include "store/store.h"

namespace kenes {

class AuditTrail {
 public:
  AuditTrail(Transaction& tx, const Actor& actor, const Clock& clock)
      : tx_(tx), actor_(actor), clock_(clock) {}

  // Appends an entry for `kind` `id`, named by the kind's RecordKindName. `before` and `after` are
  // the record as JSON, null where there is none (before a create, after a delete).
  Status Record(AuditAction action, RecordKind kind, Id id, const nlohmann::json& before,
                const nlohmann::json& after);
  // Appends one entry for many records of `kind` created at once (a bulk import of check-ins):
  // named by the kind's PluralName, id 0, `summary` as what was after.
  Status RecordBatch(RecordKind kind, const nlohmann::json& summary);

  const Actor& actor() const { return actor_; }

 private:
  Status Append(AuditAction action, std::string_view kind, Id id, const nlohmann::json& before,
                const nlohmann::json& after);

  Transaction& tx_;
  const Actor& actor_;
  const Clock& clock_;
  std::optional<AuditHead> head_;  // loaded by the first Record of the transaction
  bool head_loaded_ = false;
  std::string at_;  // one moment for every entry of the transaction: they commit together
};

}  // namespace kenes
