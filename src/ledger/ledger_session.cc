#include "ledger/ledger_session.h"

#include <set>

#include "exchange/intake_json.h"
#include "exchange/record_json.h"
#include "ledger/record_scope.h"

namespace kenes {

Result<Campaign> LedgerSession::DefaultCampaign() {
  if (default_campaign_) return *default_campaign_;
  KENES_ASSIGN(std::vector<Campaign> campaigns, tx_.ListCampaigns());
  if (campaigns.empty()) {
    return Invalid("campaign_id", "no campaign is set up yet; run `kenes init` first");
  }
  default_campaign_ = campaigns.front();
  return *default_campaign_;
}

Status LedgerSession::RequireExisting(RecordKind kind, std::string_view key,
                                      std::string_view field) {
  KENES_ASSIGN(bool exists, tx_.Exists(kind, key));
  if (!exists) {
    return Invalid(std::string(field),
                   "there is no " + std::string(NounOf(kind)) + " '" + std::string(key) + "'");
  }
  return Ok();
}

Result<const Place*> LedgerSession::RequirePlace(const std::string& code, std::string_view field) {
  const Place* place = gazetteer_.Find(code);
  if (!place) {
    return Invalid(std::string(field), "'" + code +
                                           "' is not a place in the gazetteer; look it up "
                                           "with GET /api/v1/places?q=NAME");
  }
  return place;
}

Status LedgerSession::CheckOrganization(Organization& organization) {
  KENES_TRY(Validate(organization));
  if (!organization.region_code.empty()) {
    KENES_TRY(RequirePlace(organization.region_code, "region_code"));
  }
  if (organization.parent_id) {
    // Walk up the parents: the chain must exist and must not lead back to this organization.
    std::optional<Id> parent = organization.parent_id;
    for (int depth = 0; parent; ++depth) {
      if (organization.id != 0 && *parent == organization.id) {
        return Invalid("parent_id", "would make the organization its own ancestor");
      }
      if (depth > 32) return Invalid("parent_id", "the chain of parents is too deep");
      auto found = tx_.GetOrganization(*parent);
      if (!found.ok()) {
        if (found.error().code != ErrorCode::kNotFound) return found.error();
        return Invalid("parent_id", "there is no organization " + std::to_string(*parent));
      }
      parent = found->parent_id;
    }
  }
  if (organization.membership) {
    Membership& membership = *organization.membership;
    if (membership.campaign_id == 0) {
      KENES_ASSIGN(Campaign campaign, DefaultCampaign());
      membership.campaign_id = campaign.id;
    }
    KENES_TRY(RequireExisting(RecordKind::kCampaign, std::to_string(membership.campaign_id),
                              "membership.campaign_id"));
  }
  return Ok();
}

Status LedgerSession::CheckPerson(const Person& person) {
  KENES_TRY(Validate(person));
  for (std::size_t i = 0; i < person.positions.size(); ++i) {
    if (const auto& organization = person.positions[i].organization_id) {
      KENES_TRY(RequireExisting(RecordKind::kOrganization, std::to_string(*organization),
                                "positions[" + std::to_string(i) + "].organization_id"));
    }
  }
  return Ok();
}

Status LedgerSession::CheckEvent(Event& event) {
  KENES_TRY(Validate(event));
  Campaign campaign;
  if (event.campaign_id == 0) {
    KENES_ASSIGN(campaign, DefaultCampaign());
    event.campaign_id = campaign.id;
  } else {
    auto found = tx_.GetCampaign(event.campaign_id);
    if (!found.ok()) {
      return Invalid("campaign_id", "there is no campaign " + std::to_string(event.campaign_id));
    }
    campaign = *found;
  }
  if (!campaign.Covers(event.date)) {
    return Invalid("date", event.date.ToString() + " is outside the campaign (" +
                               campaign.starts_on.ToString() + " to " +
                               campaign.ends_on.ToString() + ")");
  }
  KENES_TRY(RequirePlace(event.place_code, "place_code"));
  const Place* region = gazetteer_.RegionOf(event.place_code);
  if (!region) return Invalid("place_code", "'" + event.place_code + "' lies in no region");
  event.region_code = region->code;
  const Place* district = gazetteer_.DistrictOf(event.place_code);
  event.district_code = district ? district->code : std::string();

  if (event.host_organization_id) {
    KENES_TRY(RequireExisting(RecordKind::kOrganization,
                              std::to_string(*event.host_organization_id), "host_organization_id"));
  }
  for (Id organizer : event.organizer_ids) {
    auto organization = tx_.GetOrganization(organizer);
    if (!organization.ok()) {
      return Invalid("organizer_ids", "there is no organization " + std::to_string(organizer));
    }
    // Credit goes to coalition members only: that is what the attribution counts.
    if (!organization->membership || organization->membership->campaign_id != event.campaign_id) {
      return Invalid("organizer_ids", "'" + organization->name +
                                          "' is not a coalition member in this campaign; "
                                          "record its membership first");
    }
  }
  for (Id person : event.delegation_ids) {
    KENES_TRY(RequireExisting(RecordKind::kPerson, std::to_string(person), "delegation_ids"));
  }
  for (const std::string& segment : event.audience) {
    KENES_TRY(RequireExisting(RecordKind::kSegment, segment, "audience"));
  }
  for (const std::string& provision : event.provision_codes) {
    KENES_TRY(RequireExisting(RecordKind::kProvision, provision, "provisions"));
  }
  if (event.source_document_id) {
    KENES_TRY(RequireExisting(RecordKind::kDocument, std::to_string(*event.source_document_id),
                              "source_document_id"));
  }
  return Ok();
}

Status LedgerSession::CheckFeedback(FeedbackItem& item) {
  if (item.event_id) {
    auto event = tx_.GetEvent(*item.event_id);
    if (!event.ok()) {
      return Invalid("event_id", "there is no event " + std::to_string(*item.event_id));
    }
    if (item.place_code.empty()) item.place_code = event->place_code;
    if (!item.date) item.date = event->date;
  }
  KENES_TRY(Validate(item));
  KENES_TRY(RequirePlace(item.place_code, "place_code"));
  const Place* region = gazetteer_.RegionOf(item.place_code);
  if (!region) return Invalid("place_code", "'" + item.place_code + "' lies in no region");
  item.region_code = region->code;
  if (!item.segment.empty()) {
    KENES_TRY(RequireExisting(RecordKind::kSegment, item.segment, "segment"));
  }
  for (const std::string& provision : item.provision_codes) {
    KENES_TRY(RequireExisting(RecordKind::kProvision, provision, "provisions"));
  }
  return Ok();
}

Result<Event> LedgerSession::CheckCheckIn(const CheckIn& checkin) {
  KENES_TRY(Validate(checkin));
  auto event = tx_.GetEvent(checkin.event_id);
  if (!event.ok()) {
    return Invalid("event_id", "there is no event " + std::to_string(checkin.event_id));
  }
  if (event->status == EventStatus::kCancelled) {
    return Invalid("event_id", "event " + std::to_string(checkin.event_id) + " was cancelled");
  }
  if (!checkin.segment.empty()) {
    KENES_TRY(RequireExisting(RecordKind::kSegment, checkin.segment, "segment"));
  }
  return std::move(*event);
}

namespace {

using nlohmann::json;

// Returns `scope` as the lazily computed scope Allow takes.
std::function<Result<RecordScope>()> Fixed(RecordScope scope) {
  return [scope = std::move(scope)]() -> Result<RecordScope> { return scope; };
}

}  // namespace

Status LedgerSession::Allow(RecordKind kind, const std::function<Result<RecordScope>()>& scope) {
  if (actor_.role == Role::kAdmin) return Ok();
  KENES_ASSIGN(RecordScope where, scope());
  return CheckWrite(actor_, kind, where);
}

Result<RecordScope> LedgerSession::FeedbackScope(const FeedbackItem& item) {
  RecordScope scope{item.region_code, {}};
  if (item.event_id) {
    auto event = tx_.GetEvent(*item.event_id);
    if (event.ok()) scope.organization_ids = ScopeOf(*event).organization_ids;
  }
  return scope;
}

Result<RecordScope> LedgerSession::CheckInScope(const CheckIn& checkin) {
  auto event = tx_.GetEvent(checkin.event_id);
  if (!event.ok()) return RecordScope{};
  return ScopeOf(*event);
}

RecordScope LedgerSession::DraftScope(const Draft& draft) const {
  RecordScope scope;
  const json proposal = json::parse(draft.proposal, nullptr, false);
  if (!proposal.is_object()) return scope;
  const json event = proposal.value("event", json::object());
  if (event.is_object()) {
    if (const auto place = event.find("place_code"); place != event.end() && place->is_string()) {
      if (const Place* region = gazetteer_.RegionOf(place->get<std::string>())) {
        scope.region_code = region->code;
      }
    }
    if (const auto host = event.find("host_organization_id");
        host != event.end() && host->is_number_integer()) {
      scope.organization_ids.push_back(host->get<Id>());
    }
  }
  const json host = proposal.value("host", json());
  if (host.is_object()) {
    if (const auto id = host.find("organization_id"); id != host.end() && id->is_number_integer()) {
      scope.organization_ids.push_back(id->get<Id>());
    }
  }
  return scope;
}

Result<Organization> LedgerSession::CreateOrganization(Organization organization) {
  KENES_TRY(Allow(RecordKind::kOrganization, Fixed({})));
  KENES_TRY(CheckOrganization(organization));
  KENES_ASSIGN(Organization created, tx_.CreateOrganization(std::move(organization)));
  KENES_TRY(audit_.Record(AuditAction::kCreate, RecordKind::kOrganization, created.id, nullptr,
                          ToJson(created)));
  return created;
}

Result<Organization> LedgerSession::UpdateOrganization(Organization organization) {
  KENES_TRY(Allow(RecordKind::kOrganization, Fixed({})));
  KENES_ASSIGN(Organization current, tx_.GetOrganization(organization.id));
  KENES_TRY(CheckOrganization(organization));
  KENES_ASSIGN(Organization updated, tx_.UpdateOrganization(std::move(organization)));
  KENES_TRY(audit_.Record(AuditAction::kUpdate, RecordKind::kOrganization, updated.id,
                          ToJson(current), ToJson(updated)));
  return updated;
}

Result<Person> LedgerSession::CreatePerson(Person person) {
  KENES_TRY(Allow(RecordKind::kPerson, Fixed({})));
  KENES_TRY(CheckPerson(person));
  KENES_ASSIGN(Person created, tx_.CreatePerson(std::move(person)));
  KENES_TRY(audit_.Record(AuditAction::kCreate, RecordKind::kPerson, created.id, nullptr,
                          ToJson(created)));
  return created;
}

Result<Person> LedgerSession::UpdatePerson(Person person) {
  KENES_TRY(Allow(RecordKind::kPerson, Fixed({})));
  KENES_ASSIGN(Person current, tx_.GetPerson(person.id));
  KENES_TRY(CheckPerson(person));
  KENES_ASSIGN(Person updated, tx_.UpdatePerson(std::move(person)));
  KENES_TRY(audit_.Record(AuditAction::kUpdate, RecordKind::kPerson, updated.id, ToJson(current),
                          ToJson(updated)));
  return updated;
}

Result<Event> LedgerSession::CreateEvent(Event event) {
  KENES_TRY(CheckEvent(event));
  KENES_TRY(Allow(RecordKind::kEvent, Fixed(ScopeOf(event))));
  KENES_ASSIGN(Event created, tx_.CreateEvent(std::move(event)));
  KENES_TRY(audit_.Record(AuditAction::kCreate, RecordKind::kEvent, created.id, nullptr,
                          ToJson(created)));
  return created;
}

Result<Event> LedgerSession::UpdateEvent(Event event) {
  KENES_ASSIGN(Event current, tx_.GetEvent(event.id));
  KENES_TRY(Allow(RecordKind::kEvent, Fixed(ScopeOf(current))));
  KENES_TRY(CheckTransition(current.status, event.status));
  KENES_TRY(CheckEvent(event));
  KENES_TRY(Allow(RecordKind::kEvent, Fixed(ScopeOf(event))));
  KENES_ASSIGN(Event updated, tx_.UpdateEvent(std::move(event)));
  KENES_TRY(audit_.Record(AuditAction::kUpdate, RecordKind::kEvent, updated.id, ToJson(current),
                          ToJson(updated)));
  return updated;
}

Result<FeedbackItem> LedgerSession::CreateFeedback(FeedbackItem item) {
  KENES_TRY(CheckFeedback(item));
  KENES_TRY(Allow(RecordKind::kFeedback, [&] { return FeedbackScope(item); }));
  KENES_ASSIGN(FeedbackItem created, tx_.CreateFeedback(std::move(item)));
  KENES_TRY(audit_.Record(AuditAction::kCreate, RecordKind::kFeedback, created.id, nullptr,
                          ToJson(created)));
  return created;
}

Result<FeedbackItem> LedgerSession::UpdateFeedback(FeedbackItem item) {
  KENES_ASSIGN(FeedbackItem current, tx_.GetFeedback(item.id));
  KENES_TRY(Allow(RecordKind::kFeedback, [&] { return FeedbackScope(current); }));
  KENES_TRY(CheckFeedback(item));
  KENES_TRY(Allow(RecordKind::kFeedback, [&] { return FeedbackScope(item); }));
  KENES_ASSIGN(FeedbackItem updated, tx_.UpdateFeedback(std::move(item)));
  KENES_TRY(audit_.Record(AuditAction::kUpdate, RecordKind::kFeedback, updated.id, ToJson(current),
                          ToJson(updated)));
  return updated;
}

Result<CheckIn> LedgerSession::CreateCheckIn(CheckIn checkin, std::string_view raw_participant) {
  if (!raw_participant.empty()) {
    if (!hasher_) {
      return Invalid("participant", "this kenes has no participant key; send participant_hash");
    }
    KENES_ASSIGN(checkin.participant_hash, hasher_->Hash(raw_participant));
  }
  KENES_ASSIGN(Event event, CheckCheckIn(checkin));
  KENES_TRY(Allow(RecordKind::kCheckIn, Fixed(ScopeOf(event))));
  KENES_ASSIGN(CheckIn created, tx_.CreateCheckIn(std::move(checkin)));
  KENES_TRY(audit_.Record(AuditAction::kCreate, RecordKind::kCheckIn, created.id, nullptr,
                          ToJson(created)));
  return created;
}

Result<CheckIn> LedgerSession::UpdateCheckIn(CheckIn checkin) {
  KENES_ASSIGN(CheckIn current, tx_.GetCheckIn(checkin.id));
  KENES_TRY(Allow(RecordKind::kCheckIn, [&] { return CheckInScope(current); }));
  KENES_ASSIGN(Event event, CheckCheckIn(checkin));
  KENES_TRY(Allow(RecordKind::kCheckIn, Fixed(ScopeOf(event))));
  KENES_ASSIGN(CheckIn updated, tx_.UpdateCheckIn(std::move(checkin)));
  KENES_TRY(audit_.Record(AuditAction::kUpdate, RecordKind::kCheckIn, updated.id, ToJson(current),
                          ToJson(updated)));
  return updated;
}

template <class T>
Status LedgerSession::DeleteAudited(RecordKind kind, const T& before,
                                    const std::function<Result<RecordScope>()>& scope,
                                    const std::function<Status()>& remove) {
  KENES_TRY(Allow(kind, scope));
  KENES_TRY(remove());
  return audit_.Record(AuditAction::kDelete, kind, before.id, ToJson(before), nullptr);
}

Status LedgerSession::AppendCheckIns(std::span<const CheckInRow> rows) {
  // The bulk path answers to no region or organization: it is for administrators' imports.
  if (actor_.role != Role::kAdmin) {
    return Forbidden("a bulk import of check-ins is for administrators; send them one by one");
  }
  if (!segments_) {
    KENES_ASSIGN(std::vector<Segment> segments, tx_.ListSegments());
    segments_.emplace();
    for (const Segment& segment : segments) segments_->insert(segment.code);
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const CheckInRow& row = rows[i];
    auto known = checkin_events_.find(row.event_id);
    if (known == checkin_events_.end()) {
      auto event = tx_.GetEvent(row.event_id);
      if (!event.ok() && event.error().code != ErrorCode::kNotFound) return event.error();
      known = checkin_events_
                  .emplace(row.event_id, event.ok() && event->status != EventStatus::kCancelled)
                  .first;
    }
    if (!known->second) {
      return Invalid("rows[" + std::to_string(i) + "]: event_id",
                     "event " + std::to_string(row.event_id) + " does not exist or was cancelled");
    }
    if (!row.segment.empty() && !segments_->contains(row.segment)) {
      return Invalid("rows[" + std::to_string(i) + "]: segment",
                     "there is no audience segment '" + std::string(row.segment) + "'");
    }
  }
  KENES_TRY(tx_.AppendCheckIns(rows));
  // One entry for the whole batch, not one per row: an entry costs a hash and a row of its own,
  // which would halve a bulk import of millions. It says who added how many, to which events.
  std::set<Id> events;
  for (const CheckInRow& row : rows) events.insert(row.event_id);
  return audit_.RecordBatch(RecordKind::kCheckIn,
                            {{"rows", rows.size()},
                             {"events", events.size()},
                             {"first_event_id", events.empty() ? 0 : *events.begin()},
                             {"last_event_id", events.empty() ? 0 : *events.rbegin()}});
}

Result<FigureReview> LedgerSession::ReviewFigure(FigureReview review) {
  KENES_TRY(Validate(review));
  auto event = tx_.GetEvent(review.event_id);
  if (!event.ok()) {
    if (event.error().code == ErrorCode::kNotFound) {
      return Invalid("event_id", "there is no event " + std::to_string(review.event_id));
    }
    return event.error();
  }
  if (!event->attendance) {
    return Invalid("event_id", "event " + std::to_string(review.event_id) +
                                   " reports no attendance figure to review");
  }
  if (event->attendance->text != review.attendance_text) {
    return Conflict(
        "the event's figure is now '" + event->attendance->text + "'; review that figure",
        "attendance_text");
  }
  KENES_ASSIGN(FigureReview saved, tx_.PutFigureReview(std::move(review)));
  // A review decides whether a figure counts: it belongs in the figure's history.
  KENES_TRY(audit_.Record(AuditAction::kUpdate, RecordKind::kFigureReview, saved.event_id, nullptr,
                          {{"attendance_text", saved.attendance_text},
                           {"decision", ReviewDecisionName(saved.decision)},
                           {"note", saved.note}}));
  return saved;
}

Status LedgerSession::Delete(RecordKind kind, Id id) {
  switch (kind) {
    case RecordKind::kOrganization: {
      KENES_ASSIGN(Organization before, tx_.GetOrganization(id));
      return DeleteAudited(kind, before, Fixed({}), [&] { return tx_.DeleteOrganization(id); });
    }
    case RecordKind::kPerson: {
      KENES_ASSIGN(Person before, tx_.GetPerson(id));
      return DeleteAudited(kind, before, Fixed({}), [&] { return tx_.DeletePerson(id); });
    }
    case RecordKind::kEvent: {
      KENES_ASSIGN(Event before, tx_.GetEvent(id));
      return DeleteAudited(kind, before, Fixed(ScopeOf(before)),
                           [&] { return tx_.DeleteEvent(id); });
    }
    case RecordKind::kFeedback: {
      KENES_ASSIGN(FeedbackItem before, tx_.GetFeedback(id));
      return DeleteAudited(
          kind, before, [&] { return FeedbackScope(before); },
          [&] { return tx_.DeleteFeedback(id); });
    }
    case RecordKind::kCheckIn: {
      KENES_ASSIGN(CheckIn before, tx_.GetCheckIn(id));
      return DeleteAudited(
          kind, before, [&] { return CheckInScope(before); },
          [&] { return tx_.DeleteCheckIn(id); });
    }
    default:
      return Internal(std::string(NounsOf(kind)) + " are not deleted one by one");
  }
}

Result<SourceDocument> LedgerSession::CreateDocument(SourceDocument document) {
  KENES_TRY(Allow(RecordKind::kDraft, Fixed({})));
  KENES_ASSIGN(SourceDocument created, tx_.CreateDocument(std::move(document)));
  // The text itself stays in the document; its fingerprint in the entry pins it.
  KENES_TRY(audit_.Record(AuditAction::kCreate, RecordKind::kDocument, created.id, nullptr,
                          ToJson(created, false)));
  return created;
}

Result<Draft> LedgerSession::CreateDraft(Draft draft) {
  KENES_TRY(Allow(RecordKind::kDraft, Fixed({})));
  KENES_ASSIGN(Draft created, tx_.CreateDraft(std::move(draft)));
  KENES_TRY(audit_.Record(AuditAction::kCreate, RecordKind::kDraft, created.id, nullptr,
                          ToJson(created)));
  return created;
}

Result<Draft> LedgerSession::UpdateDraft(Draft draft) {
  KENES_ASSIGN(Draft current, tx_.GetDraft(draft.id));
  KENES_TRY(Allow(RecordKind::kDraft, Fixed(DraftScope(current))));
  KENES_TRY(Allow(RecordKind::kDraft, Fixed(DraftScope(draft))));
  KENES_ASSIGN(Draft updated, tx_.UpdateDraft(std::move(draft)));
  KENES_TRY(audit_.Record(AuditAction::kUpdate, RecordKind::kDraft, updated.id, ToJson(current),
                          ToJson(updated)));
  return updated;
}

}  // namespace kenes
