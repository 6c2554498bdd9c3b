// Press-release intake: a source document as it was pasted, and the draft events read from it,
// each waiting for a person to confirm (it becomes an event), correct, reject, or merge into an
// event already stored (the same meeting reported twice is counted once).
#pragma once

#include <optional>
#include <span>
#include <string>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"

namespace kenes {

struct SourceDocument {
  Id id = 0;
  std::string title;
  std::string text;  // exactly as received; draft spans are byte offsets into it
  std::optional<Date> date;
  std::string region_code;
  std::string fingerprint;  // of the text, to recognize the same release pasted twice
  std::string extraction;   // what was read from it as a whole (people, claims, imprint): JSON
  std::string received_at;
  std::string source_url;  // where the text was published, when the sender said: http(s)
};

enum class DraftStatus { kPending, kConfirmed, kRejected, kMerged };

std::string_view DraftStatusName(DraftStatus status);
Result<DraftStatus> ParseDraftStatus(std::string_view name, std::string_view field = "status");
std::span<const std::string_view> DraftStatusNames();

struct Draft {
  Id id = 0;
  Version version = 0;
  Id document_id = 0;
  int ordinal = 0;  // its place among the document's drafts
  DraftStatus status = DraftStatus::kPending;
  // The proposed event and what was read around it (speakers by name, the host by name, spans,
  // confidence), as a JSON object; core keeps it as text, the ledger reads it.
  std::string proposal;
  double confidence = 0;
  std::optional<Id> duplicate_of;  // a stored event this draft seems to report again
  std::optional<Id> event_id;      // the event it became or was merged into
  std::string created_at;
  std::string updated_at;
};

}  // namespace kenes
