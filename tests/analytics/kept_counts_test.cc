// Attribution keeps each member's count of people from one answer to the next, and reach each
// region's (kept_counts.h); each must be forgotten whenever the people of its member or region may
// have changed. A mirror that answered before every kind of change (check-ins added, moved and
// deleted; an event's organizers, status and place edited; events created and deleted) gives each
// member and each region the counts a mirror loaded afresh from the same store gives; and a
// change forgets only the counts of its event's organizers and region.
#include "analytics/kept_counts.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <tuple>

#include "analytics/analytics.h"
#include "analytics/campaign_cache.h"
#include "support/small_campaign.h"

namespace kenes::analytics {
namespace {

// Each member's people, and the coalition's, by organization id (0 for the coalition).
std::map<Id, std::int64_t> ReachOf(Analytics& analytics, const Filter& filter) {
  const Attribution attribution = analytics.ComputeAttribution(filter).value();
  std::map<Id, std::int64_t> out{{0, attribution.coalition.reach}};
  for (const MemberFigures& member : attribution.members) {
    out[member.organization_id] = member.reach;
  }
  return out;
}

// Each region's counts in reach's breakdown, by code; each region's people after the vote; and
// the counts of Karaganda region alone.
using RegionCounts = std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t>;
std::map<std::string, RegionCounts> RegionsOf(Analytics& analytics, Filter filter) {
  std::map<std::string, RegionCounts> out;
  const auto regions = analytics.ReachByRegion(filter).value();
  for (const auto& [code, reach] : regions) {
    out[code] = {reach.checkins, reach.distinct, reach.repeaters, reach.events_with_checkins};
  }
  const AfterVote after_vote = analytics.ComputeAfterVote(filter).value();
  for (const AfterVoteRow& row : after_vote.regions) {
    out["after the vote: " + row.code] = {0, row.distinct, 0, 0};
  }
  filter.region_code = "350000000";
  const Reach karaganda = analytics.ComputeReach(filter).value();
  out["alone: " + filter.region_code] = {karaganda.checkins, karaganda.distinct,
                                         karaganda.repeaters, karaganda.events_with_checkins};
  return out;
}

class KeptCountsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(kept_.Refresh().ok());
    ASSERT_TRUE(campaign_.store()
                    .Read([&](Transaction& tx) -> Status {
                      KENES_ASSIGN(auto campaigns, tx.ListCampaigns());
                      campaign_id_ = campaigns.at(0).id;
                      return Ok();
                    })
                    .ok());
    ASSERT_NE(campaign_id_, 0);
  }

  // The kept mirror's counts, checked against a fresh mirror's over every campaign and over the
  // campaign alone, each over every day and over three (the scopes of counts kept), and returned
  // over every campaign and day.
  std::map<Id, std::int64_t> KeptMatchesFresh(const std::string& step) {
    SCOPED_TRACE(step);
    Filter one;
    one.campaign_id = campaign_id_;
    const auto days = [](Filter filter) {
      filter.from = Date::FromCivil(2026, 2, 24);
      filter.to = Date::FromCivil(2026, 2, 26);
      return filter;
    };
    Analytics fresh(campaign_.store());
    for (const Filter& filter : {Filter{}, one, days({}), days(one)}) {
      // Twice: the first answer after a change counts what was forgotten, the second reads the
      // counts the first kept.
      EXPECT_EQ(ReachOf(kept_, filter), ReachOf(fresh, filter)) << "first answer";
      EXPECT_EQ(ReachOf(kept_, filter), ReachOf(fresh, filter)) << "second answer";
      EXPECT_EQ(RegionsOf(kept_, filter), RegionsOf(fresh, filter)) << "first answer";
      EXPECT_EQ(RegionsOf(kept_, filter), RegionsOf(fresh, filter)) << "second answer";
    }
    return ReachOf(kept_, {});
  }

  void Change(const std::function<Status(LedgerSession&)>& write) {
    const Status written = campaign_.ledger().Write(Actor::System("test"), write);
    ASSERT_TRUE(written.ok()) << written.error().field << ": " << written.error().message;
  }
  void EditEvent(Id id, const std::function<void(Event&)>& edit) {
    Change([&](LedgerSession& s) -> Status {
      KENES_ASSIGN(Event event, s.transaction().GetEvent(id));
      edit(event);
      KENES_TRY(s.UpdateEvent(event));
      return Ok();
    });
  }
  // The check-in of `person` at `event`.
  CheckIn CheckInOf(char person, Id event) {
    CheckIn found;
    EXPECT_TRUE(campaign_.store()
                    .Read([&](Transaction& tx) -> Status {
                      CheckInFilter filter;
                      filter.event_id = event;
                      KENES_ASSIGN(auto page, tx.ListCheckIns(filter));
                      const std::string hex =
                          ParticipantKeyToHex(testing::SmallCampaign::KeyOf(person));
                      for (const CheckIn& checkin : page.items) {
                        if (checkin.participant_hash == hex) found = checkin;
                      }
                      return Ok();
                    })
                    .ok());
    EXPECT_NE(found.id, 0) << person << " at " << event;
    return found;
  }

