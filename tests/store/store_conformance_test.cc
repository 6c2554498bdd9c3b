// One suite every Store implementation must pass. The test command runs it once against SQLite
// and once against a throwaway PostgreSQL server (see support/test_database.h).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <thread>

#include "store/query_deadline.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

namespace kenes {
namespace {

// Test names do not depend on the backend: ctest lists the tests once, at build time, and runs
// the same names in both passes.
class StoreConformance : public ::testing::Test {
 protected:
  void SetUp() override {
    RecordProperty("backend", testing::TestingPostgres() ? "postgres" : "sqlite");
    database_ = std::make_unique<testing::TestDatabase>(dir_);
    store_ = testing::OpenTestStore(*database_);
    ASSERT_TRUE(store_
                    ->Write([&](Transaction& tx) -> Status {
                      KENES_ASSIGN(campaign_, tx.CreateCampaign({0, "Разъяснительная кампания",
                                                                 Date::FromCivil(2026, 2, 12),
                                                                 Date::FromCivil(2026, 3, 14),
                                                                 Date::FromCivil(2026, 3, 15)}));
                      const std::vector<Place> places = {
                          {"350000000", PlaceLevel::kRegion, PlaceKind::kRegion, "",
                           "Карагандинская область", "Қарағанды облысы", 1'130'000},
                          {"355200000", PlaceLevel::kDistrict, PlaceKind::kDistrict, "350000000",
                           "Осакаровский район", "Осакаров ауданы", std::nullopt},
                          {"710000000", PlaceLevel::kRegion, PlaceKind::kCity, "", "Астана",
                           "Астана", 1'400'000},
                      };
                      KENES_TRY(tx.PutPlaces(places));
                      const std::vector<Segment> segments = {
                          {"miners", "шахтёры", "шахтерлер", "miners"},
                          {"farmers", "фермеры", "фермерлер", "farmers"}};
                      return tx.PutSegments(segments);
                    })
                    .ok());
  }

  Event SampleEvent(const std::string& date, const std::string& region,
                    std::optional<Attendance> attendance) {
    Event event;
    event.campaign_id = campaign_.id;
    event.date = Date::Parse(date).value();
    event.place_code = region == "350000000" ? "355200000" : region;
    event.region_code = region;
    event.district_code = region == "350000000" ? "355200000" : "";
    event.venue = "Дом культуры";
    event.audience = {"farmers"};
    event.attendance = std::move(attendance);
    return event;
  }

  Result<Event> Create(Event event) {
    return store_->Write<Event>([&](Transaction& tx) { return tx.CreateEvent(event); });
  }
  // An event with five check-ins appended in bulk (with the bulk tests below).
  Result<Event> EventWithFiveBulkCheckIns();

  testing::TempDir dir_;
  std::unique_ptr<testing::TestDatabase> database_;
  std::unique_ptr<Store> store_;
  Campaign campaign_;
};

TEST_F(StoreConformance, AnEventReadsBackAsItWasWritten) {
  Event event = SampleEvent("2026-02-24", "350000000",
                            Attendance{"около 200", Qualifier::kAbout, 200, 180, 220});
  event.time = "11:00";
  event.provision_codes = {};
  auto created = Create(event);
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_GT(created->id, 0);
  EXPECT_EQ(created->version, 1);
  EXPECT_FALSE(created->created_at.empty());

  auto read = store_->Read<Event>([&](Transaction& tx) { return tx.GetEvent(created->id); });
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->date.ToString(), "2026-02-24");
  EXPECT_EQ(read->time, "11:00");
  EXPECT_EQ(read->place_code, "355200000");
  EXPECT_EQ(read->region_code, "350000000");
  EXPECT_EQ(read->audience, std::vector<std::string>{"farmers"});
  ASSERT_TRUE(read->attendance.has_value());
  EXPECT_EQ(*read->attendance, (Attendance{"около 200", Qualifier::kAbout, 200, 180, 220}));
}

TEST_F(StoreConformance, AMissingRecordIsNotFound) {
  auto read = store_->Read<Event>([&](Transaction& tx) { return tx.GetEvent(999); });
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().code, ErrorCode::kNotFound);
}

TEST_F(StoreConformance, AFailedWriteLeavesNothingBehind) {
  Status failed = store_->Write([&](Transaction& tx) -> Status {
    KENES_TRY(tx.CreateEvent(SampleEvent("2026-02-24", "350000000", std::nullopt)));
    Event unknown_segment = SampleEvent("2026-02-25", "350000000", std::nullopt);
    unknown_segment.audience = {"astronauts"};
    return tx.CreateEvent(unknown_segment).ok() ? Ok() : Invalid("audience", "unknown");
  });
  EXPECT_FALSE(failed.ok());
  auto page = store_->Read<PageOf<Event>>([&](Transaction& tx) { return tx.ListEvents({}); });
  ASSERT_TRUE(page.ok());
  EXPECT_TRUE(page->items.empty());
}

