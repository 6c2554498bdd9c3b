// The audit log as the ledger writes it, and `verify` catching what someone with the database file
// did to it behind kenes's back: an entry edited, one deleted, two swapped, the tail cut off.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include "crypto/audit_chain.h"
#include "ledger/audit_verify.h"
#include "ledger_fixture.h"

namespace kenes {
namespace {

using nlohmann::json;

const Actor kKaraganda{"karaganda", Role::kCoordinator, "350000000", {}, 5};

Event Meeting(const std::string& attendance) {
  Event event;
  event.date = Date::FromCivil(2026, 2, 24);
  event.place_code = "355630100";  // Osakarovka, Karaganda region
  event.venue = "Дом культуры";
  event.attendance = ParseAttendance(attendance).value();
  return event;
}

class AuditTest : public testing::LedgerFixture {
 protected:
  std::vector<AuditEntry> Entries(AuditFilter filter = {}) {
    filter.limit = 1000;
    return store_
        ->Read<std::vector<AuditEntry>>([&](Transaction& tx) { return tx.ListAudit(filter); })
        .value();
  }

  // Three changes of one event: created, its figure raised, then cancelled.
  Id WriteHistory() {
    Event created =
        ledger_
            ->Write<Event>(kKaraganda,
                           [&](LedgerSession& s) { return s.CreateEvent(Meeting("около 200")); })
            .value();
    created.attendance = ParseAttendance("около 2000").value();
    Event raised =
        ledger_->Write<Event>(kKaraganda, [&](LedgerSession& s) { return s.UpdateEvent(created); })
            .value();
    EXPECT_TRUE(
        ledger_
            ->Write(kKaraganda,
                    [&](LedgerSession& s) { return s.Delete(RecordKind::kEvent, raised.id); })
            .ok());
    return created.id;
  }

  // Runs SQL on the database file directly, as someone with access to it could, after dropping
  // the triggers that keep kenes itself from rewriting the log.
  void Tamper(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path().c_str(), &db), SQLITE_OK);
    char* error = nullptr;
    const std::string all =
        "DROP TRIGGER IF EXISTS audit_log_no_update; "
        "DROP TRIGGER IF EXISTS audit_log_no_delete; " +
        sql;
    EXPECT_EQ(sqlite3_exec(db, all.c_str(), nullptr, nullptr, &error), SQLITE_OK)
        << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
  }

  AuditReport Verify(const std::optional<AuditHead>& anchor = {}) {
    return VerifyAuditLog(*store_, anchor).value();
  }
};

TEST_F(AuditTest, EveryChangeIsLoggedWithWhoWhenBeforeAndAfter) {
  const std::size_t before = Entries().size();  // the campaign's creation
  const Id id = WriteHistory();
  AuditFilter filter;
  filter.record_kind = "event";
  filter.record_id = id;
  const std::vector<AuditEntry> history = Entries(filter);
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(Entries().size(), before + 3);
  for (const AuditEntry& entry : history) {
    EXPECT_EQ(entry.actor, "karaganda");
    EXPECT_EQ(entry.at, "2026-02-24T09:00:00Z");
  }
  EXPECT_EQ(history[0].action, "create");
  EXPECT_TRUE(history[0].before.empty());
  EXPECT_EQ(json::parse(history[0].after)["attendance"]["text"], "около 200");
  EXPECT_EQ(history[1].action, "update");
  EXPECT_EQ(json::parse(history[1].before)["attendance"]["text"], "около 200");
  EXPECT_EQ(json::parse(history[1].after)["attendance"]["text"], "около 2000");
  EXPECT_EQ(history[2].action, "delete");
  EXPECT_EQ(json::parse(history[2].before)["attendance"]["text"], "около 2000");
  EXPECT_TRUE(history[2].after.empty());
  // Each links to the one written before it.
  EXPECT_EQ(history[1].prev_hash, history[0].hash);
  EXPECT_EQ(history[2].prev_hash, history[1].hash);
}

TEST_F(AuditTest, AFailedWriteLeavesNoEntry) {
  const std::size_t before = Entries().size();
  const Status failed = ledger_->Write(kKaraganda, [&](LedgerSession& s) -> Status {
    KENES_TRY(s.CreateEvent(Meeting("57")));
    return Invalid("row 2", "something later in the file was wrong");
  });
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(Entries().size(), before);
  // A refused write (another region) leaves none either.
  Event astana = Meeting("57");
  astana.place_code = "710000000";
  auto refused =
      ledger_->Write<Event>(kKaraganda, [&](LedgerSession& s) { return s.CreateEvent(astana); });
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(Entries().size(), before);
}

