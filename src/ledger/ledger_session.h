// The rules every write obeys, applied inside one store transaction: a record is validated, its
// references (place, segments, provisions, organizations, people, event) are checked to exist,
// fields derived from others (region and district from the place; a feedback item's place and
// date from its event) are filled in, the actor is checked to be allowed to write it
// (core/access.h: on the record as stored and as it would be), and only then is it written,
// with an audit entry holding the record before and after in the same transaction.
//
// A session borrows its transaction, gazetteer, hasher, actor and clock; it lives for one
// Store::Write.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>

#include "core/access.h"
#include "core/actor.h"
#include "core/gazetteer.h"
#include "crypto/participant_hasher.h"
#include "ledger/audit_trail.h"
#include "store/clock.h"
#include "store/store.h"

namespace kenes {

class LedgerSession {
 public:
  // `hasher` may be null: then check-ins must arrive with their hash.
  LedgerSession(Transaction& tx, const Gazetteer& gazetteer, const ParticipantHasher* hasher,
                const Actor& actor, const Clock& clock)
      : tx_(tx),
        gazetteer_(gazetteer),
        hasher_(hasher),
        actor_(actor),
        clock_(clock),
        audit_(tx, actor, clock) {}

  Result<Campaign> DefaultCampaign();
  // The transaction, for reads within the same snapshot as the writes. Writes of campaign
  // records go through the methods below, which check access and keep the audit log.
  Transaction& transaction() { return tx_; }
  const Actor& actor() const { return actor_; }

  Result<Organization> CreateOrganization(Organization organization);
  Result<Organization> UpdateOrganization(Organization organization);
  Result<Person> CreatePerson(Person person);
  Result<Person> UpdatePerson(Person person);
  Result<Event> CreateEvent(Event event);
  Result<Event> UpdateEvent(Event event);
  Result<FeedbackItem> CreateFeedback(FeedbackItem item);
  Result<FeedbackItem> UpdateFeedback(FeedbackItem item);
  // `raw_participant` is an IIN or phone to hash, or empty when `checkin` carries its hash.
  Result<CheckIn> CreateCheckIn(CheckIn checkin, std::string_view raw_participant);
  Result<CheckIn> UpdateCheckIn(CheckIn checkin);
  // Check-ins in bulk, by the same rules as CreateCheckIn (the event exists and was not
  // cancelled, the segment is known, one check-in per person and event); an error names the row
  // ("rows[12]: segment"). Events and segments are looked up once per session, not per row.
  Status AppendCheckIns(std::span<const CheckInRow> rows);

  // Records an analyst's decision on the event's current figure; the review names the figure it
  // is about, so a decision never silently applies to a figure changed meanwhile.
  Result<FigureReview> ReviewFigure(FigureReview review);

  // Adds or replaces the referendum's official results (by place), administrators only: each
  // valid, its place a region or district of the gazetteer (or the country), each place once, and
  // no region's districts (nor the country's regions) adding up to more than it publishes, counting
  // the results already stored. Results that equal the stored ones are left alone; the others are
  // audited. `labels[i]` names results[i] in errors ("row 4: column for"); without labels,
  // errors name the JSON array's fields ("[3].for"). Returns how many changed.
  Result<std::size_t> PutVoteResults(std::span<const VoteResult> results,
                                     std::span<const std::string> labels = {});

  // Publications (core/publication.h), their text written by the caller (src/publish). Writing
  // one, or changing its title, text or imprint, is for whoever may write every event it cites
  // (core/access.h), each held. A change to an approved or published text makes a draft of the
  // next text version; the approved versions stay. Approving (a draft) and publishing (an approved
  // one) are for administrators and analysts: approval records who, when and the SHA-256 of the
  // exported text, and keeps that text. Each names the version it read; every change is audited.
  Result<Publication> CreatePublication(Publication publication);
  Result<Publication> ChangePublication(Publication publication);
  Result<Publication> ApprovePublication(Id id, Version version);
  Result<Publication> PublishPublication(Id id, Version version);
  // The publication's events, each checked to be held and within the actor's reach; an error
  // names the event ("events: event 12 is planned, not held").
  Result<std::vector<Event>> PublicationEvents(std::span<const Id> event_ids);

  // Deletes an organization, person, event, feedback item or check-in; a record others still
  // refer to is a conflict.
  Status Delete(RecordKind kind, Id id);

  // Press-release intake. Taking a text in is open to every role that reports; a draft is then
  // scoped by the region of its proposed place and its host (core/access.h).
  Result<SourceDocument> CreateDocument(SourceDocument document);
  Result<Draft> CreateDraft(Draft draft);
  Result<Draft> UpdateDraft(Draft draft);

 private:
  Status CheckOrganization(Organization& organization);
  Status CheckPerson(const Person& person);
  Status CheckEvent(Event& event);
  Status CheckFeedback(FeedbackItem& item);
  // Returns the check-in's event.
  Result<Event> CheckCheckIn(const CheckIn& checkin);

  // Ok when the actor may write a record of `kind`; `scope` is computed only for actors it
  // matters to (not administrators).
  Status Allow(RecordKind kind, const std::function<Result<RecordScope>()>& scope);
  Result<RecordScope> FeedbackScope(const FeedbackItem& item);
  Result<RecordScope> CheckInScope(const CheckIn& checkin);
  RecordScope DraftScope(const Draft& draft) const;
  // Deletes the record `before` of `kind` and writes its audit entry, after checking access.
  template <class T>
  Status DeleteAudited(RecordKind kind, const T& before,
                       const std::function<Result<RecordScope>()>& scope,
                       const std::function<Status()>& remove);

  // An error naming `field` unless a record of `kind` with `key` exists (Transaction::Exists).
  Status RequireExisting(RecordKind kind, std::string_view key, std::string_view field);
  // The place with `code`, or an error naming `field`.
  Result<const Place*> RequirePlace(const std::string& code, std::string_view field);

  Transaction& tx_;
  const Gazetteer& gazetteer_;
  const ParticipantHasher* hasher_;
  const Actor& actor_;
  const Clock& clock_;
  AuditTrail audit_;
  std::optional<Campaign> default_campaign_;
  // For AppendCheckIns: events already looked up (true when check-ins may name them), segments.
  std::map<Id, bool> checkin_events_;
  std::optional<std::set<std::string, std::less<>>> segments_;
};

}  // namespace kenes