// Writes from many threads at once (SQLite commits them in groups, store/sqlite/group_commit.h):
// each one acknowledged is stored once under the id it was given, and those failing among them
// fail alone and leave nothing.
TEST_F(StoreConformance, ConcurrentWritesAreAllStoredAndTheFailingOnesAmongThemFailAlone) {
  constexpr int kThreads = 8, kEach = 12;
  const auto fails = [](int thread, int i) { return (thread * kEach + i) % 7 == 3; };
  const auto venue = [](int thread, int i) {
    return "зал " + std::to_string(thread) + "." + std::to_string(i);
  };
  std::vector<std::vector<std::optional<Status>>> written(kThreads);
  std::vector<std::vector<Id>> ids(kThreads, std::vector<Id>(kEach, 0));
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    written[t].resize(kEach);
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        Event event = SampleEvent("2026-02-24", "350000000", std::nullopt);
        event.venue = venue(t, i);
        written[t][i] = store_->Write([&](Transaction& tx) -> Status {
          KENES_ASSIGN(const Event created, tx.CreateEvent(event));
          ids[t][i] = created.id;
          if (fails(t, i)) {
            Event unknown_segment = event;
            unknown_segment.audience = {"astronauts"};
            if (tx.CreateEvent(unknown_segment).ok()) return Ok();
            return Invalid("audience", "unknown");
          }
          return Ok();
        });
      }
    });
  }
  for (std::thread& thread : threads) thread.join();

  std::map<std::string, std::vector<Id>> stored;
  ASSERT_TRUE(store_
                  ->Read([&](Transaction& tx) -> Status {
                    EventFilter filter;
                    filter.page.limit = Page::kMaxLimit;
                    KENES_ASSIGN(PageOf<Event> page, tx.ListEvents(filter));
                    for (const Event& event : page.items) stored[event.venue].push_back(event.id);
                    return Ok();
                  })
                  .ok());
  std::size_t acknowledged = 0;
  for (int t = 0; t < kThreads; ++t) {
    for (int i = 0; i < kEach; ++i) {
      ASSERT_TRUE(written[t][i].has_value());
      if (fails(t, i)) {
        EXPECT_FALSE(written[t][i]->ok()) << venue(t, i);
        EXPECT_FALSE(stored.contains(venue(t, i))) << venue(t, i);
      } else {
        ASSERT_TRUE(written[t][i]->ok()) << written[t][i]->error().message;
        EXPECT_EQ(stored[venue(t, i)], std::vector<Id>{ids[t][i]}) << venue(t, i);
        ++acknowledged;
      }
    }
  }
  EXPECT_EQ(stored.size(), acknowledged);
}

TEST_F(StoreConformance, AStaleVersionIsAConflictAndChangesNothing) {
  auto created = Create(SampleEvent("2026-02-24", "350000000", ExactAttendance(57)));
  ASSERT_TRUE(created.ok());

  Event first = *created;
  first.venue = "Шахта «Тентек»";
  auto updated = store_->Write<Event>([&](Transaction& tx) { return tx.UpdateEvent(first); });
  ASSERT_TRUE(updated.ok());
  EXPECT_EQ(updated->version, 2);

  Event second = *created;  // still at version 1
  second.venue = "Другое место";
  auto stale = store_->Write<Event>([&](Transaction& tx) { return tx.UpdateEvent(second); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(stale.error().field, "version");

  auto read = store_->Read<Event>([&](Transaction& tx) { return tx.GetEvent(created->id); });
  EXPECT_EQ(read->venue, "Шахта «Тентек»");
}

TEST_F(StoreConformance, ListsPageByIdAndFilter) {
  for (int day = 13; day <= 27; ++day) {
    const std::string date = "2026-02-" + std::to_string(day);
    ASSERT_TRUE(Create(SampleEvent(date, day % 2 ? "350000000" : "710000000", std::nullopt)).ok());
  }
  EventFilter filter;
  filter.page.limit = 4;
  std::vector<Id> seen;
  for (int pages = 0; pages < 10; ++pages) {
    auto page = store_->Read<PageOf<Event>>([&](Transaction& tx) { return tx.ListEvents(filter); });
    ASSERT_TRUE(page.ok());
    for (const Event& event : page->items) seen.push_back(event.id);
    if (!page->next_after) break;
    filter.page.after = *page->next_after;
  }
  EXPECT_EQ(seen.size(), 15u);
  EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));

  EventFilter karaganda;
  karaganda.region_code = "350000000";
  karaganda.from = Date::FromCivil(2026, 2, 15);
  karaganda.to = Date::FromCivil(2026, 2, 21);
  auto page =
      store_->Read<PageOf<Event>>([&](Transaction& tx) { return tx.ListEvents(karaganda); });
  ASSERT_TRUE(page.ok());
  std::vector<std::string> dates;
  for (const Event& event : page->items) dates.push_back(event.date.ToString());
  EXPECT_EQ(dates,
            (std::vector<std::string>{"2026-02-15", "2026-02-17", "2026-02-19", "2026-02-21"}));
}

TEST_F(StoreConformance, AReferencedRecordCannotBeDeleted) {
  auto org = store_->Write<Organization>([&](Transaction& tx) {
    Organization o;
    o.name = "АО «Qarmet»";
    o.kind = OrgKind::kCompany;
    return tx.CreateOrganization(o);
  });
  ASSERT_TRUE(org.ok());
  Event event = SampleEvent("2026-02-24", "350000000", std::nullopt);
  event.host_organization_id = org->id;
  event.organizer_ids = {org->id};
  ASSERT_TRUE(Create(event).ok());

  Status deleted = store_->Write([&](Transaction& tx) { return tx.DeleteOrganization(org->id); });
  ASSERT_FALSE(deleted.ok());
  EXPECT_EQ(deleted.error().code, ErrorCode::kConflict);
  auto still =
      store_->Read<Organization>([&](Transaction& tx) { return tx.GetOrganization(org->id); });
  EXPECT_TRUE(still.ok());
}

TEST_F(StoreConformance, OrganizationsKeepMembershipAndAreFoundByName) {
  auto party = store_->Write<Organization>([&](Transaction& tx) {
    Organization o;
    o.name = "Партия «AMANAT»";
    o.kind = OrgKind::kParty;
    o.membership = Membership{campaign_.id, Date::FromCivil(2026, 2, 12), 450'000};
    return tx.CreateOrganization(o);
  });
  ASSERT_TRUE(party.ok()) << party.error().message;
  OrganizationFilter filter;
  filter.name_contains = "amanat";
  filter.members_only = true;
  auto page = store_->Read<PageOf<Organization>>(
      [&](Transaction& tx) { return tx.ListOrganizations(filter); });
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 1u);
  ASSERT_TRUE(page->items[0].membership.has_value());
  EXPECT_EQ(page->items[0].membership->claimed_members, 450'000);
  EXPECT_EQ(page->items[0].membership->joined_on.ToString(), "2026-02-12");
}

TEST_F(StoreConformance, AParticipantChecksInOncePerEvent) {
  auto event = Create(SampleEvent("2026-02-24", "350000000", std::nullopt));
  ASSERT_TRUE(event.ok());
  CheckIn checkin;
  checkin.event_id = event->id;
  checkin.participant_hash = std::string(32, 'a');
  checkin.age_band = AgeBand::k30To44;
  auto first = store_->Write<CheckIn>([&](Transaction& tx) { return tx.CreateCheckIn(checkin); });
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first->participant_hash, std::string(32, 'a'));
  auto again = store_->Write<CheckIn>([&](Transaction& tx) { return tx.CreateCheckIn(checkin); });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  EXPECT_EQ(again.error().field, "participant");
}

