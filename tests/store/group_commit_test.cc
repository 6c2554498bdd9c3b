// Group commit on SQLite (store/sqlite/group_commit.h): writes that wait for the connection
// together are committed together, one failing among them fails alone, and a group SQLite rolls
// back as a whole runs its other writes again. Each test makes its group without timing: the first
// write holds the connection until every other one is waiting for it.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <functional>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

#include "store/query_deadline.h"
#include "store/sqlite/sqlite_store.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

namespace kenes {
namespace {

using Body = std::function<Status(Transaction&)>;

// A write of a test's group: its body, and the stop flag of the thread that sends it, if any (as a
// server's request threads have).
struct Write {
  Write(Body body, const std::atomic<bool>* stop = nullptr) : body(std::move(body)), stop(stop) {}
  Body body;
  const std::atomic<bool>* stop;
};

// What one write of a group came back with.
struct Outcome {
  std::optional<Status> status;
  std::string thrown;  // the exception's message, if the write threw
};

class GroupCommitTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // SQLite's own: the PostgreSQL pass of the suite has nothing more to check here.
    if (testing::TestingPostgres()) GTEST_SKIP() << "group commit is SQLite's";
    auto opened = SqliteStore::Open((dir_.path() / "kenes.db").string());
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::move(*opened);
    ASSERT_TRUE(store_
                    ->Write([&](Transaction& tx) -> Status {
                      KENES_ASSIGN(campaign_,
                                   tx.CreateCampaign({0, "Кампания", Date::FromCivil(2026, 2, 12),
                                                      Date::FromCivil(2026, 3, 14),
                                                      Date::FromCivil(2026, 3, 15)}));
                      const std::vector<Place> places = {{"710000000", PlaceLevel::kRegion,
                                                          PlaceKind::kCity, "", "Астана", "Астана",
                                                          1'400'000}};
                      return tx.PutPlaces(places);
                    })
                    .ok());
  }

  Event NewEvent(const std::string& venue) const {
    Event event;
    event.campaign_id = campaign_.id;
    event.date = Date::FromCivil(2026, 2, 24);
    event.place_code = "710000000";
    event.region_code = "710000000";
    event.venue = venue;
    return event;
  }

  // A write that creates an event at `venue`.
  Body Creates(const std::string& venue) {
    return [this, venue](Transaction& tx) -> Status {
      KENES_TRY(tx.CreateEvent(NewEvent(venue)));
      return Ok();
    };
  }

  // Runs `first`, then every one of `others` on a thread of its own once `first` is inside its
  // body; `first` returns only when all the others wait for the connection, so all of them run
  // in the group `first` opened. Returns the outcomes, `first`'s first.
  std::vector<Outcome> InOneGroup(const Body& first, const std::vector<Write>& others) {
    std::vector<Outcome> outcomes(1 + others.size());
    const auto run = [this](const Write& write, Outcome& outcome) {
      std::optional<QueryDeadline> deadline;
      if (write.stop) deadline.emplace(std::chrono::hours(1), write.stop);
      try {
        outcome.status = store_->Write(write.body);
      } catch (const std::exception& e) {
        outcome.thrown = e.what();
      }
    };
    std::atomic<bool> inside{false};
    const std::int64_t waiting = static_cast<std::int64_t>(others.size());
    const Write leading([&](Transaction& tx) -> Status {
      Status status = first(tx);
      // Only its first run waits: a group rolled back runs it again, with no one left to wait for.
      if (!inside.exchange(true)) {
        while (store_->writes_waiting() < waiting) std::this_thread::yield();
      }
      return status;
    });
    std::thread leader(run, std::cref(leading), std::ref(outcomes[0]));
    while (!inside) std::this_thread::yield();
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < others.size(); ++i) {
      threads.emplace_back(run, std::cref(others[i]), std::ref(outcomes[i + 1]));
    }
    leader.join();
    for (std::thread& thread : threads) thread.join();
    return outcomes;
  }

  // The venues of the stored events, in id order.
  std::vector<std::string> StoredVenues() {
    std::vector<std::string> venues;
    EXPECT_TRUE(store_
                    ->Read([&](Transaction& tx) -> Status {
                      KENES_ASSIGN(PageOf<Event> page, tx.ListEvents({}));
                      for (const Event& event : page.items) venues.push_back(event.venue);
                      return Ok();
                    })
                    .ok());
    std::sort(venues.begin(), venues.end());
    return venues;
  }

  testing::TempDir dir_;
  std::unique_ptr<SqliteStore> store_;
  Campaign campaign_;
};

TEST_F(GroupCommitTest, WritesWaitingTogetherAreCommittedTogetherAndAllStored) {
  const auto before = store_->write_counts();
  std::vector<Write> others;
  for (int i = 1; i < 10; ++i) others.push_back(Creates("hall " + std::to_string(i)));
  const auto outcomes = InOneGroup(Creates("hall 0"), others);

  for (const Outcome& outcome : outcomes) {
    ASSERT_TRUE(outcome.status && outcome.status->ok());
  }
  const auto after = store_->write_counts();
  EXPECT_EQ(after.writes - before.writes, 10);
  EXPECT_EQ(after.commits - before.commits, 1);
  std::vector<std::string> expected;
  for (int i = 0; i < 10; ++i) expected.push_back("hall " + std::to_string(i));
  EXPECT_EQ(StoredVenues(), expected);
}

