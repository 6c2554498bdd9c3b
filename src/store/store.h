// The Store: where kenes keeps a campaign. Callers see only this interface; SQLite and PostgreSQL
// are behind it (open_store.h picks one from --db), so no database type appears here.
//
// All access runs inside a transaction: Read() gives a consistent snapshot, Write() commits
// everything the body did when it returns Ok and rolls all of it back otherwise. That makes "a
// failed import imports nothing" a property of the interface rather than of each caller.
//
// Thread-safety: a Store may be used from any number of threads at once. A Transaction belongs to
// the thread running the body and must not escape it.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/account.h"
#include "core/attendance.h"
#include "core/audit.h"
#include "core/campaign.h"
#include "core/catalog.h"
#include "core/checkin.h"
#include "core/date.h"
#include "core/event.h"
#include "core/feedback.h"
#include "core/figure_review.h"
#include "core/ids.h"
#include "core/intake.h"
#include "core/organization.h"
#include "core/person.h"
#include "core/place.h"
#include "core/publication.h"
#include "core/record_kind.h"
#include "core/result.h"
#include "core/stored_reply.h"
#include "core/venue.h"
#include "core/vote_result.h"

namespace kenes {

// Keyset pagination: records with id > after, in id order, at most `limit` of them.
struct Page {
  static constexpr std::int64_t kMaxLimit = 1000;
  std::int64_t limit = 100;
  Id after = 0;
};

template <class T>
struct PageOf {
  std::vector<T> items;
  std::optional<Id> next_after;  // pass as Page::after for the next page; absent on the last
};

struct OrganizationFilter {
  std::optional<OrgKind> kind;
  bool members_only = false;  // coalition members of any campaign
  std::string region_code;
  std::string name_contains;  // case-insensitive, ё matched as е
  Page page;
};

struct PersonFilter {
  std::string name_contains;
  Page page;
};

// Filters shared by events, feedback and check-ins. `region_code` and `district_code` are KATO
// codes of a region or district; dates are inclusive.
struct EventFilter {
  std::optional<Id> campaign_id;
  std::string region_code;
  std::string district_code;
  std::optional<Date> from;
  std::optional<Date> to;
  std::string segment;
  std::optional<EventStatus> status;
  std::optional<Id> organization_id;  // host or credited organizer
  Page page;
};

struct FeedbackFilter {
  std::optional<Id> event_id;
  std::string region_code;
  std::optional<Date> from;
  std::optional<Date> to;
  std::string segment;
  std::optional<FeedbackStatus> status;
  std::optional<FeedbackKind> kind;
  std::optional<Stance> stance;
  std::string provision_code;
  Page page;
};

// Publications: of one status, one region, one organization; an event filter finds those citing it.
struct PublicationFilter {
  std::optional<PublicationStatus> status;
  std::string region_code;
  std::optional<Id> organization_id;
  std::optional<Id> event_id;
  Page page;
};

struct CheckInFilter {
  std::optional<Id> event_id;
  std::string region_code;
  std::optional<Date> from;  // by the event's date
  std::optional<Date> to;
  std::string segment;
  Page page;
};

struct DraftFilter {
  std::optional<Id> document_id;
  std::optional<DraftStatus> status;
  Page page;
};

// Events of a region near a day, to find a draft that reports a stored event again.
struct NearbyEventQuery {
  Date date;
  int days = 1;  // the window is date ± days
  std::string region_code;
};

// A check-in as bulk paths carry it: the participant as its 16 bytes and the segment as a view, so
// a row costs no allocation. `id` is 0 when appending (the store assigns it) and set when scanning;
// `segment` is valid only while the row is being appended or visited.
struct CheckInRow {
  Id id = 0;
  Id event_id = 0;
  ParticipantKey participant{};
  std::string_view segment;  // a segment code, or empty
  std::optional<AgeBand> age_band;
};

// A whole check-in as an export scans it: the bulk row with the version and creation time that
// only whole records carry. `created_at`, like the row's segment, is valid only while the row is
// visited.
struct CheckInRecordRow {
  CheckInRow row;
  Version version = 0;
  std::string_view created_at;
};

// Records of `kind` with ids first..last were created or changed (`deleted` false), or deleted.
// Events, feedback and check-ins are followed record by record (FeedReport::kEachRecord); places,
// which the ledger's gazetteer mirrors, come as kPlace with ids 0 (kWhole). Everything else a
// reader may mirror (campaigns, segments, provisions, venues, organizations with their
// memberships, people, figure reviews) is small and comes without a kind, ids 0: the reference
// data changed, reload it. Without a kind rather than as a kind of its own: it names no record.
// For a check-in that was changed or deleted, one entry with `deleted` true carries the event and
// participant it had before, so a reader that indexes check-ins by event can drop the old entry;
// a changed check-in is then reported again as created.
struct RecordChange {
  std::optional<RecordKind> kind;  // absent: reference data
  Id first = 0;
  Id last = 0;
  bool deleted = false;
  Id event_id = 0;
  ParticipantKey participant{};
};

struct RecordChanges {
  std::vector<RecordChange> changes;  // in the order they were committed
  std::int64_t cursor = 0;            // pass to ChangesSince for what follows
  // The feed after the cursor asked for was compacted away (see FeedCompaction below): `changes`
  // is empty and the reader must reload everything it mirrors, taking its new cursor from
  // ChangesSince(0, 0) in the snapshot it loads from.
  bool behind = false;
};

// How the record feed is kept short. Each reader that follows it (a server's analytics) names
// itself and keeps its cursor with Transaction::KeepFeedCursor; a cursor kept within
// kLiveSeconds is live. Transaction::CompactFeed folds (deletes) every entry that all live
// cursors have passed, and every entry older than kKeptSeconds, live cursor or not; a reader whose
// cursor is then before the fold gets RecordChanges::behind and reloads in full. With no live
// cursor at all, everything is folded: whoever starts later loads in full anyway. Entry ages are
// known from the feed's head as each compaction noted it, by the store's Clock, so an entry counts
// as older than a day once a compaction a day ago or earlier saw it.
struct FeedCompaction {
  static constexpr std::int64_t kLiveSeconds = 60 * 60;
  static constexpr std::int64_t kKeptSeconds = 24 * 60 * 60;
};

// The operations of one transaction. Creating a record with id 0 assigns the next id; a non-zero
// id is kept (imports move records between databases) and conflicts if taken. Updates require
// `version` to be the version stored and return the record with its version incremented; a stale
// version is a kConflict. Deleting a record others still refer to is a kConflict.
class Transaction {
 public:
  virtual ~Transaction() = default;