TEST_F(StoreConformance, ReadersSeeOnlyCommittedWrites) {
  // A reader running beside a long write sees the state before it, then the state after.
  std::atomic<bool> inside{false};
  std::atomic<bool> release{false};
  std::thread writer([&] {
    (void)store_->Write([&](Transaction& tx) -> Status {
      KENES_TRY(tx.CreateEvent(SampleEvent("2026-02-24", "350000000", std::nullopt)));
      inside = true;
      while (!release) std::this_thread::yield();
      return Ok();
    });
  });
  while (!inside) std::this_thread::yield();
  auto during = store_->Read<PageOf<Event>>([&](Transaction& tx) { return tx.ListEvents({}); });
  release = true;
  writer.join();
  auto after = store_->Read<PageOf<Event>>([&](Transaction& tx) { return tx.ListEvents({}); });
  ASSERT_TRUE(during.ok());
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(during->items.size(), 0u);
  EXPECT_EQ(after->items.size(), 1u);
}

// Far more reads at once than a store keeps connections for all finish, each seeing the data; a
// read inside a read does not wait for the busy pool; a read whose body throws gives its
// connection back, so a run of failures cannot leave the pool empty.
TEST_F(StoreConformance, ABurstOfReadsNestedReadsAndFailedReadsAllComeBack) {
  ASSERT_TRUE(Create(SampleEvent("2026-02-24", "350000000", std::nullopt)).ok());
  const auto count_events = [&]() -> Result<std::size_t> {
    return store_->Read<std::size_t>([&](Transaction& tx) -> Result<std::size_t> {
      KENES_ASSIGN(PageOf<Event> page, tx.ListEvents({}));
      return page.items.size();
    });
  };
  std::atomic<int> seen{0};
  std::atomic<int> nested{0};
  std::vector<std::thread> readers;
  for (int i = 0; i < 48; ++i) {
    readers.emplace_back([&, i] {
      Status read = store_->Read([&](Transaction& tx) -> Status {
        KENES_ASSIGN(PageOf<Event> page, tx.ListEvents({}));
        if (page.items.size() == 1) ++seen;
        // Every other reader holds its connection a while and reads again inside it.
        if (i % 2 == 0) {
          std::this_thread::sleep_for(std::chrono::milliseconds(20));
          KENES_ASSIGN(std::size_t inner, count_events());
          if (inner == 1) ++nested;
        }
        return Ok();
      });
      EXPECT_TRUE(read.ok()) << read.error().message;
    });
  }
  for (std::thread& reader : readers) reader.join();
  EXPECT_EQ(seen, 48);
  EXPECT_EQ(nested, 24);

  for (int i = 0; i < 40; ++i) {
    EXPECT_THROW((void)store_->Read([](Transaction&) -> Status { throw std::runtime_error("x"); }),
                 std::runtime_error);
  }
  auto after = count_events();
  ASSERT_TRUE(after.ok()) << after.error().message;
  EXPECT_EQ(*after, 1u);
}

// Accounts, credentials, sign-in attempts and the audit log.

