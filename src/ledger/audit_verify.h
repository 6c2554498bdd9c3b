// Checks the audit log's chain from the first entry to the last: that every entry still hashes to
// the hash it was written with, and links to the entry before it. The first break is reported
// with the entry where it is and what it means:
//   altered    an entry's content no longer matches its hash, or an entry was replaced by one
//              with a recomputed hash (the next entry no longer links to it);
//   removed    entries are missing (their sequence numbers are gone, and the chain skips them);
//   reordered  an entry links to one that comes after it: entries were swapped or moved.
//
// What it cannot see without help: entries cut off the end, or a log rewritten from some entry
// on with every later hash recomputed. Against that, record the head a verify prints somewhere
// kenes does not control and pass it back as `anchor`: the log must still hold that entry with
// that hash (docs/design.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/audit.h"
#include "store/store.h"

namespace kenes {

enum class AuditBreak { kAltered, kRemoved, kReordered };

struct AuditProblem {
  AuditBreak kind = AuditBreak::kAltered;
  std::int64_t seq = 0;  // the first entry found wrong
  std::string message;
};

struct AuditReport {
  std::int64_t entries = 0;             // entries read
  std::optional<AuditHead> head;        // the last entry read
  std::optional<AuditProblem> problem;  // the first break; absent when the chain holds
};

std::string_view AuditBreakName(AuditBreak kind);

// Reads the whole log in one snapshot, in order.
Result<AuditReport> VerifyAuditLog(Store& store, const std::optional<AuditHead>& anchor = {});

// Parses an anchor as `verify` prints it: "SEQ:HASH".
Result<AuditHead> ParseAuditAnchor(std::string_view text, std::string_view field = "--anchor");

}  // namespace kenes