  testing::SmallCampaign campaign_;
  Analytics kept_{campaign_.store()};
  Id campaign_id_ = 0;
};

TEST_F(KeptCountsTest, EveryKindOfChangeCountsAsAFreshMirror) {
  const Id party = campaign_.party, union_ = campaign_.union_;
  // The party at e1 and e2 (A, B); the union at e2 and e3 (A, B, C).
  auto reach = KeptMatchesFresh("as loaded");
  EXPECT_EQ(reach[party], 2);
  EXPECT_EQ(reach[union_], 3);

  campaign_.CheckIn('E', campaign_.e1);
  reach = KeptMatchesFresh("a new person at the party's event");
  EXPECT_EQ(reach[party], 3);
  EXPECT_EQ(reach[union_], 3);

  campaign_.CheckIn('C', campaign_.e1);
  reach = KeptMatchesFresh("a person the union reached, new to the party");
  EXPECT_EQ(reach[party], 4);

  const CheckIn b_at_e2 = CheckInOf('B', campaign_.e2);
  Change([&](LedgerSession& s) { return s.Delete(RecordKind::kCheckIn, b_at_e2.id); });
  reach = KeptMatchesFresh("B's check-in at the shared event deleted");
  EXPECT_EQ(reach[party], 4);   // B is still at e1
  EXPECT_EQ(reach[union_], 2);  // A, C

  CheckIn moved = CheckInOf('C', campaign_.e3);
  moved.participant_hash = ParticipantKeyToHex(testing::SmallCampaign::KeyOf('F'));
  Change([&](LedgerSession& s) -> Status {
    KENES_TRY(s.UpdateCheckIn(moved));
    return Ok();
  });
  reach = KeptMatchesFresh("C's check-in at e3 moved to F");
  EXPECT_EQ(reach[union_], 2);  // A, F

  EditEvent(campaign_.e3, [&](Event& e) { e.organizer_ids = {party}; });
  reach = KeptMatchesFresh("e3 now the party's, not the union's");
  EXPECT_EQ(reach[union_], 1);  // A at e2
  EXPECT_EQ(reach[party], 5);   // A, B, C, E, F

  // From Astana to Karaganda region: Astana's row goes, Karaganda's gains F.
  EditEvent(campaign_.e3, [&](Event& e) { e.place_code = "356400000"; });
  KeptMatchesFresh("e3 moved from Astana to Karaganda region");
  EXPECT_FALSE(RegionsOf(kept_, {}).contains("710000000"));

  // Into the three days the counts over days are kept for: the party's count there gains F.
  EditEvent(campaign_.e3, [&](Event& e) { e.date = Date::FromCivil(2026, 2, 25); });
  KeptMatchesFresh("e3 moved to 02-25");

  // e5 is planned, D checked in: an organizer's people count only at held events.
  EditEvent(campaign_.e5, [&](Event& e) { e.organizer_ids = {union_}; });
  reach = KeptMatchesFresh("the planned e5 given to the union");
  EXPECT_EQ(reach[union_], 1);
  EditEvent(campaign_.e5, [&](Event& e) { e.status = EventStatus::kHeld; });
  reach = KeptMatchesFresh("e5 held");
  EXPECT_EQ(reach[union_], 2);  // A, D

  Event event;
  event.date = Date::FromCivil(2026, 3, 3);
  event.place_code = "356400000";
  event.organizer_ids = {union_};
  const Id added = campaign_.AddEvent(event);
  campaign_.CheckIn('G', added);
  campaign_.CheckIn('A', added);
  reach = KeptMatchesFresh("a new event of the union with two people");
  EXPECT_EQ(reach[union_], 3);  // A, D, G

  // The event goes with its check-ins, in one write.
  Change([&](LedgerSession& s) -> Status {
    CheckInFilter at_added;
    at_added.event_id = added;
    KENES_ASSIGN(auto page, s.transaction().ListCheckIns(at_added));
    for (const CheckIn& checkin : page.items) KENES_TRY(s.Delete(RecordKind::kCheckIn, checkin.id));
    return s.Delete(RecordKind::kEvent, added);
  });
  reach = KeptMatchesFresh("the new event deleted with its check-ins");
  EXPECT_EQ(reach[union_], 2);  // A, D
  EXPECT_EQ(reach[party], 5);
}