TEST_F(StoreConformance, AccountNamesAreUniqueAndChangesNameTheVersion) {
  User user{0, 0, "karaganda", Role::kCoordinator, "350000000"};
  user.password_hash = "$argon2id$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA";
  auto created = store_->Write<User>([&](Transaction& tx) { return tx.CreateUser(user); });
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_EQ(created->version, 1);
  auto again = store_->Write<User>([&](Transaction& tx) { return tx.CreateUser(user); });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  EXPECT_EQ(again.error().field, "name");

  auto found =
      store_->Read<std::optional<User>>([&](Transaction& tx) { return tx.FindUser("karaganda"); });
  ASSERT_TRUE(found.ok() && *found);
  EXPECT_EQ((*found)->region_code, "350000000");
  EXPECT_EQ((*found)->password_hash, user.password_hash);
  auto absent =
      store_->Read<std::optional<User>>([&](Transaction& tx) { return tx.FindUser("nobody"); });
  ASSERT_TRUE(absent.ok());
  EXPECT_FALSE(*absent);

  User disabled = *created;
  disabled.disabled = true;
  auto updated = store_->Write<User>([&](Transaction& tx) { return tx.UpdateUser(disabled); });
  ASSERT_TRUE(updated.ok());
  EXPECT_TRUE(updated->disabled);
  EXPECT_EQ(updated->version, 2);
  auto stale = store_->Write<User>([&](Transaction& tx) { return tx.UpdateUser(disabled); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
}

TEST_F(StoreConformance, CredentialsAreFoundByTheHashOfTheirSecretAndDeleted) {
  auto user = store_->Write<User>([&](Transaction& tx) {
    return tx.CreateUser({0, 0, "analyst", Role::kAnalyst});
  });
  ASSERT_TRUE(user.ok());
  Credential token;
  token.secret_hash = std::string(64, 'a');
  token.kind = CredentialKind::kToken;
  token.user_id = user->id;
  token.label = "import script";
  token.expires_at = "2026-06-01T00:00:00Z";
  ASSERT_TRUE(store_->Write([&](Transaction& tx) { return tx.CreateCredential(token); }).ok());
  auto found = store_->Read<std::optional<Credential>>(
      [&](Transaction& tx) { return tx.FindCredential(token.secret_hash); });
  ASSERT_TRUE(found.ok() && *found);
  EXPECT_EQ((*found)->kind, CredentialKind::kToken);
  EXPECT_EQ((*found)->user_id, user->id);
  EXPECT_EQ((*found)->label, "import script");
  EXPECT_EQ((*found)->expires_at, token.expires_at);
  ASSERT_TRUE(
      store_->Write([&](Transaction& tx) { return tx.DeleteCredential(token.secret_hash); }).ok());
  ASSERT_TRUE(
      store_->Write([&](Transaction& tx) { return tx.DeleteCredential(token.secret_hash); }).ok());
  auto gone = store_->Read<std::optional<Credential>>(
      [&](Transaction& tx) { return tx.FindCredential(token.secret_hash); });
  ASSERT_TRUE(gone.ok());
  EXPECT_FALSE(*gone);
}

TEST_F(StoreConformance, FailedSignInsCountSinceTheLastSuccessPerAccountAndAddress) {
  auto user = store_->Write<User>([&](Transaction& tx) {
    return tx.CreateUser({0, 0, "observer", Role::kObserver});
  });
  ASSERT_TRUE(user.ok());
  const auto attempt = [&](std::optional<Id> who, const std::string& address, bool ok) {
    LoginAttempt a;
    a.user_id = who;
    a.address = address;
    a.succeeded = ok;
    ASSERT_TRUE(store_->Write([&](Transaction& tx) { return tx.RecordLoginAttempt(a); }).ok());
  };
  const auto count = [&](std::optional<Id> who, const std::string& address) {
    return store_
        ->Read<LoginFailures>([&](Transaction& tx) {
          return tx.CountLoginFailures(who, address, "2000-01-01T00:00:00Z");
        })
        .value();
  };
  attempt(user->id, "10.0.0.1", false);
  attempt(user->id, "10.0.0.2", false);
  attempt(std::nullopt, "10.0.0.1", false);
  EXPECT_EQ(count(user->id, "10.0.0.1").of_account, 2);
  EXPECT_EQ(count(user->id, "10.0.0.1").from_address, 2);
  EXPECT_EQ(count(std::nullopt, "10.0.0.2").of_account, 0);
  attempt(user->id, "10.0.0.1", true);
  EXPECT_EQ(count(user->id, "10.0.0.1").of_account, 0);
  EXPECT_EQ(count(user->id, "10.0.0.1").from_address, 0);
  EXPECT_EQ(count(user->id, "10.0.0.2").from_address, 1);
  // Failures before `since` do not count.
  auto later = store_->Read<LoginFailures>([&](Transaction& tx) {
    return tx.CountLoginFailures(user->id, "10.0.0.2", "2999-01-01T00:00:00Z");
  });
  EXPECT_EQ(later->from_address, 0);
}

TEST_F(StoreConformance, TheAuditLogAppendsInOneLineAndFilters) {
  const auto append = [&](std::int64_t seq, const std::string& kind, Id id) {
    AuditEntry entry;
    entry.seq = seq;
    entry.at = "2026-02-24T10:00:00Z";
    entry.actor = "admin";
    entry.action = "create";
    entry.record_kind = kind;
    entry.record_id = id;
    entry.after = "{}";
    entry.prev_hash = std::string(kGenesisHash);
    entry.hash = std::string(64, static_cast<char>('a' + seq));
    return store_->Write([&](Transaction& tx) { return tx.AppendAudit(entry); });
  };
  auto empty = store_->Read<std::optional<AuditHead>>(
      [&](Transaction& tx) -> Result<std::optional<AuditHead>> { return tx.LastAuditEntry(); });
  ASSERT_TRUE(empty.ok());
  EXPECT_FALSE(*empty);
  EXPECT_EQ(append(2, "event", 1).error().code, ErrorCode::kConflict);
  ASSERT_TRUE(append(1, "event", 1).ok());
  ASSERT_TRUE(append(2, "feedback", 1).ok());
  ASSERT_TRUE(append(3, "event", 2).ok());
  EXPECT_EQ(append(3, "event", 3).error().code, ErrorCode::kConflict);
  auto head =
      store_->Write<std::optional<AuditHead>>([&](Transaction& tx) { return tx.LastAuditEntry(); });
  ASSERT_TRUE(head.ok() && *head);
  EXPECT_EQ((*head)->seq, 3);
  EXPECT_EQ((*head)->hash, std::string(64, 'd'));

  AuditFilter events;
  events.record_kind = "event";
  auto listed =
      store_->Read<std::vector<AuditEntry>>([&](Transaction& tx) { return tx.ListAudit(events); });
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].seq, 1);
  EXPECT_EQ((*listed)[1].seq, 3);
  EXPECT_EQ((*listed)[0].before, "");
  EXPECT_EQ((*listed)[0].after, "{}");
  events.record_id = 2;
  EXPECT_EQ(
      store_->Read<std::vector<AuditEntry>>([&](Transaction& tx) { return tx.ListAudit(events); })
          ->size(),
      1u);
  AuditFilter page;
  page.after_seq = 1;
  page.limit = 1;
  auto second =
      store_->Read<std::vector<AuditEntry>>([&](Transaction& tx) { return tx.ListAudit(page); });
  ASSERT_EQ(second->size(), 1u);
  EXPECT_EQ((*second)[0].seq, 2);
}

ParticipantKey Key(std::uint8_t seed) {
  ParticipantKey key{};
  for (std::size_t i = 0; i < key.size(); ++i) key[i] = static_cast<std::uint8_t>(seed * 31 + i);
  return key;
}

// An event with five check-ins appended in bulk: participants Key(0..4), the odd ones miners, the
// fourth aged 30 to 44.
Result<Event> StoreConformance::EventWithFiveBulkCheckIns() {
  KENES_ASSIGN(Event event, Create(SampleEvent("2026-02-24", "350000000", std::nullopt)));
  std::vector<CheckInRow> rows;
  for (std::uint8_t i = 0; i < 5; ++i) {
    rows.push_back({0, event.id, Key(i), i % 2 ? "miners" : "", std::nullopt});
  }
  rows[3].age_band = AgeBand::k30To44;
  KENES_TRY(store_->Write([&](Transaction& tx) { return tx.AppendCheckIns(rows); }));
  return event;
}

