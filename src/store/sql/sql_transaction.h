// The Transaction of the SQL stores: every operation on one connection inside a transaction that
// the store began. Written once over the driver interface (connection.h), for SQLite and
// PostgreSQL alike; its methods are defined per record kind in sql_<kind>.cc.
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "store/clock.h"
#include "store/sql/connection.h"
#include "store/store.h"

namespace kenes::sql {

class SqlTransaction final : public Transaction {
 public:
  SqlTransaction(sql::Connection& connection, const Clock& clock)
      : db_(connection), clock_(clock) {}

  Result<bool> Exists(RecordKind kind, std::string_view key) override;

  // Stores the keys reserved in this transaction and not completed, as ReserveStoredReply stores
  // them on PostgreSQL (in flight, status 0). A SQLite store calls it once a write's body has
  // succeeded, before its commit: there the reservation waits for its answer (ReserveStoredReply).
  Status StoreReservations();

  Result<Campaign> CreateCampaign(Campaign campaign) override;
  Result<Campaign> GetCampaign(Id id) override;
  Result<Campaign> UpdateCampaign(Campaign campaign) override;
  Result<std::vector<Campaign>> ListCampaigns() override;

  Status PutPlaces(std::span<const Place> places) override;
  Result<std::vector<Place>> ListPlaces() override;
  Status PutSegments(std::span<const Segment> segments) override;
  Result<std::vector<Segment>> ListSegments() override;
  Status PutProvisions(std::span<const Provision> provisions) override;
  Result<std::vector<Provision>> ListProvisions() override;

  Result<Organization> CreateOrganization(Organization organization) override;
  Result<Organization> GetOrganization(Id id) override;
  Result<PageOf<Organization>> ListOrganizations(const OrganizationFilter& filter) override;
  Result<Organization> UpdateOrganization(Organization organization) override;
  Status DeleteOrganization(Id id) override;

  Result<Person> CreatePerson(Person person) override;
  Result<Person> GetPerson(Id id) override;
  Result<PageOf<Person>> ListPeople(const PersonFilter& filter) override;
  Result<Person> UpdatePerson(Person person) override;
  Status DeletePerson(Id id) override;

  Result<Event> CreateEvent(Event event) override;
  Result<Event> GetEvent(Id id) override;
  Result<PageOf<Event>> ListEvents(const EventFilter& filter) override;
  Result<Event> UpdateEvent(Event event) override;
  Status DeleteEvent(Id id) override;

  Result<FeedbackItem> CreateFeedback(FeedbackItem item) override;
  Result<FeedbackItem> GetFeedback(Id id) override;
  Result<PageOf<FeedbackItem>> ListFeedback(const FeedbackFilter& filter) override;
  Result<FeedbackItem> UpdateFeedback(FeedbackItem item) override;
  Status DeleteFeedback(Id id) override;

  Result<CheckIn> CreateCheckIn(CheckIn checkin) override;
  Result<CheckIn> GetCheckIn(Id id) override;
  Result<PageOf<CheckIn>> ListCheckIns(const CheckInFilter& filter) override;
  Result<CheckIn> UpdateCheckIn(CheckIn checkin) override;
  Status DeleteCheckIn(Id id) override;

  Result<SourceDocument> CreateDocument(SourceDocument document) override;
  Result<SourceDocument> GetDocument(Id id) override;
  Result<std::optional<SourceDocument>> FindDocument(const std::string& fingerprint) override;
  Result<PageOf<SourceDocument>> ListDocuments(const Page& page) override;
  Result<Draft> CreateDraft(Draft draft) override;
  Result<Draft> GetDraft(Id id) override;
  Result<PageOf<Draft>> ListDrafts(const DraftFilter& filter) override;
  Result<Draft> UpdateDraft(Draft draft) override;
  Result<std::vector<Event>> FindNearbyEvents(const NearbyEventQuery& query) override;

  Status LockKey(std::string_view key) override;

  Result<User> CreateUser(User user) override;
  Result<User> GetUser(Id id) override;
  Result<std::optional<User>> FindUser(std::string_view name) override;
  Result<std::vector<User>> ListUsers() override;
  Result<User> UpdateUser(User user) override;
  Status CreateCredential(const Credential& credential) override;
  Result<std::optional<Credential>> FindCredential(std::string_view secret_hash) override;
  Status DeleteCredential(std::string_view secret_hash) override;
  Status RecordLoginAttempt(const LoginAttempt& attempt) override;
  Result<LoginFailures> CountLoginFailures(std::optional<Id> user_id, std::string_view address,
                                           std::string_view since) override;

