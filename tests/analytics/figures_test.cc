// Every figure of the hand-made campaign (small_campaign.h), computed through Analytics over the
// real store, against the value worked out by hand.
#include <gtest/gtest.h>

#include <algorithm>

#include "analytics/analytics.h"
#include "support/small_campaign.h"

namespace kenes::analytics {
namespace {

const Date kAsOf = Date::FromCivil(2026, 3, 1);
constexpr const char* kKaraganda = "350000000";
constexpr const char* kAstana = "710000000";

class Figures : public ::testing::Test {
 protected:
  testing::SmallCampaign campaign_;
  Analytics analytics_{campaign_.store()};

  template <class T>
  T Must(Result<T> result) {
    EXPECT_TRUE(result.ok()) << result.error().field << ": " << result.error().message;
    return std::move(result).value();
  }
  const BreakdownRow* Row(const std::vector<BreakdownRow>& rows, const std::string& key) {
    auto it = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.key == key; });
    return it == rows.end() ? nullptr : &*it;
  }
};

TEST_F(Figures, TotalsAreRangesAndFlaggedFiguresStandApart) {
  const Totals totals = Must(analytics_.ComputeTotals({}));
  EXPECT_EQ(totals.events_held, 5);
  EXPECT_EQ(totals.events_planned, 1);
  EXPECT_EQ(totals.events_cancelled, 1);
  EXPECT_EQ(totals.events_with_figure, 3);
  // около 200 + от 200 до 300 + 57
  EXPECT_EQ(totals.attendance, (AttendanceTotal{507, 437, 577}));
  // более 400 at a mine of 300, and the same miners two days later
  EXPECT_EQ(totals.events_flagged, 2);
  EXPECT_EQ(totals.attendance_flagged, (AttendanceTotal{501, 491, 610}));
  EXPECT_EQ(totals.events_rejected, 0);
}

TEST_F(Figures, FiltersNarrowByRegionDatesAndSegment) {
  Filter karaganda;
  karaganda.region_code = kKaraganda;
  const Totals in_karaganda = Must(analytics_.ComputeTotals(karaganda));
  EXPECT_EQ(in_karaganda.events_held, 4);
  EXPECT_EQ(in_karaganda.attendance, (AttendanceTotal{450, 380, 520}));

  Filter days;
  days.from = Date::FromCivil(2026, 2, 25);
  days.to = Date::FromCivil(2026, 3, 13);
  EXPECT_EQ(Must(analytics_.ComputeTotals(days)).attendance, (AttendanceTotal{57, 57, 57}));

  Filter farmers;
  farmers.segment = "farmers";
  EXPECT_EQ(Must(analytics_.ComputeTotals(farmers)).attendance, (AttendanceTotal{200, 180, 220}));

  Filter unknown;
  unknown.region_code = "355600000";  // a district, not a region
  auto refused = analytics_.ComputeTotals(unknown);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "region");
  unknown = {};
  unknown.segment = "astronauts";
  EXPECT_EQ(analytics_.ComputeTotals(unknown).error().field, "segment");
}

TEST_F(Figures, BreakdownsByEveryDimension) {
  const auto regions = Must(analytics_.Breakdown({}, Dimension::kRegion));
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(regions[0].key, kKaraganda);
  EXPECT_EQ(regions[0].label, "Карагандинская область");
  EXPECT_EQ(regions[0].label_kk, "Қарағанды облысы");
  EXPECT_EQ(regions[0].events, 4);
  EXPECT_EQ(regions[0].events_with_figure, 2);
  EXPECT_EQ(regions[0].events_flagged, 2);
  EXPECT_EQ(regions[0].attendance, (AttendanceTotal{450, 380, 520}));
  EXPECT_EQ(regions[1].key, kAstana);

  const auto districts = Must(analytics_.Breakdown({}, Dimension::kDistrict));
  ASSERT_NE(Row(districts, "355600000"), nullptr);
  EXPECT_EQ(Row(districts, "355600000")->label, "Осакаровский район");
  EXPECT_EQ(Row(districts, "355200000")->events, 2);  // Нура twice
  EXPECT_EQ(Row(districts, "")->events, 1);           // Astana has no district

  const auto days = Must(analytics_.Breakdown({}, Dimension::kDay));
  ASSERT_EQ(days.size(), 4u);
  EXPECT_EQ(days[0].key, "2026-02-24");
  EXPECT_EQ(days[0].events, 2);
  EXPECT_EQ(days[0].attendance.value, 450);

  const auto weeks = Must(analytics_.Breakdown({}, Dimension::kWeek));
  ASSERT_EQ(weeks.size(), 2u);
  EXPECT_EQ(weeks[0].key, "2026-02-23");  // the Monday
  EXPECT_EQ(weeks[0].events, 4);
  EXPECT_EQ(weeks[1].key, "2026-03-09");

  const auto kinds = Must(analytics_.Breakdown({}, Dimension::kKind));
  EXPECT_EQ(Row(kinds, "meeting")->events, 4);
  EXPECT_EQ(Row(kinds, "final_session")->attendance.value, 57);

  const auto segments = Must(analytics_.Breakdown({}, Dimension::kSegment));
  EXPECT_EQ(Row(segments, "miners")->events, 2);
  EXPECT_EQ(Row(segments, "miners")->events_flagged, 2);
  EXPECT_EQ(Row(segments, "farmers")->label, "сельхозтоваропроизводители и фермеры");

  const auto hosts = Must(analytics_.Breakdown({}, Dimension::kHostKind));
  EXPECT_EQ(Row(hosts, "company")->events, 2);
  EXPECT_EQ(Row(hosts, "")->events, 3);

  const auto speakers = Must(analytics_.Breakdown({}, Dimension::kSpeaker));
  const auto* senator = Row(speakers, std::to_string(campaign_.senator));
  ASSERT_NE(senator, nullptr);
  EXPECT_EQ(senator->label, "Сенатор Иванов");
  EXPECT_EQ(senator->events, 2);
  EXPECT_EQ(senator->attendance.value, 450);
}

