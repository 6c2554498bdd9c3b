// A figure read after a write includes that write: Analytics catches up with the store's change
// feed before every answer, whoever wrote and however (one record, a bulk append, an edit, a
// deletion, another connection to the same file), and loads in full when the feed was compacted
// past it.
#include <gtest/gtest.h>

#include "analytics/analytics.h"
#include "core/instant.h"
#include "support/small_campaign.h"
#include "support/test_clock.h"

namespace kenes::analytics {
namespace {

class Freshness : public ::testing::Test {
 protected:
  testing::SmallCampaign campaign_;
  Analytics analytics_{campaign_.store()};

  Totals TotalsNow() { return analytics_.ComputeTotals({}).value(); }
  Reach ReachNow() { return analytics_.ComputeReach({}).value(); }
};

TEST_F(Freshness, ANewEventCountsInTheNextAnswer) {
  ASSERT_EQ(TotalsNow().events_held, 5);
  Event event;
  event.date = Date::FromCivil(2026, 3, 2);
  event.place_code = "356400000";  // Шетский район, not visited before
  event.attendance = ParseAttendance("порядка 2 тысяч").value();
  campaign_.AddEvent(event);
  const Totals totals = TotalsNow();
  EXPECT_EQ(totals.events_held, 6);
  EXPECT_EQ(totals.attendance, (AttendanceTotal{2507, 2037, 2977}));
  Filter karaganda;
  karaganda.region_code = "350000000";
  auto coverage = analytics_.ComputeCoverage(karaganda, Date::FromCivil(2026, 3, 5));
  ASSERT_TRUE(coverage.ok());
  EXPECT_EQ(coverage->districts_visited, 4);
}

TEST_F(Freshness, CheckInsAddedChangedAndDeletedMoveReach) {
  ASSERT_EQ(ReachNow().distinct, 4);
  campaign_.CheckIn('E', campaign_.e1);
  campaign_.CheckIn('C', campaign_.e1);  // C again: a repeat, not a new person
  Reach reach = ReachNow();
  EXPECT_EQ(reach.distinct, 5);
  EXPECT_EQ(reach.checkins, 9);
  EXPECT_EQ(reach.repeaters, 3);
  EXPECT_NEAR(reach.estimate, 5.0, 0.01);

  // Find E's check-in and move it to another person, then delete C's second one.
  std::vector<CheckIn> all;
  ASSERT_TRUE(campaign_.store()
                  .Read([&](Transaction& tx) -> Status {
                    CheckInFilter filter;
                    filter.event_id = campaign_.e1;
                    KENES_ASSIGN(auto page, tx.ListCheckIns(filter));
                    all = page.items;
                    return Ok();
                  })
                  .ok());
  const std::string e_hex = ParticipantKeyToHex(testing::SmallCampaign::KeyOf('E'));
  const std::string c_hex = ParticipantKeyToHex(testing::SmallCampaign::KeyOf('C'));
  for (const CheckIn& checkin : all) {
    if (checkin.participant_hash == e_hex) {
      CheckIn moved = checkin;
      moved.participant_hash = ParticipantKeyToHex(testing::SmallCampaign::KeyOf('F'));
      ASSERT_TRUE(campaign_.ledger()
                      .Write(Actor::System("test"),
                             [&](LedgerSession& s) -> Status {
                               KENES_TRY(s.UpdateCheckIn(moved));
                               return Ok();
                             })
                      .ok());
    }
    if (checkin.participant_hash == c_hex) {
      ASSERT_TRUE(
          campaign_.ledger()
              .Write(Actor::System("test"),
                     [&](LedgerSession& s) { return s.Delete(RecordKind::kCheckIn, checkin.id); })
              .ok());
    }
  }
  reach = ReachNow();
  EXPECT_EQ(reach.distinct, 5);  // A B C D F
  EXPECT_EQ(reach.checkins, 8);
  EXPECT_EQ(reach.repeaters, 2);
  // The sketch forgets E: it is recounted when someone leaves.
  EXPECT_NEAR(reach.estimate, 5.0, 0.01);
}

TEST_F(Freshness, ACancelledEventLeavesReach) {
  ASSERT_EQ(ReachNow().distinct, 4);
  ASSERT_TRUE(campaign_.ledger()
                  .Write(Actor::System("test"),
                         [&](LedgerSession& s) -> Status {
                           KENES_ASSIGN(Event event, s.transaction().GetEvent(campaign_.e5));
                           event.status = EventStatus::kCancelled;
                           KENES_TRY(s.UpdateEvent(event));
                           return Ok();
                         })
                  .ok());
  const Reach reach = ReachNow();
  EXPECT_EQ(reach.distinct, 3);  // D came only to the cancelled one
  EXPECT_EQ(reach.checkins, 6);
  EXPECT_NEAR(reach.estimate, 3.0, 0.01);
  EXPECT_EQ(TotalsNow().events_cancelled, 2);
}

// Over the whole campaign the coalition's reach is read from the campaign's own count when every
// event with check-ins is a coalition event; it must not be once one is not, nor under a filter.
TEST_F(Freshness, TheCoalitionsReachIsEveryonesOnlyWhenEveryEventIsItsOwn) {
  const auto coalition_reach = [&](const Filter& filter) {
    return analytics_.ComputeAttribution(filter).value().coalition.reach;
  };
  // D's only check-in is at e5, planned: it counts for reach, but no coalition member holds it.
  EXPECT_EQ(ReachNow().distinct, 4);
  EXPECT_EQ(coalition_reach({}), 3);  // A, B, C

  ASSERT_TRUE(campaign_.ledger()
                  .Write(Actor::System("test"),
                         [&](LedgerSession& s) -> Status {
                           KENES_ASSIGN(Event event, s.transaction().GetEvent(campaign_.e5));
                           event.status = EventStatus::kCancelled;
                           KENES_TRY(s.UpdateEvent(event));
                           return Ok();
                         })
                  .ok());
  // Now every event with check-ins is the coalition's: its people are the campaign's.
  EXPECT_EQ(ReachNow().distinct, 3);
  EXPECT_EQ(coalition_reach({}), 3);

  // E at e4, held and hosted by the mine, which is no member: the campaign reaches E, the
  // coalition does not.
  campaign_.CheckIn('E', campaign_.e4);
  EXPECT_EQ(ReachNow().distinct, 4);
  EXPECT_EQ(coalition_reach({}), 3);

  // A new person at a coalition event counts for both.
  campaign_.CheckIn('F', campaign_.e3);
  EXPECT_EQ(ReachNow().distinct, 5);
  EXPECT_EQ(coalition_reach({}), 4);

  // Under a filter the coalition's people are counted from its events there: in Karaganda region
  // A and B (e1, e2), not C and F (Astana) nor E (e4, no member's).
  Filter karaganda;
  karaganda.region_code = "350000000";
  EXPECT_EQ(coalition_reach(karaganda), 2);
  Filter astana_days;
  astana_days.from = Date::FromCivil(2026, 3, 13);
  EXPECT_EQ(coalition_reach(astana_days), 3);  // A, C, F at e3
}

TEST_F(Freshness, DeletedFeedbackLeavesSupport) {
  ASSERT_EQ(analytics_.ComputeSupport({})->overall.n, 10);
  ASSERT_TRUE(campaign_.ledger()
                  .Write(Actor::System("test"),
                         [&](LedgerSession& s) {
                           return s.Delete(RecordKind::kFeedback, campaign_.labour[5]);
                         })
                  .ok());
  const auto support = analytics_.ComputeSupport({});
  EXPECT_EQ(support->overall.n, 9);
  EXPECT_EQ(support->overall.stances[0], 5);
}

TEST_F(Freshness, WritesThroughAnotherConnectionAreSeen) {
  ASSERT_EQ(TotalsNow().events_held, 5);
  // Another process would open the file the same way: a second store over the same path.
  auto other = testing::OpenTestStore(campaign_.database());
  auto ledger = Ledger::Open(*other, nullptr).value();
  Event event;
  event.date = Date::FromCivil(2026, 3, 3);
  event.place_code = "710000000";
  event.attendance = ParseAttendance("30").value();
  ASSERT_TRUE(ledger
                  ->Write<Event>(Actor::System("test"),
                                 [&](LedgerSession& s) { return s.CreateEvent(event); })
                  .ok());
  EXPECT_EQ(TotalsNow().events_held, 6);
  EXPECT_EQ(TotalsNow().attendance.value, 537);
}

TEST_F(Freshness, AReferenceChangeIsSeen) {
  auto attribution = analytics_.ComputeAttribution({});
  ASSERT_EQ(attribution->composition.members, 2);
  ASSERT_TRUE(campaign_.ledger()
                  .Write(Actor::System("test"),
                         [&](LedgerSession& s) -> Status {
                           Organization youth{0, 0, "Жастар қанаты", "", OrgKind::kYouth};
                           youth.membership = Membership{0, Date::FromCivil(2026, 2, 20), 700};
                           KENES_TRY(s.CreateOrganization(youth));
                           return Ok();
                         })
                  .ok());
  attribution = analytics_.ComputeAttribution({});
  EXPECT_EQ(attribution->composition.members, 3);
  EXPECT_EQ(attribution->composition.claimed_members, 105'700);
}

TEST_F(Freshness, AMirrorTheFeedWasCompactedPastLoadsInFullAndItsFiguresAreRight) {
  ASSERT_EQ(TotalsNow().events_held, 5);
  ASSERT_EQ(ReachNow().distinct, 4);
  const std::int64_t before = analytics_.Version().value();
  Event event;
  event.date = Date::FromCivil(2026, 3, 2);
  event.place_code = "356400000";
  event.attendance = ParseAttendance("порядка 2 тысяч").value();
  const Id added = campaign_.AddEvent(event);
  campaign_.CheckIn('E', added);
  campaign_.CheckIn('A', added);
  ASSERT_TRUE(campaign_.ledger()
                  .Write(Actor::System("test"),
                         [&](LedgerSession& s) {
                           return s.Delete(RecordKind::kFeedback, campaign_.labour[5]);
                         })
                  .ok());
  // Two days on, this mirror's cursor (kept when it loaded) is no longer live, and another
  // server's housekeeping folds the whole feed: the writes above can no longer be caught up with.
  testing::TestClock later;
  later.now = ParseUtc(SystemClock().NowUtc()).value() + 2 * 24 * 60 * 60;
  auto other = testing::OpenTestStore(campaign_.database(), later);
  ASSERT_TRUE(other->Write([](Transaction& tx) { return tx.CompactFeed(); }).ok());
  ASSERT_TRUE(
      other->Read<RecordChanges>([&](Transaction& tx) { return tx.ChangesSince(before, 1); })
          .value()
          .behind);

  const Totals totals = TotalsNow();
  EXPECT_EQ(totals.events_held, 6);
  EXPECT_EQ(totals.attendance, (AttendanceTotal{2507, 2037, 2977}));
  const Reach reach = ReachNow();
  EXPECT_EQ(reach.distinct, 5);  // E is new; A came before
  EXPECT_EQ(reach.checkins, 9);
  EXPECT_EQ(analytics_.ComputeSupport({})->overall.n, 10 - 1);
  EXPECT_GT(analytics_.Version().value(), before);
}

}  // namespace
}  // namespace kenes::analytics