  // Whether a record of `kind` is stored under `key`: the id of a campaign, organization, person,
  // event, feedback item, check-in, document or draft; the code of a segment, provision or place.
  // Any other kind is a kInternal error.
  virtual Result<bool> Exists(RecordKind kind, std::string_view key) = 0;

  virtual Result<Campaign> CreateCampaign(Campaign campaign) = 0;
  virtual Result<Campaign> GetCampaign(Id id) = 0;
  virtual Result<Campaign> UpdateCampaign(Campaign campaign) = 0;
  virtual Result<std::vector<Campaign>> ListCampaigns() = 0;

  // Catalogs are written in bulk and replace rows with the same key.
  virtual Status PutPlaces(std::span<const Place> places) = 0;
  virtual Result<std::vector<Place>> ListPlaces() = 0;
  virtual Status PutSegments(std::span<const Segment> segments) = 0;
  virtual Result<std::vector<Segment>> ListSegments() = 0;
  virtual Status PutProvisions(std::span<const Provision> provisions) = 0;
  virtual Result<std::vector<Provision>> ListProvisions() = 0;

  virtual Result<Organization> CreateOrganization(Organization organization) = 0;
  virtual Result<Organization> GetOrganization(Id id) = 0;
  virtual Result<PageOf<Organization>> ListOrganizations(const OrganizationFilter& filter) = 0;
  virtual Result<Organization> UpdateOrganization(Organization organization) = 0;
  virtual Status DeleteOrganization(Id id) = 0;