TEST_F(StoreConformance, BulkCheckInsAreAppendedInOrderAndScannedBack) {
  auto event = EventWithFiveBulkCheckIns();
  ASSERT_TRUE(event.ok());

  std::vector<CheckInRow> scanned;
  std::vector<std::string> segments;
  ASSERT_TRUE(store_
                  ->Read([&](Transaction& tx) {
                    return tx.ScanCheckIns(0, 1'000'000, [&](const CheckInRow& row) {
                      scanned.push_back(row);
                      segments.emplace_back(row.segment);
                      return Ok();
                    });
                  })
                  .ok());
  ASSERT_EQ(scanned.size(), 5u);
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(scanned[i].participant, Key(static_cast<std::uint8_t>(i)));
    EXPECT_EQ(scanned[i].event_id, event->id);
    if (i) {
      EXPECT_EQ(scanned[i].id, scanned[i - 1].id + 1);
    }
  }
  EXPECT_EQ(segments, (std::vector<std::string>{"", "miners", "", "miners", ""}));
  EXPECT_EQ(scanned[3].age_band, AgeBand::k30To44);
  // The hex form of a bulk check-in is the one CreateCheckIn would have stored.
  auto one = store_->Read<CheckIn>([&](Transaction& tx) { return tx.GetCheckIn(scanned[2].id); });
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->participant_hash, ParticipantKeyToHex(Key(2)));

  // A window of ids: after < id <= through.
  std::size_t in_window = 0;
  ASSERT_TRUE(store_
                  ->Read([&](Transaction& tx) {
                    return tx.ScanCheckIns(scanned[1].id, scanned[3].id, [&](const CheckInRow&) {
                      ++in_window;
                      return Ok();
                    });
                  })
                  .ok());
  EXPECT_EQ(in_window, 2u);
}

TEST_F(StoreConformance, WholeCheckInsAreScannedAPageAtATimeAsTheyWereStored) {
  auto event = EventWithFiveBulkCheckIns();
  ASSERT_TRUE(event.ok());
  auto stored = store_->Read<PageOf<CheckIn>>(
      [&](Transaction& tx) { return tx.ListCheckIns(CheckInFilter{}); });
  ASSERT_TRUE(stored.ok());
  ASSERT_EQ(stored->items.size(), 5u);
  // Changed once: the scan gives the version as stored.
  CheckIn changed = stored->items[4];
  changed.segment = "miners";
  ASSERT_TRUE(store_
                  ->Write([&](Transaction& tx) -> Status {
                    KENES_TRY(tx.UpdateCheckIn(changed));
                    return Ok();
                  })
                  .ok());
  stored->items[4].segment = "miners";
  stored->items[4].version = 2;

  // Pages of two, each after the last id of the one before, as an export reads them.
  std::vector<CheckIn> scanned;
  std::vector<std::size_t> pages;
  Id after = 0;
  while (true) {
    std::size_t page = 0;
    ASSERT_TRUE(store_
                    ->Read([&](Transaction& tx) {
                      return tx.ScanCheckInRecords(after, 2, [&](const CheckInRecordRow& record) {
                        const CheckInRow& row = record.row;
                        scanned.push_back({row.id, record.version, row.event_id,
                                           ParticipantKeyToHex(row.participant),
                                           std::string(row.segment), row.age_band,
                                           std::string(record.created_at)});
                        after = row.id;
                        ++page;
                        return Ok();
                      });
                    })
                    .ok());
    pages.push_back(page);
    if (page < 2) break;
  }
  EXPECT_EQ(pages, (std::vector<std::size_t>{2, 2, 1}));
  ASSERT_EQ(scanned.size(), 5u);
  for (std::size_t i = 0; i < 5; ++i) {
    const CheckIn& want = stored->items[i];
    const CheckIn& got = scanned[i];
    EXPECT_EQ(got.id, want.id);
    EXPECT_EQ(got.version, want.version);
    EXPECT_EQ(got.event_id, want.event_id);
    EXPECT_EQ(got.participant_hash, want.participant_hash);
    EXPECT_EQ(got.segment, want.segment);
    EXPECT_EQ(got.age_band, want.age_band);
    EXPECT_EQ(got.created_at, want.created_at);
    EXPECT_FALSE(got.created_at.empty());
  }
}

TEST_F(StoreConformance, ABulkDuplicateIsAConflictNamingItsRowAndWritesNothing) {
  auto event = Create(SampleEvent("2026-02-24", "350000000", std::nullopt));
  ASSERT_TRUE(event.ok());
  const std::vector<CheckInRow> rows = {{0, event->id, Key(1), "", std::nullopt},
                                        {0, event->id, Key(2), "", std::nullopt},
                                        {0, event->id, Key(1), "", std::nullopt}};
  Status written = store_->Write([&](Transaction& tx) { return tx.AppendCheckIns(rows); });
  ASSERT_FALSE(written.ok());
  EXPECT_EQ(written.error().code, ErrorCode::kConflict);
  EXPECT_EQ(written.error().field, "rows[2]");
  const std::vector<CheckInRow> orphan = {{0, event->id + 100, Key(3), "", std::nullopt}};
  written = store_->Write([&](Transaction& tx) { return tx.AppendCheckIns(orphan); });
  ASSERT_FALSE(written.ok());
  EXPECT_EQ(written.error().field, "rows[0]: event_id");
  std::int64_t stored = 0;
  Status scanned = store_->Read([&](Transaction& tx) {
    return tx.ScanCheckIns(0, std::numeric_limits<Id>::max(), [&](const CheckInRow&) {
      ++stored;
      return Ok();
    });
  });
  ASSERT_TRUE(scanned.ok()) << scanned.error().message;
  EXPECT_EQ(stored, 0);
}