TEST_F(GroupCommitTest, AGroupHoldsAtMostItsBoundAndTheRestCommitInTheNext) {
  const auto before = store_->write_counts();
  std::vector<Write> others;
  const int writes = sqlite::GroupCommit::kMaxGroup + 6;
  for (int i = 1; i < writes; ++i) others.push_back(Creates("hall " + std::to_string(i)));
  const auto outcomes = InOneGroup(Creates("hall 0"), others);

  for (const Outcome& outcome : outcomes) {
    ASSERT_TRUE(outcome.status && outcome.status->ok());
  }
  EXPECT_EQ(store_->write_counts().commits - before.commits, 2);
  EXPECT_EQ(StoredVenues().size(), static_cast<std::size_t>(writes));
}

TEST_F(GroupCommitTest, AFailedWriteInAGroupFailsAloneAndTheOthersAreStored) {
  Event taken = NewEvent("taken");
  ASSERT_TRUE(store_
                  ->Write([&](Transaction& tx) -> Status {
                    KENES_ASSIGN(taken, tx.CreateEvent(taken));
                    return Ok();
                  })
                  .ok());
  // The bad write creates an event, then one under an id already taken: the database refuses the
  // second statement, and the write's first event goes with it.
  const Body bad = [&](Transaction& tx) -> Status {
    KENES_TRY(tx.CreateEvent(NewEvent("bad, first half")));
    Event again = NewEvent("bad, second half");
    again.id = taken.id;
    KENES_TRY(tx.CreateEvent(again));
    return Ok();
  };
  // And one that refuses itself after writing, as a rule of the ledger would.
  const Body refused = [&](Transaction& tx) -> Status {
    KENES_TRY(tx.CreateEvent(NewEvent("refused")));
    return Invalid("venue", "refused after writing");
  };
  const auto outcomes = InOneGroup(
      Creates("hall 0"), {Creates("hall 1"), bad, Creates("hall 2"), refused, Creates("hall 3")});

  ASSERT_TRUE(outcomes[0].status && outcomes[0].status->ok());
  ASSERT_TRUE(outcomes[1].status && outcomes[1].status->ok());
  ASSERT_TRUE(outcomes[2].status);
  EXPECT_EQ(outcomes[2].status->error().code, ErrorCode::kConflict);
  ASSERT_TRUE(outcomes[3].status && outcomes[3].status->ok());
  ASSERT_TRUE(outcomes[4].status);
  EXPECT_EQ(outcomes[4].status->error().field, "venue");
  ASSERT_TRUE(outcomes[5].status && outcomes[5].status->ok());
  EXPECT_EQ(StoredVenues(),
            (std::vector<std::string>{"hall 0", "hall 1", "hall 2", "hall 3", "taken"}));
}

TEST_F(GroupCommitTest, AnExceptionInOneWriteReachesItsOwnThreadAndTheOthersAreStored) {
  const Body throws = [&](Transaction& tx) -> Status {
    KENES_TRY(tx.CreateEvent(NewEvent("thrown")));
    throw std::logic_error("a bug in the body");
  };
  const auto outcomes = InOneGroup(Creates("hall 0"), {throws, Creates("hall 1")});

  EXPECT_TRUE(outcomes[0].status && outcomes[0].status->ok());
  EXPECT_FALSE(outcomes[1].status);
  EXPECT_EQ(outcomes[1].thrown, "a bug in the body");
  EXPECT_TRUE(outcomes[2].status && outcomes[2].status->ok());
  EXPECT_EQ(StoredVenues(), (std::vector<std::string>{"hall 0", "hall 1"}));
  // And the connection is usable after it.
  EXPECT_TRUE(store_->Write(Creates("hall 2")).ok());
}

TEST_F(GroupCommitTest, AGroupTheDatabaseRollsBackRunsItsOtherWritesAgain) {
  // A write interrupted by the server's stop halfway through a long insert: SQLite rolls back the
  // whole transaction, the group's other writes with it. They run again and are stored once; the
  // stopped one fails and is not.
  std::atomic<int> runs_of_first{0};
  const Body first = [&](Transaction& tx) -> Status {
    ++runs_of_first;
    KENES_TRY(tx.CreateEvent(NewEvent("hall 0")));
    return Ok();
  };
  Event event = NewEvent("for check-ins");
  ASSERT_TRUE(store_
                  ->Write([&](Transaction& tx) -> Status {
                    KENES_ASSIGN(event, tx.CreateEvent(event));
                    return Ok();
                  })
                  .ok());
  std::atomic<bool> stop{false};
  const Body stopped = [&](Transaction& tx) -> Status {
    stop = true;  // as the server is told to stop while this write runs
    std::vector<CheckInRow> rows(10'000);
    for (std::size_t i = 0; i < rows.size(); ++i) {
      rows[i].event_id = event.id;
      rows[i].participant[0] = static_cast<std::uint8_t>(i);
      rows[i].participant[1] = static_cast<std::uint8_t>(i >> 8);
      rows[i].participant[2] = static_cast<std::uint8_t>(i >> 16);
    }
    return tx.AppendCheckIns(rows);
  };
  const auto outcomes = InOneGroup(first, {Write(stopped, &stop)});

  ASSERT_TRUE(outcomes[0].status && outcomes[0].status->ok());
  EXPECT_EQ(runs_of_first, 2);
  ASSERT_TRUE(outcomes[1].status);
  EXPECT_FALSE(outcomes[1].status->ok());
  EXPECT_EQ(StoredVenues(), (std::vector<std::string>{"for check-ins", "hall 0"}));
}

}  // namespace
}  // namespace kenes
