// The passes a view splits over two threads (two_threads.h: reach's check-ins, each region's
// reach, the feedback selection, attribution's members, the dashboard's and after-vote's parts)
// give the figures one thread gives. Two mirrors of one generated campaign, one splitting every
// pass however small and one splitting none, are asked every view under every kind of filter.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <vector>

#include "analytics/analytics.h"
#include "support/generated_campaign.h"

namespace kenes::analytics {
namespace {

// Every count and estimate a view gives under `filter`, in one list.
std::vector<double> FiguresOf(Analytics& analytics, const Filter& filter) {
  const Date today = Date::FromCivil(2026, 3, 1);
  std::vector<double> out;
  const auto add = [&](std::initializer_list<double> figures) {
    out.insert(out.end(), figures.begin(), figures.end());
  };
  const auto add_reach = [&](const Reach& reach) {
    add({static_cast<double>(reach.checkins), static_cast<double>(reach.distinct),
         static_cast<double>(reach.repeaters), static_cast<double>(reach.events_with_checkins),
         reach.estimate, static_cast<double>(reach.attendance_at_checked_events.value)});
  };
  const Dashboard dashboard = analytics.ComputeDashboard(filter, today).value();
  add_reach(dashboard.reach);
  add({static_cast<double>(dashboard.totals.events_held),
       static_cast<double>(dashboard.totals.attendance.value),
       static_cast<double>(dashboard.support.overall.n),
       static_cast<double>(dashboard.figures_awaiting_review)});
  for (const SupportRow& row : dashboard.support.by_region) add({static_cast<double>(row.n)});
  for (const SupportRow& row : dashboard.support.by_segment) add({static_cast<double>(row.n)});
  for (const BreakdownRow& row : dashboard.by_region) add({static_cast<double>(row.events)});
  for (const BreakdownRow& row : dashboard.by_day) add({static_cast<double>(row.events)});
  add({static_cast<double>(dashboard.themes.themes.size())});
  const auto regions = analytics.ReachByRegion(filter).value();
  for (const auto& [code, reach] : regions) add_reach(reach);
  const Attribution attribution = analytics.ComputeAttribution(filter).value();
  add({static_cast<double>(attribution.coalition.reach),
       static_cast<double>(attribution.reach_summed_over_members)});
  for (const MemberFigures& member : attribution.members) {
    add({static_cast<double>(member.reach), static_cast<double>(member.feedback)});
  }
  const AfterVote after = analytics.ComputeAfterVote(filter, {}).value();
  for (const AfterVoteRow& row : after.regions) {
    add({static_cast<double>(row.distinct), static_cast<double>(row.feedback)});
  }
  const Stats stats = analytics.ComputeStats(filter).value();
  add({static_cast<double>(stats.feedback), static_cast<double>(stats.checkins),
       static_cast<double>(stats.distinct_participants)});
  return out;
}

TEST(TwoThreads, EveryViewSplitOrNotGivesTheSameFigures) {
  synthetic::Options options;
  options.events = 300;
  options.checkins = 30'000;
  options.feedback = 1'500;
  testing::GeneratedCampaign campaign(options);
  Analytics split(campaign.store());
  split.SplitWorkFrom(0);
  Analytics whole(campaign.store());
  whole.SplitWorkFrom(std::numeric_limits<std::size_t>::max());

  const auto week = [](Filter filter) {
    filter.from = Date::FromCivil(2026, 2, 20);
    filter.to = Date::FromCivil(2026, 2, 27);
    return filter;
  };
  Filter region;
  region.region_code = "350000000";
  Filter segment;
  segment.segment = "miners";
  Filter region_segment = region;
  region_segment.segment = "miners";
  for (const Filter& filter :
       {Filter{}, region, segment, week({}), week(segment), region_segment}) {
    SCOPED_TRACE("region " + filter.region_code + ", segment " + filter.segment +
                 (filter.from ? ", a week" : ""));
    const std::vector<double> one = FiguresOf(whole, filter);
    EXPECT_EQ(FiguresOf(split, filter), one);
    // A campaign with people to count under this filter, or the comparison proves little.
    EXPECT_GT(one.size(), 20u);
  }
  // The split passes counted something: people came again, across the halves a split makes.
  const Reach reach = split.ComputeReach(segment).value();
  EXPECT_GT(reach.repeaters, 0);
  EXPECT_GT(reach.distinct, 1000);
}

}  // namespace
}  // namespace kenes::analytics