TEST_F(StoreConformance, FeedbackIsScannedWithItsProvisions) {
  ASSERT_TRUE(store_
                  ->Write([&](Transaction& tx) -> Status {
                    const std::vector<Provision> provisions = {
                        {"art_24", "", "Статья 24", "", {"labour_rights"}},
                        {"preamble", "", "Преамбула", "", {}}};
                    KENES_TRY(tx.PutProvisions(provisions));
                    FeedbackItem item;
                    item.text = "Как защищены трудовые права?";
                    item.place_code = item.region_code = "350000000";
                    item.provision_codes = {"art_24", "preamble"};
                    KENES_TRY(tx.CreateFeedback(item));
                    item.text = "Без положений";
                    item.provision_codes.clear();
                    return tx.CreateFeedback(item).ok() ? Ok() : Internal("second item");
                  })
                  .ok());
  std::vector<FeedbackItem> items;
  ASSERT_TRUE(store_
                  ->Read([&](Transaction& tx) {
                    return tx.ScanFeedback(0, 1'000'000, [&](const FeedbackItem& item) {
                      items.push_back(item);
                      return Ok();
                    });
                  })
                  .ok());
  ASSERT_EQ(items.size(), 2u);
  auto provisions = items[0].provision_codes;
  std::sort(provisions.begin(), provisions.end());
  EXPECT_EQ(provisions, (std::vector<std::string>{"art_24", "preamble"}));
  EXPECT_EQ(items[0].text, "Как защищены трудовые права?");
  EXPECT_TRUE(items[1].provision_codes.empty());
}

TEST_F(StoreConformance, TheRecordFeedHoldsCommittedWritesInOrderAndNothingRolledBack) {
  auto head = store_->Read<RecordChanges>([](Transaction& tx) { return tx.ChangesSince(0, 0); });
  ASSERT_TRUE(head.ok());
  auto first = Create(SampleEvent("2026-02-24", "350000000", std::nullopt));
  auto second = Create(SampleEvent("2026-02-25", "350000000", std::nullopt));
  ASSERT_TRUE(first.ok() && second.ok());
  // A write that fails leaves no trace in the feed.
  (void)store_->Write([&](Transaction& tx) -> Status {
    KENES_TRY(tx.CreateEvent(SampleEvent("2026-02-26", "350000000", std::nullopt)));
    return Invalid("", "changed my mind");
  });
  const std::vector<CheckInRow> rows = {{0, first->id, Key(1), "", std::nullopt},
                                        {0, first->id, Key(2), "", std::nullopt}};
  ASSERT_TRUE(store_->Write([&](Transaction& tx) { return tx.AppendCheckIns(rows); }).ok());
  ASSERT_TRUE(store_->Write([&](Transaction& tx) { return tx.DeleteEvent(second->id); }).ok());
  ASSERT_TRUE(store_
                  ->Write([&](Transaction& tx) -> Status {
                    KENES_ASSIGN(auto organization,
                                 tx.CreateOrganization({0, 0, "Партия", "", OrgKind::kParty}));
                    (void)organization;
                    return Ok();
                  })
                  .ok());

  auto feed = store_->Read<RecordChanges>(
      [&](Transaction& tx) { return tx.ChangesSince(head->cursor, 1000); });
  ASSERT_TRUE(feed.ok());
  // The two events created one after the other come back as one run of ids where their ids are
  // consecutive; PostgreSQL's sequences may leave a gap (a retried or rehearsed write), and then
  // they are two entries.
  const auto& changes = feed->changes;
  ASSERT_GE(changes.size(), 4u);
  const std::size_t runs = changes.size() - 3;
  ASSERT_LE(runs, 2u);
  EXPECT_EQ(changes[0].kind, RecordKind::kEvent);
  EXPECT_EQ(changes[0].first, first->id);
  EXPECT_EQ(changes[runs - 1].kind, RecordKind::kEvent);
  EXPECT_EQ(changes[runs - 1].last, second->id);
  EXPECT_EQ(runs == 1, second->id == first->id + 1);
  EXPECT_EQ(changes[runs].kind, RecordKind::kCheckIn);
  EXPECT_EQ(changes[runs].last - changes[runs].first, 1);
  EXPECT_EQ(changes[runs + 1].kind, RecordKind::kEvent);
  EXPECT_TRUE(changes[runs + 1].deleted);
  EXPECT_EQ(changes[runs + 1].first, second->id);
  EXPECT_EQ(changes[runs + 2].kind, std::nullopt);

  auto rest = store_->Read<RecordChanges>(
      [&](Transaction& tx) { return tx.ChangesSince(feed->cursor, 1000); });
  ASSERT_TRUE(rest.ok());
  EXPECT_TRUE(rest->changes.empty());
  EXPECT_EQ(rest->cursor, feed->cursor);
}

TEST_F(StoreConformance, AChangedCheckInIsReportedWithWhatItWas) {
  auto event = Create(SampleEvent("2026-02-24", "350000000", std::nullopt));
  ASSERT_TRUE(event.ok());
  CheckIn checkin;
  checkin.event_id = event->id;
  checkin.participant_hash = ParticipantKeyToHex(Key(7));
  auto created = store_->Write<CheckIn>([&](Transaction& tx) { return tx.CreateCheckIn(checkin); });
  ASSERT_TRUE(created.ok());
  auto head = store_->Read<RecordChanges>([](Transaction& tx) { return tx.ChangesSince(0, 0); });
  CheckIn changed = *created;
  changed.participant_hash = ParticipantKeyToHex(Key(8));
  ASSERT_TRUE(
      store_->Write<CheckIn>([&](Transaction& tx) { return tx.UpdateCheckIn(changed); }).ok());
  ASSERT_TRUE(store_->Write([&](Transaction& tx) { return tx.DeleteCheckIn(created->id); }).ok());
  auto feed = store_->Read<RecordChanges>(
      [&](Transaction& tx) { return tx.ChangesSince(head->cursor, 1000); });
  ASSERT_TRUE(feed.ok());
  ASSERT_EQ(feed->changes.size(), 3u);
  EXPECT_TRUE(feed->changes[0].deleted);
  EXPECT_EQ(feed->changes[0].event_id, event->id);
  EXPECT_EQ(feed->changes[0].participant, Key(7));
  EXPECT_FALSE(feed->changes[1].deleted);
  EXPECT_EQ(feed->changes[1].first, created->id);
  EXPECT_TRUE(feed->changes[2].deleted);
  EXPECT_EQ(feed->changes[2].participant, Key(8));
}