TEST_F(AuditTest, ACoordinatorCannotMoveAnEventOutOfItsRegionNorTouchAnothers) {
  const Actor admin = Actor::System("test");
  Event own =
      ledger_
          ->Write<Event>(kKaraganda, [&](LedgerSession& s) { return s.CreateEvent(Meeting("57")); })
          .value();
  own.place_code = "710000000";  // Astana
  auto moved =
      ledger_->Write<Event>(kKaraganda, [&](LedgerSession& s) { return s.UpdateEvent(own); });
  ASSERT_FALSE(moved.ok());
  EXPECT_EQ(moved.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(moved.error().field, "place_code");

  Event astana = Meeting("57");
  astana.place_code = "710000000";
  const Event theirs =
      ledger_->Write<Event>(admin, [&](LedgerSession& s) { return s.CreateEvent(astana); }).value();
  Event taken = theirs;
  taken.place_code = "355630100";  // "moving it into reach" is refused on the stored record
  EXPECT_EQ(
      ledger_->Write<Event>(kKaraganda, [&](LedgerSession& s) { return s.UpdateEvent(taken); })
          .error()
          .code,
      ErrorCode::kForbidden);
  EXPECT_EQ(ledger_
                ->Write(kKaraganda,
                        [&](LedgerSession& s) { return s.Delete(RecordKind::kEvent, theirs.id); })
                .error()
                .code,
            ErrorCode::kForbidden);
  CheckIn checkin;
  checkin.event_id = theirs.id;
  checkin.participant_hash = std::string(32, 'a');
  EXPECT_EQ(ledger_
                ->Write<CheckIn>(kKaraganda,
                                 [&](LedgerSession& s) { return s.CreateCheckIn(checkin, ""); })
                .error()
                .code,
            ErrorCode::kForbidden);
}

TEST_F(AuditTest, AFigureReviewIsInTheEventsHistory) {
  const Actor admin = Actor::System("test");
  const Actor analyst{"analyst", Role::kAnalyst, "", {}, 7};
  Event event =
      ledger_
          ->Write<Event>(admin,
                         [&](LedgerSession& s) { return s.CreateEvent(Meeting("около 2000")); })
          .value();
  FigureReview review{event.id, "около 2000", ReviewDecision::kRejected, "зал на 300 мест", ""};
  ASSERT_TRUE(
      ledger_
          ->Write<FigureReview>(analyst, [&](LedgerSession& s) { return s.ReviewFigure(review); })
          .ok());
  AuditFilter filter;
  filter.record_kind = "figure_review";
  filter.record_id = event.id;
  const auto entries = Entries(filter);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].actor, "analyst");
  const json after = json::parse(entries[0].after);
  EXPECT_EQ(after["decision"], "rejected");
  EXPECT_EQ(after["attendance_text"], "около 2000");
}

TEST_F(AuditTest, ABulkImportOfCheckInsIsOneEntryAndForAdministratorsOnly) {
  const Actor admin = Actor::System("test");
  Event event =
      ledger_->Write<Event>(admin, [&](LedgerSession& s) { return s.CreateEvent(Meeting("57")); })
          .value();
  std::vector<CheckInRow> rows;
  for (std::uint8_t i = 0; i < 3; ++i) {
    ParticipantKey key{};
    key[0] = i;
    rows.push_back({0, event.id, key, "", std::nullopt});
  }
  const Status refused =
      ledger_->Write(kKaraganda, [&](LedgerSession& s) { return s.AppendCheckIns(rows); });
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
  ASSERT_TRUE(ledger_->Write(admin, [&](LedgerSession& s) { return s.AppendCheckIns(rows); }).ok());
  AuditFilter filter;
  filter.record_kind = "checkins";
  const auto entries = Entries(filter);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(json::parse(entries[0].after)["rows"], 3);
  EXPECT_EQ(json::parse(entries[0].after)["first_event_id"], event.id);
}

TEST_F(AuditTest, TheLogCannotBeRewrittenThroughSql) {
  WriteHistory();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path().c_str(), &db), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "UPDATE audit_log SET actor = 'admin'", nullptr, nullptr, nullptr),
            SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "DELETE FROM audit_log", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  EXPECT_FALSE(Verify().problem);
}

TEST_F(AuditTest, VerifyHoldsForAnUntouchedLogAndPrintsItsHead) {
  WriteHistory();
  const AuditReport report = Verify();
  EXPECT_FALSE(report.problem) << report.problem->message;
  EXPECT_EQ(report.entries, 4);
  ASSERT_TRUE(report.head);
  EXPECT_EQ(report.head->seq, 4);
}