TEST_F(Figures, ReachCountsPeopleOnceBesideSummedAttendance) {
  Reach reach = Must(analytics_.ComputeReach({}));
  EXPECT_EQ(reach.checkins, 7);
  EXPECT_EQ(reach.distinct, 4);
  EXPECT_EQ(reach.repeaters, 2);  // A and B
  EXPECT_DOUBLE_EQ(reach.repeat_rate, 0.5);
  EXPECT_NEAR(reach.estimate, 4.0, 0.01);  // linear counting is exact this small
  EXPECT_NEAR(reach.estimate_error, 0.0081, 0.0001);
  EXPECT_EQ(reach.events_with_checkins, 4);
  EXPECT_EQ(reach.attendance_at_checked_events, (AttendanceTotal{507, 437, 577}));

  Filter astana;
  astana.region_code = kAstana;
  reach = Must(analytics_.ComputeReach(astana));
  EXPECT_EQ(reach.checkins, 2);
  EXPECT_EQ(reach.distinct, 2);  // A and C
  EXPECT_EQ(reach.repeaters, 0);
  EXPECT_NEAR(reach.estimate, 2.0, 0.01);

  Filter workers;
  workers.segment = "industrial_workers";
  reach = Must(analytics_.ComputeReach(workers));
  EXPECT_EQ(reach.distinct, 2);
  EXPECT_NEAR(reach.estimate, 2.0, 0.01);
}

TEST_F(Figures, SupportIsAShareOfStancesWithItsWilsonInterval) {
  const Support support = Must(analytics_.ComputeSupport({}));
  EXPECT_EQ(support.overall.stances[0], 6);   // supports
  EXPECT_EQ(support.overall.stances[1], 2);   // neutral
  EXPECT_EQ(support.overall.stances[2], 2);   // opposes
  EXPECT_EQ(support.overall.stances[3], 10);  // unclear: outside the sample
  EXPECT_EQ(support.overall.n, 10);
  ASSERT_TRUE(support.overall.support);
  EXPECT_DOUBLE_EQ(support.overall.support->share, 0.6);
  EXPECT_NEAR(support.overall.support->low, 0.3127, 0.0001);
  EXPECT_NEAR(support.overall.support->high, 0.8318, 0.0001);

  ASSERT_EQ(support.by_region.size(), 2u);
  EXPECT_EQ(support.by_region[0].key, kKaraganda);
  EXPECT_EQ(support.by_region[0].n, 7);  // 3 + 2 labour, land; 1 education
  EXPECT_EQ(support.by_region[1].key, kAstana);
  EXPECT_EQ(support.by_region[1].n, 3);
  // Nobody named their own segment: one row for feedback without one.
  ASSERT_EQ(support.by_segment.size(), 1u);
  EXPECT_EQ(support.by_segment[0].key, "");
}

