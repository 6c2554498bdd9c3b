// Publications, written through the session so that each is checked against the events it cites
// and the actor's reach, and every change is audited.
#include "crypto/fingerprint.h"
#include "exchange/publication_json.h"
#include "ledger/ledger_session.h"
#include "ledger/record_scope.h"

namespace kenes {
namespace {

// Approving and publishing are headquarters' decisions (the kReview gate's roles).
Status RequireApprover(const Actor& actor, std::string_view what) {
  if (actor.role == Role::kAdmin || actor.role == Role::kAnalyst) return Ok();
  return Forbidden(std::string(RoleName(actor.role)) + " may not " + std::string(what) +
                   " a publication; administrators and analysts do");
}

Status RequireVersion(const Publication& current, Version version) {
  if (current.version == version) return Ok();
  return Conflict("publication " + std::to_string(current.id) + " is at version " +
                      std::to_string(current.version) + ", not " + std::to_string(version) +
                      "; someone changed it meanwhile: read it again",
                  "version");
}

}  // namespace

Result<std::vector<Event>> LedgerSession::PublicationEvents(std::span<const Id> event_ids) {
  if (event_ids.empty()) {
    return Invalid("events", "is empty: a publication cites at least one confirmed event");
  }
  std::vector<Event> events;
  for (Id id : event_ids) {
    for (const Event& seen : events) {
      if (seen.id == id) return Invalid("events", "lists event " + std::to_string(id) + " twice");
    }
    auto event = tx_.GetEvent(id);
    if (!event.ok()) {
      if (event.error().code == ErrorCode::kNotFound) {
        return Invalid("events", "no event has id " + std::to_string(id));
      }
      return event.error();
    }
    if (event->status != EventStatus::kHeld) {
      return Invalid("events", "event " + std::to_string(id) + " is " +
                                   std::string(EventStatusName(event->status)) +
                                   ", not held: only confirmed meetings are cited");
    }
    KENES_TRY(
        Allow(RecordKind::kPublication, [&] { return Result<RecordScope>(ScopeOf(*event)); }));
    events.push_back(std::move(*event));
  }
  return events;
}

Result<Publication> LedgerSession::CreatePublication(Publication publication) {
  KENES_TRY(Validate(publication));
  KENES_ASSIGN(std::vector<Event> events, PublicationEvents(publication.event_ids));
  publication.region_code = events.front().region_code;
  for (const Event& event : events) {
    if (event.region_code != publication.region_code) publication.region_code.clear();
  }
  publication.organization_id =
      actor_.role == Role::kReporter ? actor_.organization_id : std::nullopt;
  publication.status = PublicationStatus::kDraft;
  publication.text_version = 1;
  publication.created_by = actor_.name;
  publication.approved_by.clear();
  publication.approved_at.clear();
  publication.text_sha256.clear();
  publication.published_at.clear();
  KENES_ASSIGN(Publication created, tx_.CreatePublication(std::move(publication)));
  KENES_TRY(audit_.Record(AuditAction::kCreate, RecordKind::kPublication, created.id, nullptr,
                          ToJson(created)));
  return created;
}

Result<Publication> LedgerSession::ChangePublication(Publication publication) {
  KENES_ASSIGN(Publication current, tx_.GetPublication(publication.id));
  KENES_TRY(RequireVersion(current, publication.version));
  KENES_TRY(PublicationEvents(current.event_ids));
  // What a change may not touch: the events cited (write a new publication for others), the
  // language, who wrote it.
  publication.event_ids = current.event_ids;
  publication.language = current.language;
  publication.region_code = current.region_code;
  publication.organization_id = current.organization_id;
  publication.created_by = current.created_by;
  KENES_TRY(Validate(publication));
  if (current.status != PublicationStatus::kDraft) {
    // The approved text stays as it was approved (publication_versions); this is the next one.
    publication.text_version = current.text_version + 1;
  } else {
    publication.text_version = current.text_version;
  }
  publication.status = PublicationStatus::kDraft;
  publication.approved_by.clear();
  publication.approved_at.clear();
  publication.text_sha256.clear();
  publication.published_at.clear();
  KENES_ASSIGN(Publication updated, tx_.UpdatePublication(std::move(publication)));
  KENES_TRY(audit_.Record(AuditAction::kUpdate, RecordKind::kPublication, updated.id,
                          ToJson(current), ToJson(updated)));
  return updated;
}

Result<Publication> LedgerSession::ApprovePublication(Id id, Version version) {
  KENES_TRY(RequireApprover(actor_, "approve"));
  KENES_ASSIGN(Publication current, tx_.GetPublication(id));
  KENES_TRY(RequireVersion(current, version));
  KENES_TRY(CheckTransition(current.status, PublicationStatus::kApproved));
  if (current.status == PublicationStatus::kApproved) return current;
  Publication approved = current;
  approved.status = PublicationStatus::kApproved;
  approved.approved_by = actor_.name;
  approved.approved_at = clock_.NowUtc();
  const std::string exported = ExportedText(approved);
  approved.text_sha256 = Fingerprint(exported);
  KENES_ASSIGN(Publication updated, tx_.UpdatePublication(std::move(approved)));
  KENES_TRY(
      tx_.AddPublicationVersion({updated.id, updated.text_version, exported, updated.text_sha256,
                                 updated.approved_by, updated.approved_at}));
  KENES_TRY(audit_.Record(AuditAction::kUpdate, RecordKind::kPublication, updated.id,
                          ToJson(current), ToJson(updated)));
  return updated;
}

Result<Publication> LedgerSession::PublishPublication(Id id, Version version) {
  KENES_TRY(RequireApprover(actor_, "publish"));
  KENES_ASSIGN(Publication current, tx_.GetPublication(id));
  KENES_TRY(RequireVersion(current, version));
  if (current.status == PublicationStatus::kDraft) {
    return Invalid("status", "publication " + std::to_string(id) +
                                 " is a draft: it is approved before it is published");
  }
  if (current.status == PublicationStatus::kPublished) return current;
  Publication published = current;
  published.status = PublicationStatus::kPublished;
  published.published_at = clock_.NowUtc();
  KENES_ASSIGN(Publication updated, tx_.UpdatePublication(std::move(published)));
  KENES_TRY(audit_.Record(AuditAction::kUpdate, RecordKind::kPublication, updated.id,
                          ToJson(current), ToJson(updated)));
  return updated;
}

}  // namespace kenes