TEST_F(AuditTest, VerifyFindsAnEntryEditedInTheDatabaseFile) {
  WriteHistory();
  // Someone lowers the raised figure in the history to make it look reported that way.
  Tamper(
      "UPDATE audit_log SET record_after = replace(record_after, 'около 2000', 'около 200') WHERE "
      "seq = 3");
  const AuditReport report = Verify();
  ASSERT_TRUE(report.problem);
  EXPECT_EQ(report.problem->kind, AuditBreak::kAltered);
  EXPECT_EQ(report.problem->seq, 3);
  EXPECT_NE(report.problem->message.find("entry 3 was altered"), std::string::npos)
      << report.problem->message;
}

TEST_F(AuditTest, VerifyFindsAnEntryRemoved) {
  WriteHistory();
  Tamper("DELETE FROM audit_log WHERE seq = 3");
  const AuditReport report = Verify();
  ASSERT_TRUE(report.problem);
  EXPECT_EQ(report.problem->kind, AuditBreak::kRemoved);
  EXPECT_EQ(report.problem->seq, 3);
  EXPECT_NE(report.problem->message.find("entry 3 was removed"), std::string::npos);
}

TEST_F(AuditTest, VerifyFindsAnEntryRemovedAndTheRestRenumbered) {
  WriteHistory();
  Tamper("DELETE FROM audit_log WHERE seq = 2; UPDATE audit_log SET seq = seq - 1 WHERE seq > 2");
  const AuditReport report = Verify();
  ASSERT_TRUE(report.problem);
  EXPECT_EQ(report.problem->seq, 1);
  EXPECT_NE(report.problem->message.find("removed"), std::string::npos) << report.problem->message;
}

TEST_F(AuditTest, VerifyFindsTwoEntriesSwapped) {
  WriteHistory();
  // Swap everything but the sequence numbers of entries 2 and 3.
  Tamper(
      "CREATE TEMP TABLE two AS SELECT * FROM audit_log WHERE seq IN (2, 3);"
      "UPDATE audit_log SET (at, actor, action, record_kind, record_id, record_before, "
      "record_after, prev_hash, hash) = (SELECT at, actor, action, record_kind, record_id, "
      "record_before, record_after, prev_hash, hash FROM two WHERE two.seq = 5 - audit_log.seq) "
      "WHERE seq IN (2, 3);");
  const AuditReport report = Verify();
  ASSERT_TRUE(report.problem);
  EXPECT_EQ(report.problem->kind, AuditBreak::kReordered);
  EXPECT_EQ(report.problem->seq, 2);
  EXPECT_NE(report.problem->message.find("out of order"), std::string::npos)
      << report.problem->message;
}

TEST_F(AuditTest, AnEntryRewrittenWithAFreshHashBreaksTheNextLink) {
  WriteHistory();
  // A careful forger edits entry 2 and recomputes its hash; entry 3 still links to the old one.
  std::vector<AuditEntry> entries = Entries();
  AuditEntry forged = entries[1];
  forged.actor = "admin";
  forged.hash = AuditEntryHash(forged);
  Tamper("UPDATE audit_log SET actor = 'admin', hash = '" + forged.hash + "' WHERE seq = 2");
  const AuditReport report = Verify();
  ASSERT_TRUE(report.problem);
  EXPECT_EQ(report.problem->kind, AuditBreak::kAltered);
  EXPECT_EQ(report.problem->seq, 2);
}

TEST_F(AuditTest, OnlyAnAnchorCatchesTheTailCutOff) {
  WriteHistory();
  const AuditHead anchor = *Verify().head;
  Tamper("DELETE FROM audit_log WHERE seq = 4");
  EXPECT_FALSE(Verify().problem) << "a cut tail leaves a consistent chain";
  const AuditReport anchored = Verify(anchor);
  ASSERT_TRUE(anchored.problem);
  EXPECT_EQ(anchored.problem->kind, AuditBreak::kRemoved);
  EXPECT_EQ(anchored.problem->seq, 4);
  EXPECT_EQ(ParseAuditAnchor(std::to_string(anchor.seq) + ":" + anchor.hash)->hash, anchor.hash);
  EXPECT_FALSE(ParseAuditAnchor("4").ok());
  EXPECT_FALSE(ParseAuditAnchor("x:" + anchor.hash).ok());
}

}  // namespace
}  // namespace kenes