// Forgetting is per member and region: a check-in at the party's own event leaves the union's
// count kept, and Astana's. A member's count under dates is kept for those dates; under a
// segment nothing is kept.
TEST_F(KeptCountsTest, ACheckInForgetsItsEventsOrganizersAlone) {
  const auto kept = [&](Id organization, const KeptScope& scope) {
    std::optional<std::int64_t> people;
    EXPECT_TRUE(kept_
                    .Read([&](const CampaignCache& cache) {
                      people = cache.member_reach().Find(organization, scope);
                      return Ok();
                    })
                    .ok());
    return people;
  };
  const auto region_kept = [&](const std::string& code) {
    bool found = false;
    EXPECT_TRUE(
        kept_
            .Read([&](const CampaignCache& cache) {
              found = cache.region_reach().Find(cache.places().Find(code), KeptScope{}).has_value();
              return Ok();
            })
            .ok());
    return found;
  };
  const KeptScope every;
  const KeptScope campaign{campaign_id_};
  EXPECT_FALSE(kept(campaign_.party, every));  // nothing counted yet
  EXPECT_FALSE(region_kept("350000000"));
  ReachOf(kept_, {});
  RegionsOf(kept_, {});
  EXPECT_TRUE(region_kept("350000000"));
  EXPECT_TRUE(region_kept("710000000"));
  EXPECT_EQ(kept(campaign_.party, every), 2);
  EXPECT_EQ(kept(campaign_.union_, every), 3);
  EXPECT_FALSE(kept(campaign_.party, campaign));

  Filter one;
  one.campaign_id = campaign_id_;
  ReachOf(kept_, one);
  EXPECT_EQ(kept(campaign_.party, campaign), 2);

  campaign_.CheckIn('E', campaign_.e1);  // e1 is the party's alone
  ASSERT_TRUE(kept_.Refresh().ok());
  EXPECT_FALSE(kept(campaign_.party, every));
  EXPECT_FALSE(kept(campaign_.party, campaign));
  EXPECT_EQ(kept(campaign_.union_, every), 3);
  EXPECT_FALSE(region_kept("350000000"));  // e1 is in Karaganda region
  EXPECT_TRUE(region_kept("710000000"));

  Filter days;
  days.from = Date::FromCivil(2026, 2, 24);
  days.to = Date::FromCivil(2026, 2, 24);
  EXPECT_EQ(ReachOf(kept_, days)[campaign_.party], 3);  // A, B, E at e1 and e2
  EXPECT_EQ(kept(campaign_.party, KeptScopeOf(days)), 3);
  EXPECT_FALSE(kept(campaign_.party, every));
  EXPECT_EQ(ReachOf(kept_, {})[campaign_.party], 3);
  EXPECT_EQ(kept(campaign_.party, every), 3);

  Filter miners = days;
  miners.segment = "miners";
  EXPECT_EQ(ReachOf(kept_, miners)[campaign_.party], 0);   // e1 and e2 are not the miners'
  EXPECT_EQ(kept(campaign_.party, KeptScopeOf(days)), 3);  // the days' count, not the segment's

  campaign_.CheckIn('F', campaign_.e3);  // the union's, in Astana on 03-13
  ASSERT_TRUE(kept_.Refresh().ok());
  EXPECT_EQ(kept(campaign_.party, KeptScopeOf(days)), 3);
  campaign_.CheckIn('F', campaign_.e2);  // the party's and the union's, on 02-24
  ASSERT_TRUE(kept_.Refresh().ok());
  EXPECT_FALSE(kept(campaign_.party, KeptScopeOf(days)));
  EXPECT_EQ(ReachOf(kept_, days)[campaign_.party], 4);
}

// A dashboard stepped through many date ranges keeps the counts of the last kMaxScopes alone; a
// part forgotten loses its counts in every scope, and another part keeps its own.
TEST(KeptCounts, KeepsTheLatestScopesAndForgetsAPartInEveryScope) {
  KeptCounts<int> counts;
  const auto day = [](std::int64_t day) { return KeptScope{kEveryCampaign, day, day}; };
  const std::int64_t ranges = KeptCounts<int>::kMaxScopes + 1;
  for (std::int64_t at = 0; at < ranges; ++at) {
    counts.Keep(7, day(at), static_cast<int>(at));
    counts.Keep(8, day(at), static_cast<int>(100 + at));
  }
  EXPECT_FALSE(counts.Find(7, day(0)));  // the first range went when the 17th came
  EXPECT_FALSE(counts.Find(8, day(0)));
  for (std::int64_t at = 1; at < ranges; ++at) {
    EXPECT_EQ(counts.Find(7, day(at)), at);
    EXPECT_EQ(counts.Find(8, day(at)), 100 + at);
  }
  counts.Keep(7, KeptScope{}, 1);
  EXPECT_FALSE(counts.Find(7, day(1)));  // and the second when the whole campaign's came
  counts.Forget(7);
  EXPECT_FALSE(counts.Find(7, KeptScope{}));
  EXPECT_FALSE(counts.Find(7, day(ranges - 1)));
  EXPECT_EQ(counts.Find(8, day(ranges - 1)), 100 + ranges - 1);
}

}  // namespace
}  // namespace kenes::analytics