  virtual Result<Person> CreatePerson(Person person) = 0;
  virtual Result<Person> GetPerson(Id id) = 0;
  virtual Result<PageOf<Person>> ListPeople(const PersonFilter& filter) = 0;
  virtual Result<Person> UpdatePerson(Person person) = 0;
  virtual Status DeletePerson(Id id) = 0;

  virtual Result<Event> CreateEvent(Event event) = 0;
  virtual Result<Event> GetEvent(Id id) = 0;
  virtual Result<PageOf<Event>> ListEvents(const EventFilter& filter) = 0;
  virtual Result<Event> UpdateEvent(Event event) = 0;
  virtual Status DeleteEvent(Id id) = 0;

  virtual Result<FeedbackItem> CreateFeedback(FeedbackItem item) = 0;
  virtual Result<FeedbackItem> GetFeedback(Id id) = 0;
  virtual Result<PageOf<FeedbackItem>> ListFeedback(const FeedbackFilter& filter) = 0;
  virtual Result<FeedbackItem> UpdateFeedback(FeedbackItem item) = 0;
  virtual Status DeleteFeedback(Id id) = 0;

  virtual Result<CheckIn> CreateCheckIn(CheckIn checkin) = 0;
  virtual Result<CheckIn> GetCheckIn(Id id) = 0;
  virtual Result<PageOf<CheckIn>> ListCheckIns(const CheckInFilter& filter) = 0;
  virtual Result<CheckIn> UpdateCheckIn(CheckIn checkin) = 0;
  virtual Status DeleteCheckIn(Id id) = 0;

  virtual Result<SourceDocument> CreateDocument(SourceDocument document) = 0;
  virtual Result<SourceDocument> GetDocument(Id id) = 0;
  // The document with this fingerprint, if one was received before.
  virtual Result<std::optional<SourceDocument>> FindDocument(const std::string& fingerprint) = 0;
  // Documents in id order, without their text.
  virtual Result<PageOf<SourceDocument>> ListDocuments(const Page& page) = 0;

  virtual Result<Draft> CreateDraft(Draft draft) = 0;
  virtual Result<Draft> GetDraft(Id id) = 0;
  virtual Result<PageOf<Draft>> ListDrafts(const DraftFilter& filter) = 0;
  virtual Result<Draft> UpdateDraft(Draft draft) = 0;

  virtual Result<std::vector<Event>> FindNearbyEvents(const NearbyEventQuery& query) = 0;

  // Bulk paths, for imports of millions of rows and for readers that mirror the store in memory.

  // Appends check-ins, assigning ids in order. Each row's event must exist; the same participant
  // twice at one event (in the rows or already stored) is a kConflict whose field names the row
  // ("rows[12]"). Much cheaper per row than CreateCheckIn; validation is the caller's (the ledger).
  virtual Status AppendCheckIns(std::span<const CheckInRow> rows) = 0;
  // Visits the check-ins with after < id <= through, in id order. Stops early, with the visitor's
  // error, when the visitor returns one.
  virtual Status ScanCheckIns(Id after, Id through,
                              const std::function<Status(const CheckInRow&)>& visit) = 0;
  // Visits at most `limit` check-ins with id > after, in id order, whole: a page of an export,
  // read without a CheckIn (and its hex string) per row.
  virtual Status ScanCheckInRecords(
      Id after, std::size_t limit, const std::function<Status(const CheckInRecordRow&)>& visit) = 0;
  // Visits feedback items with after < id <= through, in id order, provisions included.
  virtual Status ScanFeedback(Id after, Id through,
                              const std::function<Status(const FeedbackItem&)>& visit) = 0;

