// The audit log: one entry for every create, change and delete of a campaign record or an
// account, saying who made it, when, and what the record was before and after. Entries are
// chained: each one's hash covers its content and the hash of the entry before it
// (crypto/audit_chain.h), so an entry altered, removed or moved in the database breaks the chain
// at that point (ledger/audit_verify.h finds where).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/ids.h"
#include "core/result.h"

namespace kenes {

enum class AuditAction { kCreate, kUpdate, kDelete };

std::string_view AuditActionName(AuditAction action);
Result<AuditAction> ParseAuditAction(std::string_view name, std::string_view field = "action");

// The previous hash of the first entry: 32 zero bytes, as hex.
inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

struct AuditEntry {
  std::int64_t seq = 0;  // 1, 2, 3, ... in the order written
  std::string at;        // UTC, "YYYY-MM-DDTHH:MM:SSZ"
  std::string actor;     // the acting account's name, "cli:<unix user>" or "demo"
  // AuditActionName of the action. Kept as the text stored, so that an entry whose action was
  // edited to something else is hashed as it reads, and shows up as altered.
  std::string action;
  // The RecordKindName of the record's kind ("event", "checkin", "user"...); for one entry about
  // many records created at once, the kind's PluralName ("checkins", record_id 0).
  std::string record_kind;
  Id record_id = 0;
  std::string before;     // the record as JSON text before the change; empty for a create
  std::string after;      // the record as JSON text after the change; empty for a delete
  std::string prev_hash;  // the previous entry's hash (kGenesisHash for the first), hex
  std::string hash;       // this entry's hash, hex
};

// The last entry written: where the next one links in.
struct AuditHead {
  std::int64_t seq = 0;
  std::string hash;
};

// Entries in seq order with seq > after_seq; empty strings and absent ids match anything.
struct AuditFilter {
  std::string record_kind;
  std::optional<Id> record_id;
  std::string actor;
  std::int64_t after_seq = 0;
  std::int64_t limit = 100;
};

}  // namespace kenes
