#include "ledger/intake.h"

#include <algorithm>

#include "core/same_meeting.h"
#include "core/utf8.h"
#include "core/validate.h"
#include "crypto/fingerprint.h"
#include "exchange/json_fields.h"
#include "exchange/record_json.h"
#include "extract/extraction_json.h"
#include "extract/extractor.h"
#include "ledger/duplicates.h"

namespace kenes {
namespace {

using nlohmann::json;

// Errors about the proposed event name their field as "event.<field>".
Error InEvent(Error error) {
  error.field = error.field.empty() ? "event" : "event." + error.field;
  return error;
}

template <class T>
Result<T> InEvent(Result<T> result) {
  if (result.ok()) return result;
  return InEvent(std::move(result).error());
}

// Names match regardless of case, quotes and word order ("«Қаратал» КМП", "КМП «Қаратал»").
bool SameName(const std::string& a, const std::string& b) { return NameKey(a) == NameKey(b); }

Result<std::optional<Id>> FindPerson(Transaction& tx, const std::string& name) {
  PersonFilter filter;
  filter.name_contains = name;
  KENES_ASSIGN(PageOf<Person> people, tx.ListPeople(filter));
  for (const Person& person : people.items) {
    if (SameName(person.full_name, name)) return std::optional<Id>(person.id);
  }
  return std::optional<Id>();
}

Result<std::optional<Id>> FindOrganization(Transaction& tx, const std::string& name) {
  // Search by the longest word, which any spelling of the name contains; then compare whole names.
  const std::string key = NameKey(name);
  std::string longest;
  for (std::size_t start = 0; start < key.size();) {
    std::size_t end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    if (end - start > longest.size()) longest = key.substr(start, end - start);
    start = end + 1;
  }
  OrganizationFilter filter;
  filter.name_contains = longest;
  filter.page.limit = Page::kMaxLimit;
  KENES_ASSIGN(PageOf<Organization> organizations, tx.ListOrganizations(filter));
  for (const Organization& organization : organizations.items) {
    if (SameName(organization.name, name)) return std::optional<Id>(organization.id);
  }
  return std::optional<Id>();
}

// "ru" or "kk" for a meeting told in Russian or Kazakh (by its own sentences, else by the whole
// text); nothing for a text of both or of neither.
json EventLanguage(const extract::DraftEvent& read, const extract::Extraction& document) {
  const extract::Language language =
      read.language == extract::Language::kUnknown ? document.language : read.language;
  if (language == extract::Language::kRussian) {
    return PublicationLanguageName(PublicationLanguage::kRussian);
  }
  if (language == extract::Language::kKazakh) {
    return PublicationLanguageName(PublicationLanguage::kKazakh);
  }
  return json();
}

// The event a meeting read from the text would become, in the API's create form.
json ProposedEvent(const extract::DraftEvent& read, const extract::Extraction& document,
                   const std::string& source_url) {
  json event = {{"kind", EventKindName(read.kind)}};
  const std::optional<Date> date = read.date ? read.date : document.date;
  event["date"] = date ? json(date->ToString()) : json();
  const std::string place = read.place_code.empty() ? document.region_code : read.place_code;
  event["place_code"] = place.empty() ? json() : json(place);
  if (!read.venue.empty()) event["venue"] = read.venue;
  json audience = json::array();
  for (const extract::DraftAudience& segment : read.audience) {
    if (std::find(audience.begin(), audience.end(), segment.code) == audience.end()) {
      audience.push_back(segment.code);
    }
  }
  event["audience"] = audience;
  if (read.attendance) event["attendance"] = read.attendance->attendance.text;
  if (const json language = EventLanguage(read, document); !language.is_null()) {
    event["language"] = language;
  }
  if (!source_url.empty()) event["source_url"] = source_url;
  return event;
}

// The proposal's event as a record, with the host it names when that is on record; nullopt when
// the proposal is still incomplete (no date or place yet).
Result<std::optional<Event>> ProposalEvent(const json& proposal) {
  auto event = EventFromJson(proposal.at("event"), JsonSource::kClient);
  if (!event.ok()) {
    const std::string& field = event.error().field;
    const json& fields = proposal.at("event");
    const bool missing = (field == "date" || field == "place_code") &&
                         (!fields.contains(field) || fields.at(field).is_null());
    if (missing) return std::optional<Event>();
    return InEvent(std::move(event).error());
  }
  const json& host = proposal.value("host", json());
  if (!event->host_organization_id && host.is_object() && host.contains("organization_id") &&
      host["organization_id"].is_number_integer()) {
    event->host_organization_id = host["organization_id"].get<Id>();
  }
  return std::optional<Event>(std::move(event).value());
}

std::string HostName(const json& proposal) {
  const json& host = proposal.value("host", json());
  return host.is_object() ? host.value("name", "") : std::string();
}

Result<std::optional<Id>> DuplicateOfProposal(Transaction& tx, const Gazetteer& gazetteer,
                                              const json& proposal, Id document_id) {
  KENES_ASSIGN(std::optional<Event> event, ProposalEvent(proposal));
  if (!event) return std::optional<Id>();
  return FindDuplicate(tx, gazetteer, *event, HostName(proposal), document_id);
}

Result<json> ParseProposal(const Draft& draft) {
  json proposal = json::parse(draft.proposal, nullptr, false);
  if (!proposal.is_object() || !proposal.contains("event")) {
    return Internal("draft " + std::to_string(draft.id) + " holds no proposal");
  }
  return proposal;
}

Result<Draft> PendingDraft(Transaction& tx, Id draft_id) {
  KENES_ASSIGN(Draft draft, tx.GetDraft(draft_id));
  if (draft.status != DraftStatus::kPending) {
    return Conflict("draft " + std::to_string(draft_id) + " is already " +
                        std::string(DraftStatusName(draft.status)),
                    "status");
  }
  return draft;
}

// The people the proposal's speakers are: on record already, or added now with their title.
Result<std::vector<Id>> ResolveSpeakers(LedgerSession& session, const json& proposal) {
  std::vector<Id> ids;
  for (const json& speaker : proposal.value("speakers", json::array())) {
    std::optional<Id> id;
    if (speaker.contains("person_id") && speaker["person_id"].is_number_integer()) {
      id = speaker["person_id"].get<Id>();
    } else {
      const std::string name = speaker.value("name", "");
      if (utf8::Trim(name).empty()) continue;
      KENES_ASSIGN(id, FindPerson(session.transaction(), name));
      if (!id) {
        Person person;
        person.full_name = name;
        const std::string title = speaker.value("title", "");
        if (!title.empty()) person.positions.push_back({title, std::nullopt, std::nullopt, {}});
        KENES_ASSIGN(Person created, session.CreatePerson(std::move(person)));
        id = created.id;
      }
    }
    if (std::find(ids.begin(), ids.end(), *id) == ids.end()) ids.push_back(*id);
  }
  return ids;
}

// The host organization named by the proposal: on record already, or added now.
Result<std::optional<Id>> ResolveHost(LedgerSession& session, const json& proposal) {
  const json& host = proposal.value("host", json());
  if (!host.is_object()) return std::optional<Id>();
  if (host.contains("organization_id") && host["organization_id"].is_number_integer()) {
    return std::optional<Id>(host["organization_id"].get<Id>());
  }
  const std::string name = host.value("name", "");
  if (utf8::Trim(name).empty()) return std::optional<Id>();
  KENES_ASSIGN(std::optional<Id> id, FindOrganization(session.transaction(), name));
  if (id) return id;
  Organization organization;
  organization.name = name;
  KENES_ASSIGN(organization.kind, ParseOrgKind(host.value("kind", "other"), "host.kind"));
  KENES_ASSIGN(Organization created, session.CreateOrganization(std::move(organization)));
  return std::optional<Id>(created.id);
}

template <class T>
void AddMissing(std::vector<T>& into, const std::vector<T>& from) {
  for (const T& item : from) {
    if (std::find(into.begin(), into.end(), item) == into.end()) into.push_back(item);
  }
}

// Checks a correction's "speakers" and "host" before they replace the proposal's.
Status CheckSpeakersAndHost(const json& patch) {
  if (patch.contains("speakers")) {
    const json& speakers = patch["speakers"];
    if (!speakers.is_array()) return Invalid("speakers", "expected a list");
    for (std::size_t i = 0; i < speakers.size(); ++i) {
      const std::string field = "speakers[" + std::to_string(i) + "]";
      KENES_ASSIGN(JsonFields speaker, JsonFields::Of(speakers[i], field));
      std::string name, title;
      std::optional<std::int64_t> person;
      KENES_TRY(speaker.Text("name", name));
      KENES_TRY(speaker.Text("title", title));
      KENES_TRY(speaker.Integer("person_id", person));
      speaker.Ignore("span");
      KENES_TRY(speaker.Finish());
      if (name.empty() && !person) return Invalid(field, "needs a name or a person_id");
    }
  }
  if (patch.contains("host") && !patch["host"].is_null()) {
    KENES_ASSIGN(JsonFields host, JsonFields::Of(patch["host"], "host"));
    std::string name, kind;
    std::optional<std::int64_t> organization;
    KENES_TRY(host.Text("name", name));
    KENES_TRY(host.Text("kind", kind));
    KENES_TRY(host.Integer("organization_id", organization));
    host.Ignore("span");
    KENES_TRY(host.Finish());
    if (!kind.empty()) KENES_TRY(ParseOrgKind(kind, "host.kind"));
  }
  return Ok();
}

}  // namespace

Result<IntakeResult> TakeIn(Ledger& ledger, const Actor& actor, std::string_view text,
                            const std::string& title, Date today, const std::string& source_url) {
  if (utf8::Trim(text).empty()) return Invalid("text", "the press release is empty");
  KENES_TRY(OptionalWebAddress("source_url", source_url));
  const auto gazetteer = ledger.gazetteer();
  KENES_ASSIGN(extract::Extraction extraction,
               extract::Extract(text, *gazetteer, {.reference_date = today}));
  const json read = extract::ToJson(extraction);
  const std::string fingerprint = Fingerprint(text);

  IntakeResult result;
  KENES_TRY(ledger.Write(actor, [&](LedgerSession& session) -> Status {
    result = {};  // a write may be run again (store.h); start from nothing each time
    Transaction& tx = session.transaction();
    KENES_ASSIGN(std::optional<SourceDocument> earlier, tx.FindDocument(fingerprint));
    if (earlier) {
      return Conflict("this text was taken in already, as document " + std::to_string(earlier->id) +
                          " on " + earlier->received_at,
                      "text");
    }
    SourceDocument document;
    document.title = title;
    document.text = std::string(text);
    document.date = extraction.date;
    document.region_code = extraction.region_code;
    document.fingerprint = fingerprint;
    document.source_url = source_url;
    json whole = read;
    whole.erase("events");  // each meeting is kept with its draft
    document.extraction = whole.dump();
    KENES_ASSIGN(result.document, session.CreateDocument(std::move(document)));

    for (std::size_t i = 0; i < extraction.events.size(); ++i) {
      const extract::DraftEvent& meeting = extraction.events[i];
      json proposal = {{"event", ProposedEvent(meeting, extraction, source_url)},
                       {"speakers", json::array()},
                       {"host", json()},
                       {"extracted", read["events"][i]}};
      for (const extract::DraftSpeaker& speaker : meeting.speakers) {
        KENES_ASSIGN(std::optional<Id> person, FindPerson(tx, speaker.name));
        proposal["speakers"].push_back({{"name", speaker.name},
                                        {"title", speaker.title},
                                        {"person_id", NullIfAbsent(person)}});
      }
      if (!meeting.host_organization.empty()) {
        KENES_ASSIGN(std::optional<Id> organization,
                     FindOrganization(tx, meeting.host_organization));
        std::string kind = "other";
        for (const extract::ExtractedOrganization& named : extraction.organizations) {
          if (SameName(named.name, meeting.host_organization)) {
            kind = std::string(OrgKindName(named.kind));
          }
        }
        proposal["host"] = {{"name", meeting.host_organization},
                            {"kind", kind},
                            {"organization_id", NullIfAbsent(organization)}};
      }
      Draft draft;
      draft.document_id = result.document.id;
      draft.ordinal = static_cast<int>(i) + 1;
      draft.confidence = meeting.confidence;
      KENES_ASSIGN(draft.duplicate_of,
                   DuplicateOfProposal(tx, *gazetteer, proposal, result.document.id));
      draft.proposal = proposal.dump();
      KENES_ASSIGN(Draft stored, session.CreateDraft(std::move(draft)));
      result.drafts.push_back(std::move(stored));
    }
    return Ok();
  }));
  return result;
}

Result<Draft> CorrectDraft(Ledger& ledger, const Actor& actor, Id draft_id, const json& patch) {
  if (!patch.is_object()) return Invalid("body", "a correction is a JSON object");
  for (auto it = patch.begin(); it != patch.end(); ++it) {
    if (it.key() != "version" && it.key() != "event" && it.key() != "speakers" &&
        it.key() != "host") {
      return Invalid(it.key(),
                     "is not part of a draft; correct \"event\", \"speakers\" or "
                     "\"host\"");
    }
  }
  KENES_TRY(CheckSpeakersAndHost(patch));
  const auto gazetteer = ledger.gazetteer();
  return ledger.Write<Draft>(actor, [&](LedgerSession& session) -> Result<Draft> {
    Transaction& tx = session.transaction();
    KENES_ASSIGN(Draft draft, PendingDraft(tx, draft_id));
    if (patch.contains("version") && patch["version"] != draft.version) {
      return Conflict("the draft is at version " + std::to_string(draft.version) +
                          "; reload it and correct it again",
                      "version");
    }
    KENES_ASSIGN(json proposal, ParseProposal(draft));
    if (patch.contains("event")) {
      if (!patch["event"].is_object()) return Invalid("event", "expected an object");
      proposal["event"].merge_patch(patch["event"]);
    }
    if (patch.contains("speakers")) proposal["speakers"] = patch["speakers"];
    if (patch.contains("host")) proposal["host"] = patch["host"];
    KENES_ASSIGN(draft.duplicate_of,
                 DuplicateOfProposal(tx, *gazetteer, proposal, draft.document_id));
    draft.proposal = proposal.dump();
    return session.UpdateDraft(std::move(draft));
  });
}

Result<Event> ConfirmDraft(Ledger& ledger, const Actor& actor, Id draft_id, bool as_new) {
  const auto gazetteer = ledger.gazetteer();
  return ledger.Write<Event>(actor, [&](LedgerSession& session) -> Result<Event> {
    Transaction& tx = session.transaction();
    KENES_ASSIGN(Draft draft, PendingDraft(tx, draft_id));
    KENES_ASSIGN(json proposal, ParseProposal(draft));
    KENES_ASSIGN(Event event, InEvent(EventFromJson(proposal["event"], JsonSource::kClient)));
    KENES_ASSIGN(std::vector<Id> speakers, ResolveSpeakers(session, proposal));
    AddMissing(event.delegation_ids, speakers);
    if (!event.host_organization_id) {
      KENES_ASSIGN(event.host_organization_id, ResolveHost(session, proposal));
    }
    event.source_document_id = draft.document_id;
    // Two servers confirming reports of one meeting at once: the second waits here, then finds
    // the first's event. The lock is by region and day, the scope of the duplicate search.
    KENES_TRY(LockMeetingDay(tx, *gazetteer, event));
    if (!as_new) {
      KENES_ASSIGN(std::optional<Id> duplicate,
                   FindDuplicate(tx, *gazetteer, event, HostName(proposal), draft.document_id));
      if (duplicate) {
        return Conflict("this meeting looks like event " + std::to_string(*duplicate) +
                            ", already stored (the same place, a day apart at most, the same "
                            "venue or host): merge the draft into it, or confirm it as a new "
                            "event",
                        "duplicate_of");
      }
    }
    KENES_ASSIGN(Event created, InEvent(session.CreateEvent(std::move(event))));
    draft.status = DraftStatus::kConfirmed;
    draft.event_id = created.id;
    KENES_TRY(session.UpdateDraft(std::move(draft)));
    return created;
  });
}

Result<Draft> RejectDraft(Ledger& ledger, const Actor& actor, Id draft_id) {
  return ledger.Write<Draft>(actor, [&](LedgerSession& session) -> Result<Draft> {
    KENES_ASSIGN(Draft draft, PendingDraft(session.transaction(), draft_id));
    draft.status = DraftStatus::kRejected;
    return session.UpdateDraft(std::move(draft));
  });
}

Result<Event> MergeDraft(Ledger& ledger, const Actor& actor, Id draft_id, std::optional<Id> into) {
  return ledger.Write<Event>(actor, [&](LedgerSession& session) -> Result<Event> {
    Transaction& tx = session.transaction();
    KENES_ASSIGN(Draft draft, PendingDraft(tx, draft_id));
    const std::optional<Id> target = into ? into : draft.duplicate_of;
    if (!target) {
      return Invalid("event_id",
                     "name the event to merge the draft into; no stored event was "
                     "found to be the same meeting");
    }
    auto found = tx.GetEvent(*target);
    if (!found.ok()) return Invalid("event_id", "there is no event " + std::to_string(*target));
    Event event = *found;
    KENES_ASSIGN(json proposal, ParseProposal(draft));
    json fields = proposal["event"];
    // The draft may lack a date or place; the event it merges into has them.
    if (!fields.contains("date") || fields["date"].is_null())
      fields["date"] = event.date.ToString();
    if (!fields.contains("place_code") || fields["place_code"].is_null()) {
      fields["place_code"] = event.place_code;
    }
    KENES_ASSIGN(Event reported, InEvent(EventFromJson(fields, JsonSource::kClient)));
    KENES_ASSIGN(std::vector<Id> speakers, ResolveSpeakers(session, proposal));
    AddMissingFacts(event, reported);
    if (!event.host_organization_id) {
      KENES_ASSIGN(event.host_organization_id, ResolveHost(session, proposal));
    }
    AddMissing(event.delegation_ids, speakers);
    if (!event.source_document_id) event.source_document_id = draft.document_id;
    KENES_ASSIGN(Event merged, session.UpdateEvent(std::move(event)));
    draft.status = DraftStatus::kMerged;
    draft.event_id = merged.id;
    KENES_TRY(session.UpdateDraft(std::move(draft)));
    return merged;
  });
}

}  // namespace kenes
