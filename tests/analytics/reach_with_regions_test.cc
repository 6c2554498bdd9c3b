// /analytics/reach gives the filter's reach and each region's. Under dates or a segment both come
// from one pass over the check-ins (ComputeReachWithRegions); they must be, figure for figure,
// what ComputeReach and ComputeReachByRegion give apart, on one thread or split over two.
#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <vector>

#include "analytics/analytics.h"
#include "support/generated_campaign.h"

namespace kenes::analytics {
namespace {

std::vector<double> FiguresOf(const Reach& reach) {
  return {static_cast<double>(reach.checkins),
          static_cast<double>(reach.distinct),
          reach.estimate,
          static_cast<double>(reach.repeaters),
          reach.repeat_rate,
          static_cast<double>(reach.events_with_checkins),
          static_cast<double>(reach.attendance_at_checked_events.value),
          static_cast<double>(reach.attendance_at_checked_events.low),
          static_cast<double>(reach.attendance_at_checked_events.high)};
}

std::vector<std::vector<double>> Apart(Analytics& analytics, const Filter& filter) {
  std::vector<std::vector<double>> out{FiguresOf(analytics.ComputeReach(filter).value())};
  const auto regions = analytics.ReachByRegion(filter).value();
  for (const auto& [code, reach] : regions) {
    out.push_back(FiguresOf(reach));
    out.back().push_back(std::stod(code));
  }
  return out;
}

std::vector<std::vector<double>> Together(Analytics& analytics, const Filter& filter) {
  const ReachWithRegions both = analytics.ComputeReachWithRegions(filter).value();
  std::vector<std::vector<double>> out{FiguresOf(both.whole)};
  for (const auto& [code, reach] : both.regions) {
    out.push_back(FiguresOf(reach));
    out.back().push_back(std::stod(code));
  }
  return out;
}

TEST(ReachWithRegions, OnePassGivesWhatTheTwoGiveApart) {
  synthetic::Options options;
  options.events = 300;
  options.checkins = 30'000;
  options.feedback = 300;
  testing::GeneratedCampaign campaign(options);
  Analytics split(campaign.store());
  split.SplitWorkFrom(0);
  Analytics one_thread(campaign.store());
  one_thread.SplitWorkFrom(std::numeric_limits<std::size_t>::max());

  const auto week = [](Filter filter) {
    filter.from = Date::FromCivil(2026, 2, 20);
    filter.to = Date::FromCivil(2026, 2, 27);
    return filter;
  };
  Filter region;
  region.region_code = "350000000";
  Filter segment;
  segment.segment = "miners";
  Filter campaign_only;  // the generated campaign's id, whatever the store numbered it
  ASSERT_TRUE(campaign.store()
                  .Read([&](Transaction& tx) -> Status {
                    KENES_ASSIGN(auto campaigns, tx.ListCampaigns());
                    campaign_only.campaign_id = campaigns.at(0).id;
                    return Ok();
                  })
                  .ok());
  for (const Filter& filter :
       {Filter{}, campaign_only, region, segment, week({}), week(segment), week(region)}) {
    SCOPED_TRACE("region " + filter.region_code + ", segment " + filter.segment +
                 (filter.from ? ", a week" : ""));
    for (Analytics* analytics : {&split, &one_thread}) {
      const auto apart = Apart(*analytics, filter);
      EXPECT_EQ(Together(*analytics, filter), apart);
      // People to count under this filter, in more than one region unless it names one.
      ASSERT_FALSE(apart.empty());
      EXPECT_GT(apart[0][1], 100);
      if (filter.region_code.empty()) {
        EXPECT_GT(apart.size(), 3u);
      }
    }
  }
}

}  // namespace
}  // namespace kenes::analytics