TEST_F(StoreConformance, VenuesAndFigureReviewsReadBack) {
  auto event = Create(SampleEvent("2026-02-24", "350000000",
                                  Attendance{"более 400", Qualifier::kMoreThan, 401, 401, 500}));
  ASSERT_TRUE(event.ok());
  const std::vector<Venue> venues = {{"355200000", "Дом культуры поселка Осакаровка", 350},
                                     {"355200000", "поселка Осакаровка Дом культуры", 400}};
  ASSERT_TRUE(store_->Write([&](Transaction& tx) { return tx.PutVenues(venues); }).ok());
  auto listed = store_->Read<std::vector<Venue>>([](Transaction& tx) { return tx.ListVenues(); });
  ASSERT_TRUE(listed.ok());
  // The same words in another order name the same venue: the second replaced the first.
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ((*listed)[0].capacity, 400);

  FigureReview review{event->id, "более 400", ReviewDecision::kRejected, "двойной счёт", ""};
  auto saved =
      store_->Write<FigureReview>([&](Transaction& tx) { return tx.PutFigureReview(review); });
  ASSERT_TRUE(saved.ok());
  EXPECT_FALSE(saved->reviewed_at.empty());
  review.decision = ReviewDecision::kConfirmed;
  ASSERT_TRUE(
      store_->Write<FigureReview>([&](Transaction& tx) { return tx.PutFigureReview(review); })
          .ok());
  auto reviews = store_->Read<std::vector<FigureReview>>(
      [](Transaction& tx) { return tx.ListFigureReviews(); });
  ASSERT_TRUE(reviews.ok());
  ASSERT_EQ(reviews->size(), 1u);
  EXPECT_EQ((*reviews)[0].decision, ReviewDecision::kConfirmed);
  review.event_id = event->id + 100;
  auto missing =
      store_->Write<FigureReview>([&](Transaction& tx) { return tx.PutFigureReview(review); });
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

// Unpublished counts stay null, not zero, and a second Put of a place replaces the first.
TEST_F(StoreConformance, VoteResultsReadBackWithTheirGaps) {
  const std::vector<VoteResult> results = {
      {"KZ", 12'482'613, 9'127'192, 7'954'667, 898'099, 146'558, 73.12, "2026-03-17", "ЦРК"},
      {"430000000", std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, 93.04,
       "2026-03-15T20:00:00+05:00", "https://example.kz/20-00"}};
  ASSERT_TRUE(store_->Write([&](Transaction& tx) { return tx.PutVoteResults(results); }).ok());
  VoteResult corrected = results[1];
  corrected.turnout_percent = 93.1;
  ASSERT_TRUE(store_
                  ->Write([&](Transaction& tx) {
                    return tx.PutVoteResults(std::span<const VoteResult>(&corrected, 1));
                  })
                  .ok());
  auto listed =
      store_->Read<std::vector<VoteResult>>([](Transaction& tx) { return tx.ListVoteResults(); });
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0], corrected);  // "430000000" sorts before "KZ"
  EXPECT_FALSE((*listed)[0].eligible.has_value());
  EXPECT_EQ((*listed)[1], results[0]);
}