  // The record feed: what was created, changed or deleted after `cursor`, oldest first, at most
  // about `limit` entries (runs of consecutive ids count as one); with `limit` 0, no changes and
  // the cursor of the newest one. Cursor 0 is before everything. A change is in the feed once its
  // transaction has committed, and a cursor returned never skips a change committed later: a
  // reader that applies the feed after loading a snapshot sees every write. When the entries
  // after `cursor` were compacted away the answer is `behind` (reload in full), with either limit.
  virtual Result<RecordChanges> ChangesSince(std::int64_t cursor, std::size_t limit) = 0;
  // Records that `reader` (a name unique to one reader, such as one server's analytics) has
  // applied the feed up to `cursor`, now: its cursor is live for FeedCompaction::kLiveSeconds.
  virtual Status KeepFeedCursor(std::string_view reader, std::int64_t cursor) = 0;
  // Folds what FeedCompaction says may go, and forgets readers no longer live. Cheap when there is
  // nothing to fold; run now and then from a write that runs anyway.
  virtual Status CompactFeed() = 0;

  // Venue capacities, a catalog keyed by place and name; Put replaces rows with the same key.
  virtual Status PutVenues(std::span<const Venue> venues) = 0;
  virtual Result<std::vector<Venue>> ListVenues() = 0;

  // Figure reviews, one per event: Put replaces the event's earlier review and sets reviewed_at.
  virtual Result<FigureReview> PutFigureReview(FigureReview review) = 0;
  virtual Result<std::vector<FigureReview>> ListFigureReviews() = 0;

  // The referendum's official results, one per place: Put replaces the row of the same place.
  virtual Status PutVoteResults(std::span<const VoteResult> results) = 0;
  virtual Result<std::vector<VoteResult>> ListVoteResults() = 0;

  // Publications with the events they cite, in order. Update checks the record's version (a
  // kConflict when someone wrote in between). Approved texts are added, one per text version,
  // and never changed (a second of the same version is a kConflict).
  virtual Result<Publication> CreatePublication(Publication publication) = 0;
  virtual Result<Publication> GetPublication(Id id) = 0;
  virtual Result<PageOf<Publication>> ListPublications(const PublicationFilter& filter) = 0;
  virtual Result<Publication> UpdatePublication(Publication publication) = 0;
  virtual Status AddPublicationVersion(const PublicationVersion& version) = 0;
  virtual Result<std::vector<PublicationVersion>> ListPublicationVersions(Id publication_id) = 0;

  // Stored replies of idempotent writes (core/stored_reply.h), by account and key. Reserve adds
  // the key as in flight (status 0) and is a kConflict when the key is taken, committed or not (a
  // second writer of the same key waits for the first to end, then conflicts); Complete records
  // the answer. (On SQLite, whose writers go one at a time, the reserved key is stored with its
  // answer by Complete, which then is the kConflict of a key taken: no one can take it between.)
  // Forget drops every account's keys created before `before` (UTC text), except the
  // record of whole-file imports (kImportsAccount), which is kept for good.
  virtual Result<std::optional<StoredReply>> FindStoredReply(std::string_view account,
                                                             std::string_view key) = 0;
  virtual Status ReserveStoredReply(const StoredReply& reply) = 0;
  virtual Status CompleteStoredReply(const StoredReply& reply) = 0;
  virtual Status ForgetStoredReplies(std::string_view before) = 0;

  // Holds `key` until this transaction ends: another transaction locking the same key waits for
  // it. A check that depends on a row not existing (the same meeting not yet stored) takes the
  // lock first, so two servers cannot both pass it. (SQLite has one writer at a time anyway.)
  virtual Status LockKey(std::string_view key) = 0;

