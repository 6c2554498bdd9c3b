// The participants' numbering and layout after the load (participant_order.cc: numbered region by
// region, every event's numbers in one block) change no figure. A mirror that loaded the campaign
// and then caught up with check-ins added to events in the block, new people, known people and a
// deleted check-in counts exactly as a mirror loaded afresh from the same store.
#include <gtest/gtest.h>

#include "analytics/analytics.h"
#include "analytics/participant_index.h"
#include "support/small_campaign.h"

namespace kenes::analytics {
namespace {

TEST(ParticipantIndexRenumber, KeysKeepTheirNewNumbers) {
  ParticipantIndex index;
  for (std::uint64_t key : {11u, 22u, 33u, 44u}) index.Intern(key * 0x9E3779B97F4A7C15ull);
  index.Renumber({2, 0, 3, 1});
  EXPECT_EQ(index.Find(11 * 0x9E3779B97F4A7C15ull), 2u);
  EXPECT_EQ(index.Find(22 * 0x9E3779B97F4A7C15ull), 0u);
  EXPECT_EQ(index.Find(33 * 0x9E3779B97F4A7C15ull), 3u);
  EXPECT_EQ(index.Find(44 * 0x9E3779B97F4A7C15ull), 1u);
  EXPECT_EQ(index.key(3), 33 * 0x9E3779B97F4A7C15ull);
  EXPECT_EQ(index.Find(55), kNone);
  // A key interned afterwards gets the next number.
  EXPECT_EQ(index.Intern(55), 4u);
}

// Every count of people a filter gives, side by side.
struct People {
  std::vector<std::int64_t> counts;
  std::vector<double> estimates;
};

People PeopleOf(Analytics& analytics, const Filter& filter) {
  People out;
  const Reach reach = analytics.ComputeReach(filter).value();
  out.counts = {reach.checkins, reach.distinct, reach.repeaters, reach.events_with_checkins};
  out.estimates.push_back(reach.estimate);
  const auto regions = analytics.ReachByRegion(filter).value();
  for (const auto& [region, one] : regions) {
    out.counts.insert(out.counts.end(), {one.checkins, one.distinct, one.repeaters});
    out.estimates.push_back(one.estimate);
  }
  const Attribution attribution = analytics.ComputeAttribution(filter).value();
  out.counts.push_back(attribution.coalition.reach);
  for (const MemberFigures& member : attribution.members) out.counts.push_back(member.reach);
  const AfterVote after_vote = analytics.ComputeAfterVote(filter, {}).value();
  for (const AfterVoteRow& row : after_vote.regions) {
    out.counts.push_back(row.distinct);
  }
  return out;
}

TEST(ParticipantLayout, AMirrorCaughtUpAfterItsLoadCountsAsAFreshOne) {
  testing::SmallCampaign campaign;
  Analytics loaded(campaign.store());
  ASSERT_TRUE(loaded.Refresh().ok());
  ASSERT_EQ(loaded.ComputeReach({}).value().distinct, 4);

  campaign.CheckIn('E', campaign.e1);  // a new person at an event whose numbers are in the block
  campaign.CheckIn('C', campaign.e2);  // a known person, seen before at another event
  campaign.CheckIn('F', campaign.e3);
  campaign.CheckIn('G', campaign.e4);
  campaign.CheckIn('A', campaign.e4);
  // B's check-in at e1 goes: a number leaves the block.
  std::vector<CheckIn> at_e1;
  ASSERT_TRUE(campaign.store()
                  .Read([&](Transaction& tx) -> Status {
                    CheckInFilter filter;
                    filter.event_id = campaign.e1;
                    KENES_ASSIGN(auto page, tx.ListCheckIns(filter));
                    at_e1 = page.items;
                    return Ok();
                  })
                  .ok());
  const std::string b_hex = ParticipantKeyToHex(testing::SmallCampaign::KeyOf('B'));
  for (const CheckIn& checkin : at_e1) {
    if (checkin.participant_hash != b_hex) continue;
    ASSERT_TRUE(
        campaign.ledger()
            .Write(Actor::System("test"),
                   [&](LedgerSession& s) { return s.Delete(RecordKind::kCheckIn, checkin.id); })
            .ok());
  }

  Analytics fresh(campaign.store());
  // A, B (still at e2), C, D, E, F, G.
  EXPECT_EQ(loaded.ComputeReach({}).value().distinct, 7);
  EXPECT_EQ(fresh.ComputeReach({}).value().distinct, 7);
  Filter karaganda;
  karaganda.region_code = "350000000";
  Filter farmers;
  farmers.segment = "farmers";
  Filter days;
  days.from = Date::FromCivil(2026, 2, 24);
  days.to = Date::FromCivil(2026, 2, 25);
  for (const Filter& filter : {Filter{}, karaganda, farmers, days}) {
    const People caught_up = PeopleOf(loaded, filter);
    const People afresh = PeopleOf(fresh, filter);
    EXPECT_EQ(caught_up.counts, afresh.counts) << filter.region_code << filter.segment;
    EXPECT_EQ(caught_up.estimates, afresh.estimates) << filter.region_code << filter.segment;
  }
  // In Karaganda region (e1, e2, e4, and e5, planned): A, B, C, D, E, G.
  EXPECT_EQ(loaded.ComputeReach(karaganda).value().distinct, 6);
}

}  // namespace
}  // namespace kenes::analytics