// A publication reads back with its imprint and cited events in order; an edit checks the
// version read; an approved text is kept once per version; the event filter finds what cites it.
TEST_F(StoreConformance, PublicationsKeepTheirEventsVersionsAndApprovedTexts) {
  auto first = Create(SampleEvent("2026-02-24", "350000000", ExactAttendance(57)));
  auto second = Create(SampleEvent("2026-02-25", "350000000", std::nullopt));
  ASSERT_TRUE(first.ok() && second.ok());
  Publication draft;
  draft.language = PublicationLanguage::kKazakh;
  draft.event_ids = {second->id, first->id};
  draft.imprint = {"«Орталық» ЖШС", "Оспанов М.Ж.", "«AMANAT» партиясы"};
  draft.title = "Түсіндіру жұмысы";
  draft.text = "Делегация 400-ден астам тұрғынмен кездесті.";
  draft.region_code = "350000000";
  draft.created_by = "coordinator";
  auto created =
      store_->Write<Publication>([&](Transaction& tx) { return tx.CreatePublication(draft); });
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_EQ(created->version, 1);
  EXPECT_EQ(created->event_ids, draft.event_ids);
  EXPECT_EQ(created->imprint, draft.imprint);
  EXPECT_EQ(created->status, PublicationStatus::kDraft);
  EXPECT_FALSE(created->created_at.empty());

  Publication approved = *created;
  approved.status = PublicationStatus::kApproved;
  approved.approved_by = "analyst";
  approved.approved_at = "2026-02-26T10:00:00Z";
  approved.text_sha256 = std::string(64, 'a');
  auto updated =
      store_->Write<Publication>([&](Transaction& tx) { return tx.UpdatePublication(approved); });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(updated->approved_by, "analyst");
  auto stale =
      store_->Write<Publication>([&](Transaction& tx) { return tx.UpdatePublication(approved); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);

  const PublicationVersion kept{created->id,          1,         "Түсіндіру жұмысы\n\n...",
                                approved.text_sha256, "analyst", approved.approved_at};
  ASSERT_TRUE(store_->Write([&](Transaction& tx) { return tx.AddPublicationVersion(kept); }).ok());
  Status again = store_->Write([&](Transaction& tx) { return tx.AddPublicationVersion(kept); });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  auto versions = store_->Read<std::vector<PublicationVersion>>(
      [&](Transaction& tx) { return tx.ListPublicationVersions(created->id); });
  ASSERT_TRUE(versions.ok());
  ASSERT_EQ(versions->size(), 1u);
  EXPECT_EQ(versions->front(), kept);

  const auto citing = [&](Id event_id) {
    PublicationFilter filter;
    filter.event_id = event_id;
    return store_
        ->Read<PageOf<Publication>>([&](Transaction& tx) { return tx.ListPublications(filter); })
        .value()
        .items.size();
  };
  EXPECT_EQ(citing(first->id), 1u);
  auto third = Create(SampleEvent("2026-02-27", "350000000", std::nullopt));
  EXPECT_EQ(citing(third->id), 0u);
  PublicationFilter drafts;
  drafts.status = PublicationStatus::kDraft;
  EXPECT_TRUE(
      store_
          ->Read<PageOf<Publication>>([&](Transaction& tx) { return tx.ListPublications(drafts); })
          .value()
          .items.empty());
}

// The keys of idempotent writes: reserved in flight, completed with their answer, a taken key a
// conflict, another account's key its own, and keys older than the cut-off forgotten.
TEST_F(StoreConformance, StoredRepliesKeepTheirAnswerByAccountAndKey) {
  const StoredReply reply{
      "7", "7b0d4c1e-8a2f-4e6b-b3c9-1d5e7f9a0b2c", "hash-1", 0, "", "", "2026-02-24T09:00:00Z"};
  ASSERT_TRUE(store_->Write([&](Transaction& tx) { return tx.ReserveStoredReply(reply); }).ok());
  Status taken = store_->Write([&](Transaction& tx) { return tx.ReserveStoredReply(reply); });
  ASSERT_FALSE(taken.ok());
  EXPECT_EQ(taken.error().code, ErrorCode::kConflict);

  StoredReply answered = reply;
  answered.status = 201;
  answered.body = R"({"id":12})";
  answered.content_type = "application/json; charset=utf-8";
  ASSERT_TRUE(
      store_->Write([&](Transaction& tx) { return tx.CompleteStoredReply(answered); }).ok());
  const auto find = [&](const std::string& account) {
    return store_
        ->Read<std::optional<StoredReply>>(
            [&](Transaction& tx) { return tx.FindStoredReply(account, reply.key); })
        .value();
  };
  ASSERT_TRUE(find("7"));
  EXPECT_EQ(*find("7"), answered);
  EXPECT_FALSE(find("8"));

  // An import's record, as old as the key: kept for good.
  const StoredReply import{std::string(kImportsAccount), "events:abc", "abc", 0, "", "",
                           "2026-02-24T09:00:00Z"};
  ASSERT_TRUE(store_->Write([&](Transaction& tx) { return tx.ReserveStoredReply(import); }).ok());
  const auto forget = [&](const char* before) {
    ASSERT_TRUE(
        store_->Write([&](Transaction& tx) { return tx.ForgetStoredReplies(before); }).ok());
  };
  forget("2026-02-24T09:00:00Z");
  EXPECT_TRUE(find("7"));  // not older than the cut-off
  // Another account's old key goes too, though that account writes nothing more.
  StoredReply idle = reply;
  idle.account = "8";
  ASSERT_TRUE(store_->Write([&](Transaction& tx) { return tx.ReserveStoredReply(idle); }).ok());
  forget("2026-03-26T09:00:01Z");
  EXPECT_FALSE(find("7"));
  EXPECT_FALSE(find("8"));
  auto kept = store_->Read<std::optional<StoredReply>>(
      [&](Transaction& tx) { return tx.FindStoredReply(kImportsAccount, "events:abc"); });
  ASSERT_TRUE(kept.ok());
  EXPECT_TRUE(kept->has_value());
}

// A Write or Read inside a Write's body joins it: a failure of the outer body takes back what the
// inner one wrote, and the inner Read sees it.
TEST_F(StoreConformance, AWriteInsideAWriteJoinsIt) {
  const StoredReply reply{
      "7", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "h", 0, "", "", "2026-02-24T09:00:00Z"};
  Status outer = store_->Write([&](Transaction&) -> Status {
    KENES_TRY(store_->Write([&](Transaction& tx) { return tx.ReserveStoredReply(reply); }));
    auto seen = store_->Read<std::optional<StoredReply>>(
        [&](Transaction& tx) { return tx.FindStoredReply("7", reply.key); });
    EXPECT_TRUE(seen.ok() && seen->has_value());
    return Conflict("taken back");
  });
  EXPECT_FALSE(outer.ok());
  auto after = store_->Read<std::optional<StoredReply>>(
      [&](Transaction& tx) { return tx.FindStoredReply("7", reply.key); });
  ASSERT_TRUE(after.ok());
  EXPECT_FALSE(after->has_value());
}

// A read under a request's time limit is stopped once the limit passes, with an error that names
// it; without a limit the same read runs to its end, and writes are never limited.
TEST_F(StoreConformance, AReadPastItsTimeLimitIsStoppedAndSaysSo) {
  auto event = Create(SampleEvent("2026-02-24", "350000000", std::nullopt));
  ASSERT_TRUE(event.ok());
  constexpr int kRows = 300'000;
  std::vector<CheckInRow> rows(kRows);
  for (int i = 0; i < kRows; ++i) {
    rows[i].event_id = event->id;
    for (std::size_t b = 0; b < rows[i].participant.size(); ++b) {
      rows[i].participant[b] = static_cast<std::uint8_t>((i >> (8 * (b % 4))) + b);
    }
  }
  ASSERT_TRUE(store_->Write([&](Transaction& tx) { return tx.AppendCheckIns(rows); }).ok());
  const auto scan = [&](bool slow) {
    std::int64_t seen = 0;
    return store_->Read([&](Transaction& tx) {
      return tx.ScanCheckIns(0, 1'000'000'000, [&](const CheckInRow&) {
        if (++seen == 1 && slow) std::this_thread::sleep_for(std::chrono::milliseconds(60));
        return Ok();
      });
    });
  };
  EXPECT_TRUE(scan(true).ok());
  {
    const QueryDeadline limit(std::chrono::milliseconds(20));
    Status stopped = scan(true);
    ASSERT_FALSE(stopped.ok());
    EXPECT_EQ(stopped.error().code, ErrorCode::kUnavailable);
    EXPECT_EQ(stopped.error().field, "time_limit");
    EXPECT_NE(stopped.error().message.find("20 ms"), std::string::npos) << stopped.error().message;
    // A write under the same limit runs to its end.
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
    EXPECT_TRUE(store_
                    ->Write([&](Transaction& tx) {
                      return tx.PutVenues(std::vector<Venue>{{"355200000", "ДК", 300}});
                    })
                    .ok());
  }
  EXPECT_TRUE(scan(false).ok());
}

}  // namespace
}  // namespace kenes
