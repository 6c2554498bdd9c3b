// The hash that chains the audit log. An entry's hash is BLAKE2b-256 over a fixed tag, the
// previous entry's hash, and every field of the entry (when, who, what was done to which record,
// the record before and after), each field preceded by its length so that no two different
// entries encode alike. The sequence number is not covered: the order is what the links give.
//
// The hash is not keyed: anyone holding a copy of the log can check it without a secret, which
// is what an outside auditor needs. The price is that someone able to rewrite the whole log can
// recompute every hash after the entry they change; only a head recorded elsewhere (`kenes audit
// verify` prints it) exposes that (docs/design.md).
#pragma once

#include <string>

#include "core/audit.h"

namespace kenes {

// The hash of `entry` as linked to `entry.prev_hash`. `entry.seq` and `entry.hash` are ignored.
std::string AuditEntryHash(const AuditEntry& entry);

}  // namespace kenes