TEST_F(Figures, CoverageListsUnvisitedDistrictsAndTowns) {
  Filter karaganda;
  karaganda.region_code = kKaraganda;
  const Coverage coverage = Must(analytics_.ComputeCoverage(karaganda, kAsOf));
  EXPECT_EQ(coverage.as_of, kAsOf);
  EXPECT_EQ(coverage.districts.size(), 13u);
  EXPECT_EQ(coverage.districts_visited, 3);  // Осакаровский, Сарань, Нуринский
  ASSERT_EQ(coverage.unvisited_districts.size(), 10u);
  const auto unvisited = [&](const std::string& code) {
    return std::any_of(coverage.unvisited_districts.begin(), coverage.unvisited_districts.end(),
                       [&](const PlaceRef& p) { return p.code == code; });
  };
  EXPECT_TRUE(unvisited("356400000"));   // Шетский район: nobody went
  EXPECT_TRUE(unvisited("351010000"));   // Караганда: only planned
  EXPECT_FALSE(unvisited("355600000"));  // Осакаровский район
  const auto osakarovka = std::find_if(coverage.districts.begin(), coverage.districts.end(),
                                       [](const auto& d) { return d.code == "355600000"; });
  ASSERT_NE(osakarovka, coverage.districts.end());
  EXPECT_EQ(osakarovka->last_visit, Date::FromCivil(2026, 2, 24));
  EXPECT_EQ(osakarovka->days_since_last_visit, 5);
  EXPECT_EQ(coverage.towns, 4);  // Абай, Каркаралинск, Нура, Осакаровка
  EXPECT_EQ(coverage.towns_visited, 2);
  ASSERT_EQ(coverage.unvisited_towns.size(), 2u);
  EXPECT_EQ(coverage.unvisited_towns[0].name_ru, "Абай");
}

TEST_F(Figures, AttendancePerThousandWherePopulationIsKnown) {
  // Give the district a population; the ledger keeps places by code.
  Place district = *campaign_.ledger().gazetteer()->Find("355600000");
  district.population = 40'000;
  ASSERT_TRUE(campaign_.ledger().PutPlaces({district}).ok());
  const Coverage coverage = Must(analytics_.ComputeCoverage({}, kAsOf));
  const auto osakarovka = std::find_if(coverage.districts.begin(), coverage.districts.end(),
                                       [](const auto& d) { return d.code == "355600000"; });
  ASSERT_TRUE(osakarovka->per_1000);
  EXPECT_DOUBLE_EQ(osakarovka->per_1000->value, 5.0);  // 200 of 40,000
  EXPECT_DOUBLE_EQ(osakarovka->per_1000->low, 4.5);
  EXPECT_DOUBLE_EQ(osakarovka->per_1000->high, 5.5);
  const auto saran = std::find_if(coverage.districts.begin(), coverage.districts.end(),
                                  [](const auto& d) { return d.code == "352210000"; });
  EXPECT_FALSE(saran->per_1000);
}

TEST_F(Figures, PlannedAgainstHeldByRegionAndMember) {
  const Planning planning = Must(analytics_.ComputePlanning({}, kAsOf));
  EXPECT_EQ(planning.total.held, 5);
  EXPECT_EQ(planning.total.overdue, 1);  // Караганда, planned for 02-26
  EXPECT_EQ(planning.total.planned, 0);
  EXPECT_EQ(planning.total.cancelled, 1);
  EXPECT_DOUBLE_EQ(planning.total.completion, 5.0 / 7.0);
  const Planning earlier = Must(analytics_.ComputePlanning({}, Date::FromCivil(2026, 2, 20)));
  EXPECT_EQ(earlier.total.planned, 1);
  EXPECT_EQ(earlier.total.overdue, 0);
  ASSERT_EQ(planning.by_member.size(), 2u);
  EXPECT_EQ(planning.by_member[0].held, 2);
}

TEST_F(Figures, AttributionCountsSharedEventsAndPeopleOnceForTheCoalition) {
  const Attribution attribution = Must(analytics_.ComputeAttribution({}));
  EXPECT_EQ(attribution.composition.members, 2);
  EXPECT_EQ(attribution.composition.parties, 1);
  EXPECT_EQ(attribution.composition.claimed_members, 105'000);
  ASSERT_EQ(attribution.members.size(), 2u);
  const auto& party = attribution.members[0].organization_id == campaign_.party
                          ? attribution.members[0]
                          : attribution.members[1];
  const auto& trade_union =
      &party == &attribution.members[0] ? attribution.members[1] : attribution.members[0];
  EXPECT_EQ(party.events, 2);
  EXPECT_EQ(party.attendance.value, 450);
  EXPECT_EQ(party.reach, 2);  // A, B
  EXPECT_EQ(party.feedback, 6 + 5 + 4);
  EXPECT_EQ(trade_union.events, 2);
  EXPECT_EQ(trade_union.attendance.value, 307);
  EXPECT_EQ(trade_union.reach, 3);  // A, B, C
  EXPECT_EQ(attribution.coalition.events, 3);
  EXPECT_EQ(attribution.coalition.attendance.value, 507);
  EXPECT_EQ(attribution.coalition.reach, 3);  // not 2 + 3
  EXPECT_EQ(attribution.reach_summed_over_members, 5);
  EXPECT_EQ(attribution.events_shared, 1);
}

}  // namespace
}  // namespace kenes::analytics