  // Accounts. Names are unique (a taken one is a kConflict); accounts are disabled, never deleted,
  // so the audit log's names keep meaning someone.
  virtual Result<User> CreateUser(User user) = 0;
  virtual Result<User> GetUser(Id id) = 0;
  virtual Result<std::optional<User>> FindUser(std::string_view name) = 0;
  virtual Result<std::vector<User>> ListUsers() = 0;
  virtual Result<User> UpdateUser(User user) = 0;

  // Sessions and API tokens, known by the hash of their secret. Deleting an absent one is Ok.
  virtual Status CreateCredential(const Credential& credential) = 0;
  virtual Result<std::optional<Credential>> FindCredential(std::string_view secret_hash) = 0;
  virtual Status DeleteCredential(std::string_view secret_hash) = 0;

  // Sign-in attempts. Failures are counted after `since` (UTC text) and after the last success of
  // the same account (of_account) or address (from_address). Attempts older than a day may be
  // forgotten.
  virtual Status RecordLoginAttempt(const LoginAttempt& attempt) = 0;
  virtual Result<LoginFailures> CountLoginFailures(std::optional<Id> user_id,
                                                   std::string_view address,
                                                   std::string_view since) = 0;

  // The audit log, append-only: no Transaction method changes or removes an entry.
  // LastAuditEntry REQUIRES a write transaction holding LockKey("audit_log"), so that no other
  // transaction appends between it and the commit and entries chain in one line.
  virtual Result<std::optional<AuditHead>> LastAuditEntry() = 0;
  // REQUIRES: entry.seq is the last entry's seq + 1 (1 for the first); otherwise kConflict.
  virtual Status AppendAudit(const AuditEntry& entry) = 0;
  virtual Result<std::vector<AuditEntry>> ListAudit(const AuditFilter& filter) = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // Runs `body` on a consistent snapshot. Writes inside it fail.
  //
  // A Read or Write called from inside a Write's body, on the same thread and store, joins that
  // transaction: its body runs on it, and it commits or rolls back with the outer one. That is
  // how an idempotent request keeps its answer in the same transaction as the write it made.
  virtual Status Read(const std::function<Status(Transaction&)>& body) = 0;
  // Runs `body` in one transaction: committed when it returns Ok, rolled back otherwise. A
  // commit that returns Ok is durable. SQLite commits concurrent writes together
  // (sqlite/group_commit.h): a body also sees the writes run before it in its group, which are
  // committed with it or not at all. `body` may be run more than once (PostgreSQL retries a
  // transaction caught in a deadlock), so it must change nothing outside its transaction that a
  // second run would get wrong: reset what it accumulates at its start. Writes see each other's
  // committed rows (READ COMMITTED): updates carry the version they read, uniqueness is kept by
  // keys, and a check on what does not exist yet takes a LockKey.
  virtual Status Write(const std::function<Status(Transaction&)>& body) = 0;

  // Cancels the statements running now for threads whose stop flag is raised
  // (store/query_deadline.h): a server that is stopping calls it after raising its flag. SQLite
  // needs nothing: its connections poll the flag.
  virtual void InterruptStopped() {}

  // A short description for logs: the backend and where it is ("sqlite:/srv/kenes.db").
  virtual std::string Describe() const = 0;

  // Read and Write for a body that returns a value.
  template <class T>
  Result<T> Read(const std::function<Result<T>(Transaction&)>& body) {
    return Run<T>(&Store::Read, body);
  }
  template <class T>
  Result<T> Write(const std::function<Result<T>(Transaction&)>& body) {
    return Run<T>(&Store::Write, body);
  }

 private:
  using Runner = Status (Store::*)(const std::function<Status(Transaction&)>&);
  template <class T>
  Result<T> Run(Runner runner, const std::function<Result<T>(Transaction&)>& body) {
    std::optional<Result<T>> out;
    Status status = (this->*runner)([&](Transaction& tx) -> Status {
      out.emplace(body(tx));
      if (!out->ok()) return out->error();
      return Ok();
    });
    if (!status.ok()) return status.error();
    return std::move(*out);
  }
};

}  // namespace kenes
