// Press-release intake: a text goes in, the extractor reads it, and the document is stored with
// one draft per meeting it describes. A person then confirms a draft (it becomes an event),
// corrects it, rejects it, or merges it into an event already stored. A draft that seems to
// report a stored meeting again (a day apart at most, the same place, the same venue or host)
// says so, and is not confirmed as a new event unless the person insists: nothing is counted
// twice by accident.
//
// A draft's proposal is a JSON object:
//   "event":     the event it would become, in the API's create form (correct it here)
//   "speakers":  [{"name","title","person_id"}]: who spoke, matched to people on record
//   "host":      {"name","kind","organization_id"} or null: the host as read, matched
//   "extracted": the meeting as the extractor read it, with the span of every fact
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ledger/ledger.h"

namespace kenes {

struct IntakeResult {
  SourceDocument document;
  std::vector<Draft> drafts;
};

// Stores `text` and its drafts. The same text taken in before is a conflict naming the document.
// `title` is optional; `today` dates a text that names no year. `source_url`, optional, is where
// the text was published (an http(s) address): the document keeps it and each draft's event
// carries it, as the meeting's source_url.
Result<IntakeResult> TakeIn(Ledger& ledger, const Actor& actor, std::string_view text,
                            const std::string& title, Date today,
                            const std::string& source_url = {});

// Merges `patch` (a JSON object of proposal fields: "event" is merged field by field, "speakers"
// replaced) into a pending draft. `version`, when given, must be the draft's.
Result<Draft> CorrectDraft(Ledger& ledger, const Actor& actor, Id draft_id,
                           const nlohmann::json& patch);

// Makes a pending draft an event. Speakers and a host not on record are added to the registry.
// A draft that looks like a stored event is refused (409) unless `as_new`.
Result<Event> ConfirmDraft(Ledger& ledger, const Actor& actor, Id draft_id, bool as_new);

Result<Draft> RejectDraft(Ledger& ledger, const Actor& actor, Id draft_id);

// Adds what the draft knows and the event lacks (figure, venue, host, audience, speakers) to
// `into`, or to the event the draft was found to duplicate, and links the draft to it.
Result<Event> MergeDraft(Ledger& ledger, const Actor& actor, Id draft_id, std::optional<Id> into);

}  // namespace kenes
