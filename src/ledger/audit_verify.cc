#include "ledger/audit_verify.h"

#include <charconv>

#include "crypto/audit_chain.h"

namespace kenes {
namespace {

constexpr std::int64_t kPage = 1000;

std::string Seq(std::int64_t seq) { return std::to_string(seq); }

// Reading the log entry by entry, the state between two entries.
class ChainWalk {
 public:
  explicit ChainWalk(const std::optional<AuditHead>& anchor) : anchor_(anchor) {}

  void Add(const AuditEntry& entry) {
    ++report_.entries;
    if (anchor_ && entry.seq == anchor_->seq) anchor_seen_ = entry.hash;
    if (pending_) {
      // A link broke earlier: if the entry it pointed to turns up later, entries were moved.
      if (entry.hash == pending_->target) {
        report_.problem = AuditProblem{AuditBreak::kReordered, pending_->seq,
                                       "entry " + Seq(pending_->seq) +
                                           " is out of order: it was written after entry " +
                                           Seq(entry.seq) + ", which now comes after it"};
        pending_.reset();
      }
    } else if (!report_.problem) {
      Check(entry);
    }
    last_ = AuditHead{entry.seq, entry.hash};
  }

  AuditReport Finish() {
    if (pending_) {
      report_.problem =
          AuditProblem{AuditBreak::kAltered, pending_->previous,
                       "entry " + Seq(pending_->previous) + " was altered or replaced (entry " +
                           Seq(pending_->seq) +
                           " was linked to another one), or entries after it were removed and "
                           "the rest renumbered"};
    }
    report_.head = last_;
    if (!report_.problem && anchor_) {
      if (!anchor_seen_) {
        report_.problem =
            AuditProblem{AuditBreak::kRemoved, anchor_->seq,
                         "the log ends at entry " + (last_ ? Seq(last_->seq) : std::string("0")) +
                             ", before the anchor entry " + Seq(anchor_->seq) +
                             ": entries were removed from its end"};
      } else if (*anchor_seen_ != anchor_->hash) {
        report_.problem =
            AuditProblem{AuditBreak::kAltered, anchor_->seq,
                         "entry " + Seq(anchor_->seq) +
                             " is not the one the anchor recorded: the log was rewritten up to it"};
      }
    }
    return report_;
  }

 private:
  struct Pending {
    std::int64_t seq;       // the entry whose link is broken
    std::int64_t previous;  // the entry before it
    std::string target;     // the hash it links to
  };

  void Check(const AuditEntry& entry) {
    if (AuditEntryHash(entry) != entry.hash) {
      report_.problem = AuditProblem{
          AuditBreak::kAltered, entry.seq,
          "entry " + Seq(entry.seq) + " was altered: its content no longer matches its hash"};
      return;
    }
    const std::string expected = last_ ? last_->hash : std::string(kGenesisHash);
    const std::int64_t next = last_ ? last_->seq + 1 : 1;
    if (entry.prev_hash == expected) {
      if (entry.seq != next) {
        report_.problem =
            AuditProblem{AuditBreak::kAltered, entry.seq,
                         "entry " + Seq(entry.seq) + " was renumbered: it directly follows entry " +
                             Seq(next - 1)};
      }
      return;
    }
    if (entry.seq > next) {
      report_.problem = AuditProblem{
          AuditBreak::kRemoved, next,
          entry.seq == next + 1
              ? "entry " + Seq(next) + " was removed"
              : "entries " + Seq(next) + " to " + Seq(entry.seq - 1) + " were removed"};
      return;
    }
    if (!last_ && entry.prev_hash != kGenesisHash) {
      pending_ = Pending{entry.seq, entry.seq, entry.prev_hash};
      return;
    }
    pending_ = Pending{entry.seq, last_ ? last_->seq : entry.seq, entry.prev_hash};
  }

  const std::optional<AuditHead> anchor_;
  std::optional<std::string> anchor_seen_;  // the hash of the anchor's entry, once read
  std::optional<AuditHead> last_;
  std::optional<Pending> pending_;
  AuditReport report_;
};

}  // namespace

std::string_view AuditBreakName(AuditBreak kind) {
  switch (kind) {
    case AuditBreak::kAltered:
      return "altered";
    case AuditBreak::kRemoved:
      return "removed";
    case AuditBreak::kReordered:
      return "reordered";
  }
  return "?";
}

Result<AuditReport> VerifyAuditLog(Store& store, const std::optional<AuditHead>& anchor) {
  ChainWalk walk(anchor);
  KENES_TRY(store.Read([&](Transaction& tx) -> Status {
    AuditFilter filter;
    filter.limit = kPage;
    while (true) {
      KENES_ASSIGN(std::vector<AuditEntry> page, tx.ListAudit(filter));
      for (const AuditEntry& entry : page) walk.Add(entry);
      if (static_cast<std::int64_t>(page.size()) < kPage) return Ok();
      filter.after_seq = page.back().seq;
    }
  }));
  return walk.Finish();
}

Result<AuditHead> ParseAuditAnchor(std::string_view text, std::string_view field) {
  const auto colon = text.find(':');
  AuditHead head;
  const auto [end, error] = std::from_chars(text.data(), text.data() + colon, head.seq);
  head.hash = std::string(text.substr(colon == std::string_view::npos ? text.size() : colon + 1));
  if (colon == std::string_view::npos || error != std::errc() || end != text.data() + colon ||
      head.seq < 1 || head.hash.size() != kGenesisHash.size()) {
    return Invalid(std::string(field),
                   "an anchor is SEQ:HASH as `kenes audit verify` prints it, e.g. 42:3fa4…");
  }
  return head;
}

}  // namespace kenes