  Result<std::optional<AuditHead>> LastAuditEntry() override;
  Status AppendAudit(const AuditEntry& entry) override;
  Result<std::vector<AuditEntry>> ListAudit(const AuditFilter& filter) override;

  Status AppendCheckIns(std::span<const CheckInRow> rows) override;
  Status ScanCheckIns(Id after, Id through,
                      const std::function<Status(const CheckInRow&)>& visit) override;
  Status ScanCheckInRecords(Id after, std::size_t limit,
                            const std::function<Status(const CheckInRecordRow&)>& visit) override;
  Status ScanFeedback(Id after, Id through,
                      const std::function<Status(const FeedbackItem&)>& visit) override;
  Result<RecordChanges> ChangesSince(std::int64_t cursor, std::size_t limit) override;
  Status KeepFeedCursor(std::string_view reader, std::int64_t cursor) override;
  Status CompactFeed() override;
  Status PutVenues(std::span<const Venue> venues) override;
  Result<std::vector<Venue>> ListVenues() override;
  Status PutVoteResults(std::span<const VoteResult> results) override;
  Result<std::optional<StoredReply>> FindStoredReply(std::string_view account,
                                                     std::string_view key) override;
  Status ReserveStoredReply(const StoredReply& reply) override;
  Status CompleteStoredReply(const StoredReply& reply) override;
  Status ForgetStoredReplies(std::string_view before) override;
  Result<std::vector<VoteResult>> ListVoteResults() override;
  Result<Publication> CreatePublication(Publication publication) override;
  Result<Publication> GetPublication(Id id) override;
  Result<PageOf<Publication>> ListPublications(const PublicationFilter& filter) override;
  Result<Publication> UpdatePublication(Publication publication) override;
  Status AddPublicationVersion(const PublicationVersion& version) override;
  Result<std::vector<PublicationVersion>> ListPublicationVersions(Id publication_id) override;
  Result<FigureReview> PutFigureReview(FigureReview review) override;
  Result<std::vector<FigureReview>> ListFigureReviews() override;

 private:
  // Loads the child rows of an organization, person, event or feedback item.
  Status LoadMembership(Organization& organization);
  Status LoadPositions(Person& person);
  Status LoadEventLists(Event& event);
  Status LoadFeedbackProvisions(FeedbackItem& item);
  Status SaveMembership(const Organization& organization);
  Status SavePositions(const Person& person);
  Status SaveEventLists(const Event& event);
  Status SaveFeedbackProvisions(const FeedbackItem& item);
  Status LoadPublicationEvents(Publication& publication);
  Status SavePublicationEvents(const Publication& publication);

  // Records in the record feed that check-ins first..last were appended. Inserts of check-ins are
  // logged here rather than by a trigger, one entry per run, because a trigger per row would
  // halve the bulk import rate (docs/analytics.md).
  Status LogCheckInsAppended(Id first, Id last);
  // How far the record feed was compacted: entries with ids up to it may be gone.
  Result<std::int64_t> FoldedThrough();
  // Inserts rows[i] for each i of `batch` in one statement, appending the new ids to `ids`.
  Status AppendCheckInBatch(std::span<const CheckInRow> rows, std::span<const std::uint32_t> batch,
                            std::vector<Id>& ids);

  // Inserts a row: `columns` (comma-separated, `count` of them) bound by `bind` from position 1,
  // and the id column too when `id` is not 0 (an import keeps its ids). Returns the row's id.
  Result<Id> Insert(std::string_view table, std::string_view columns, int count, Id id,
                    const std::function<void(sql::Statement&)>& bind);

  // After an UPDATE ... WHERE id = ? AND version = ? changed nothing: NotFound when the record is
  // gone, Conflict when someone else wrote it.
  Error StaleOrMissing(std::string_view table, std::string_view noun, Id id, Version version);
  // Runs a DELETE by id, reporting NotFound or a conflict with records still referring to it.
  Status DeleteById(std::string_view sql, std::string_view noun, Id id);

  // Inserts `reply` as given.
  Status InsertStoredReply(const StoredReply& reply);

  sql::Connection& db_;
  const Clock& clock_;
  // Reservations of this transaction not yet completed, on SQLite, where a reservation holds
  // nothing (writers go one by one) and is stored with its answer, in one insert instead of an
  // insert and an update: that update was a tenth of a write's time under the write lock.
  std::vector<StoredReply> reserved_;
};

}  // namespace kenes::sql
