// After the vote: a hand-made campaign and hand-made results, through Analytics over a real store,
// where every figure, the rank correlation and its bootstrap interval are known.
//
// clang-format off
//   region              population  held events            counted attendance  result
//   100000000 Абай         500,000  4 × 100 (2 farmers)    400                 400,000 eligible, 300,000 voted, 240,000 for
//   110000000 Акмолинская  400,000  1, около 200 (farmers) 200 [180, 220]      turnout 62.5% only
//   350000000 Карагандинская 1,000,000  3 in Осакаровский район (50+60+90),
//                                       1 over its host's headcount (held back),
//                                       1 cancelled        200                 800,000 eligible, 560,000 voted, 420,000 for
//   710000000 Астана     2,000,000  57 + 43                100                 turnout 55% only
//   750000000 Алматы     2,500,000  5 × 20                 100                 turnout 33.43% only
//   790000000 Шымкент    1,000,000  none                   0                   600,000 eligible, 480,000 voted, 400,000 for
//   355600000 Осакаровский район (district)                200                 40,000 eligible, 30,000 voted, 27,000 for
//   KZ, the country: the commission's figures; 999999999, a place the gazetteer lacks.
// clang-format on
//
// Check-ins: P1, P2 at Абай's first event, P1, P3 at its second, P1 in Астана; P4, P5 at an
// Осакаровка meeting, P6 at an Осакаровка event planned, then cancelled, P7 at the held-back one.
// Feedback stances: Абай 8 supports, 2 opposes, 1 unclear (at the farmers' meetings); Осакаровка
// 3 supports, 1 neutral; the held-back event 1 opposes; Астана 2 supports, 2 opposes; Алматы 1
// unclear.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "analytics/analytics.h"
#include "ledger/ledger.h"
#include "ledger/reference_data.h"
#include "support/small_campaign.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

namespace kenes::analytics {
namespace {

constexpr const char* kAbai = "100000000";
constexpr const char* kAkmola = "110000000";
constexpr const char* kKaraganda = "350000000";
constexpr const char* kAstana = "710000000";
constexpr const char* kAlmaty = "750000000";
constexpr const char* kShymkent = "790000000";
constexpr const char* kOsakarovka = "355600000";  // the district

template <class T>
T Must(Result<T> result) {
  EXPECT_TRUE(result.ok()) << result.error().field << ": " << result.error().message;
  return std::move(result).value();
}

VoteResult Counts(std::string place, std::int64_t eligible, std::int64_t voted,
                  std::int64_t votes_for, std::int64_t against, std::int64_t invalid) {
  VoteResult result;
  result.place_code = std::move(place);
  result.eligible = eligible;
  result.voted = voted;
  result.votes_for = votes_for;
  result.against = against;
  result.invalid = invalid;
  result.as_of = "2026-03-16";
  result.source = "https://www.election.gov.kz/";
  return result;
}

VoteResult TurnoutOnly(std::string place, double percent) {
  VoteResult result;
  result.place_code = std::move(place);
  result.turnout_percent = percent;
  result.as_of = "2026-03-15T20:00:00+05:00";
  result.source = "https://www.election.gov.kz/";
  return result;
}

class AfterVoteTest : public ::testing::Test {
 protected:
  AfterVoteTest() {
    database_ = std::make_unique<testing::TestDatabase>(dir_);
    store_ = testing::OpenTestStore(*database_);
    ledger_ = Must(Ledger::Open(*store_, nullptr));
    Must(LoadReferenceData(*ledger_, KENES_DATA_DIR));
    Must(ledger_->CreateCampaign(Actor::System("test"),
                                 {0, "Кампания", Date::FromCivil(2026, 2, 12),
                                  Date::FromCivil(2026, 3, 14), Date::FromCivil(2026, 3, 15)}));
    std::vector<Place> places;
    for (const auto& [code, population] :
         std::vector<std::pair<std::string, std::int64_t>>{{kAbai, 500'000},
                                                           {kAkmola, 400'000},
                                                           {kKaraganda, 1'000'000},
                                                           {kAstana, 2'000'000},
                                                           {kAlmaty, 2'500'000},
                                                           {kShymkent, 1'000'000}}) {
      Place place = *ledger_->gazetteer()->Find(code);
      place.population = population;
      places.push_back(place);
    }
    EXPECT_TRUE(ledger_->PutPlaces(places).ok());
    Organization mine{0, 0, "Шахта", "", OrgKind::kCompany};
    mine.headcount = 50;
    mine = Must(ledger_->Write<Organization>(
        Actor::System("test"), [&](LedgerSession& s) { return s.CreateOrganization(mine); }));

    // Абай, at Семей: two meetings of farmers, two of youth.
    const Id abai1 = AddEvent("2026-02-20", "101010000", "100", {"farmers"});
    const Id abai2 = AddEvent("2026-02-21", "101010000", "100", {"farmers"});
    AddEvent("2026-02-22", "101010000", "100", {"youth"});
    AddEvent("2026-02-23", "101010000", "100", {"youth"});
    AddEvent("2026-02-20", "111010000", "около 200", {"farmers"});  // Кокшетау
    const Id osakarovka = AddEvent("2026-02-24", "355630100", "50", {"industrial_workers"});
    AddEvent("2026-02-25", "355630100", "60", {"industrial_workers"});
    AddEvent("2026-02-26", "355630100", "90", {"industrial_workers"});
    Event over;  // 300 at a mine of 50: held back for review
    over.date = Date::FromCivil(2026, 2, 27);
    over.place_code = "352210000";  // Сарань
    over.attendance = ParseAttendance("300").value();
    over.audience = {"miners"};
    over.host_organization_id = mine.id;
    const Id held_back = AddEvent(over);
    const Id astana = AddEvent("2026-03-01", kAstana, "57", {"civil_society"});
    AddEvent("2026-03-02", kAstana, "43", {"civil_society"});
    Id almaty = 0;
    for (int day = 1; day <= 5; ++day) {
      almaty = AddEvent("2026-03-0" + std::to_string(day), kAlmaty, "20", {"youth"});
    }
    // Planned when its people checked in, cancelled afterwards: they are not reach.
    Event cancelled = MakeEvent("2026-02-28", "355630100", "", {"industrial_workers"});
    cancelled.status = EventStatus::kPlanned;
    cancelled = Must(ledger_->Write<Event>(
        Actor::System("test"), [&](LedgerSession& s) { return s.CreateEvent(cancelled); }));
    CheckIn('6', cancelled.id);
    cancelled.status = EventStatus::kCancelled;
    Must(ledger_->Write<Event>(Actor::System("test"),
                               [&](LedgerSession& s) { return s.UpdateEvent(cancelled); }));

    CheckIn('1', abai1);
    CheckIn('2', abai1);
    CheckIn('1', abai2);
    CheckIn('3', abai2);
    CheckIn('1', astana);
    CheckIn('4', osakarovka);
    CheckIn('5', osakarovka);
    CheckIn('7', held_back);

    for (int i = 0; i < 8; ++i) AddFeedback(i % 2 ? abai1 : abai2, Stance::kSupports);
    AddFeedback(abai1, Stance::kOpposes);
    AddFeedback(abai2, Stance::kOpposes);
    AddFeedback(abai1, Stance::kUnclear);
    for (int i = 0; i < 3; ++i) AddFeedback(osakarovka, Stance::kSupports);
    AddFeedback(osakarovka, Stance::kNeutral);
    AddFeedback(held_back, Stance::kOpposes);
    AddFeedback(astana, Stance::kSupports);
    AddFeedback(astana, Stance::kSupports);
    AddFeedback(astana, Stance::kOpposes);
    AddFeedback(astana, Stance::kOpposes);
    AddFeedback(almaty, Stance::kUnclear);

    results_ = {
        TurnoutOnly(kAlmaty, 33.43),
        Counts(kAbai, 400'000, 300'000, 240'000, 50'000, 10'000),
        TurnoutOnly(kAkmola, 62.5),
        Counts(kKaraganda, 800'000, 560'000, 420'000, 120'000, 20'000),
        Counts(kOsakarovka, 40'000, 30'000, 27'000, 2'000, 500),
        TurnoutOnly(kAstana, 55.0),
        Counts(kShymkent, 600'000, 480'000, 400'000, 60'000, 20'000),
        Counts(std::string(kCountryCode), 12'482'613, 9'127'192, 7'954'667, 898'099, 146'558),
        Counts("999999999", 1'000, 500, 400, 50, 50),  // no such place: skipped
    };
  }

  static Event MakeEvent(const std::string& date, const std::string& place,
                         const std::string& attendance, std::vector<std::string> audience) {
    Event event;
    event.date = Date::Parse(date).value();
    event.place_code = place;
    if (!attendance.empty()) event.attendance = ParseAttendance(attendance).value();
    event.audience = std::move(audience);
    return event;
  }
  Id AddEvent(const std::string& date, const std::string& place, const std::string& attendance,
              std::vector<std::string> audience) {
    return AddEvent(MakeEvent(date, place, attendance, std::move(audience)));
  }
  Id AddEvent(const Event& event) {
    return Must(ledger_->Write<Event>(Actor::System("test"),
                                      [&](LedgerSession& s) { return s.CreateEvent(event); }))
        .id;
  }
  void AddFeedback(Id event, Stance stance) {
    FeedbackItem item;
    item.event_id = event;
    item.text = "Отзыв номер " + std::to_string(++feedback_count_);
    item.stance = stance;
    Must(ledger_->Write<FeedbackItem>(Actor::System("test"),
                                      [&](LedgerSession& s) { return s.CreateFeedback(item); }));
  }
  void CheckIn(char person, Id event) {
    const CheckInRow row{0, event, testing::SmallCampaign::KeyOf(person), "", std::nullopt};
    EXPECT_TRUE(ledger_
                    ->Write(Actor::System("test"),
                            [&](LedgerSession& s) {
                              return s.AppendCheckIns(std::span<const CheckInRow>(&row, 1));
                            })
                    .ok());
  }

  AfterVote Compute(const Filter& filter = {}) {
    return Must(analytics_->ComputeAfterVote(filter, results_));
  }
  static const AfterVoteRow& Row(const std::vector<AfterVoteRow>& rows, const std::string& code) {
    auto it = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.code == code; });
    EXPECT_NE(it, rows.end()) << code;
    return *it;
  }

  testing::TempDir dir_;
  std::unique_ptr<testing::TestDatabase> database_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Ledger> ledger_;
  std::unique_ptr<Analytics> analytics_ = nullptr;
  std::vector<VoteResult> results_;
  int feedback_count_ = 0;

  void SetUp() override { analytics_ = std::make_unique<Analytics>(*store_); }
};

TEST(Spearman, PerfectOrderIsOneReversedMinusOne) {
  const std::vector<double> x{1, 2, 3, 4, 5};
  const std::vector<double> up{10, 20, 25, 100, 1000};  // monotone, not linear: ranks only
  const std::vector<double> down{5, 4, 3, 2, 1};
  EXPECT_DOUBLE_EQ(*Spearman(x, up), 1.0);
  EXPECT_DOUBLE_EQ(*Spearman(x, down), -1.0);
}

TEST(Spearman, TiesTakeTheirAverageRank) {
  // x = 1, 2, 2, 3 ranks 1, 2.5, 2.5, 4; y = 1, 3, 2, 4 ranks 1, 3, 2, 4. Around the mean rank
  // 2.5: dx = −1.5, 0, 0, 1.5; dy = −1.5, 0.5, −0.5, 1.5. Σdx·dy = 4.5, Σdx² = 4.5, Σdy² = 5,
  // rho = 4.5 / √(4.5 · 5) = √0.9 = 0.948683. (Without averaging, ranks 1, 2, 3, 4 would give
  // 0.8; the untied shortcut 1 − 6Σd²/(n(n²−1)) with average ranks gives 0.95.)
  const std::vector<double> x{1, 2, 2, 3};
  const std::vector<double> y{1, 3, 2, 4};
  ASSERT_TRUE(Spearman(x, y));
  EXPECT_NEAR(*Spearman(x, y), std::sqrt(0.9), 1e-12);
}

TEST(Spearman, AbsentBelowThreePairsOrWithoutSpread) {
  const std::vector<double> two{1, 2};
  EXPECT_FALSE(Spearman(two, two));
  const std::vector<double> x{1, 2, 3};
  const std::vector<double> flat{7, 7, 7};
  EXPECT_FALSE(Spearman(x, flat));
  EXPECT_FALSE(Spearman(flat, x));
  EXPECT_TRUE(Spearman(x, x));
}

TEST_F(AfterVoteTest, EveryRegionIsARowInCodeOrderWithItsFigures) {
  const AfterVote after = Compute();
  ASSERT_EQ(after.regions.size(), 20u);  // every region of the gazetteer
  EXPECT_TRUE(std::is_sorted(after.regions.begin(), after.regions.end(),
                             [](const auto& a, const auto& b) { return a.code < b.code; }));
  EXPECT_EQ(after.regions_with_events, 5);
  EXPECT_EQ(after.regions_with_results, 6);

  const AfterVoteRow& abai = Row(after.regions, kAbai);
  EXPECT_EQ(abai.name_ru, "область Абай");
  EXPECT_EQ(abai.name_kk, "Абай облысы");
  EXPECT_EQ(abai.region_code, kAbai);
  EXPECT_EQ(abai.events, 4);
  EXPECT_EQ(abai.population, 500'000);
  EXPECT_DOUBLE_EQ(*abai.events_per_10k, 0.08);  // 4 × 10,000 / 500,000
  EXPECT_EQ(abai.attendance, (AttendanceTotal{400, 400, 400}));
  ASSERT_TRUE(abai.attendance_per_1000_eligible);
  EXPECT_DOUBLE_EQ(abai.attendance_per_1000_eligible->value, 1.0);  // 400 × 1,000 / 400,000
  EXPECT_EQ(abai.distinct, 3);                                      // P1, P2, P3
  EXPECT_EQ(abai.feedback, 10);                                     // unclear out
  ASSERT_TRUE(abai.support);
  EXPECT_DOUBLE_EQ(abai.support->share, 0.8);
  EXPECT_NEAR(abai.support->low, 0.4902, 0.0001);  // Wilson, 8 of 10
  EXPECT_NEAR(abai.support->high, 0.9433, 0.0001);
  EXPECT_DOUBLE_EQ(*abai.turnout, 0.75);
  EXPECT_DOUBLE_EQ(*abai.for_share, 0.8);
  EXPECT_DOUBLE_EQ(*abai.gap, 0.0);
  EXPECT_EQ(abai.result->votes_for, 240'000);

  const AfterVoteRow& akmola = Row(after.regions, kAkmola);
  EXPECT_EQ(akmola.events, 1);
  EXPECT_DOUBLE_EQ(*akmola.events_per_10k, 0.025);
  EXPECT_EQ(akmola.attendance, (AttendanceTotal{200, 180, 220}));
  EXPECT_FALSE(akmola.attendance_per_1000_eligible);  // eligible unpublished
  EXPECT_DOUBLE_EQ(*akmola.turnout, 0.625);           // as printed
  EXPECT_FALSE(akmola.for_share);
  EXPECT_FALSE(akmola.support);  // no feedback
  EXPECT_EQ(akmola.feedback, 0);
  EXPECT_FALSE(akmola.gap);

  // The figure held back for review is a held event, but its 300 do not count; the cancelled
  // event is not held, and its check-in (P6) is not reach.
  const AfterVoteRow& karaganda = Row(after.regions, kKaraganda);
  EXPECT_EQ(karaganda.events, 4);
  EXPECT_DOUBLE_EQ(*karaganda.events_per_10k, 0.04);
  EXPECT_EQ(karaganda.attendance, (AttendanceTotal{200, 200, 200}));
  EXPECT_DOUBLE_EQ(karaganda.attendance_per_1000_eligible->value, 0.25);  // 200 of 800,000
  EXPECT_EQ(karaganda.distinct, 3);                                       // P4, P5, P7
  EXPECT_EQ(karaganda.feedback, 5);
  EXPECT_DOUBLE_EQ(karaganda.support->share, 0.6);
  EXPECT_DOUBLE_EQ(*karaganda.turnout, 0.7);
  EXPECT_DOUBLE_EQ(*karaganda.for_share, 0.75);
  EXPECT_NEAR(*karaganda.gap, -0.15, 1e-12);

  const AfterVoteRow& astana = Row(after.regions, kAstana);
  EXPECT_EQ(astana.events, 2);
  EXPECT_DOUBLE_EQ(*astana.events_per_10k, 0.01);
  EXPECT_EQ(astana.distinct, 1);  // P1 again: once per region, not once overall
  EXPECT_DOUBLE_EQ(astana.support->share, 0.5);
  EXPECT_FALSE(astana.gap);  // no "for" share published

  const AfterVoteRow& almaty = Row(after.regions, kAlmaty);
  EXPECT_EQ(almaty.events, 5);
  EXPECT_DOUBLE_EQ(*almaty.events_per_10k, 0.02);
  EXPECT_NEAR(*almaty.turnout, 0.3343, 1e-12);
  EXPECT_FALSE(almaty.support);  // only an unclear stance
  EXPECT_EQ(almaty.feedback, 0);

  // Results and no events: shown, with the campaign at zero.
  const AfterVoteRow& shymkent = Row(after.regions, kShymkent);
  EXPECT_EQ(shymkent.events, 0);
  EXPECT_DOUBLE_EQ(*shymkent.events_per_10k, 0.0);
  EXPECT_EQ(shymkent.attendance, AttendanceTotal{});
  EXPECT_DOUBLE_EQ(shymkent.attendance_per_1000_eligible->value, 0.0);
  EXPECT_EQ(shymkent.distinct, 0);
  EXPECT_DOUBLE_EQ(*shymkent.turnout, 0.8);
  EXPECT_NEAR(*shymkent.for_share, 400.0 / 480.0, 1e-12);

  // A region with neither: a row all the same.
  const AfterVoteRow& turkestan = Row(after.regions, "610000000");
  EXPECT_EQ(turkestan.events, 0);
  EXPECT_FALSE(turkestan.result);
  EXPECT_FALSE(turkestan.turnout);
  EXPECT_TRUE(turkestan.events_per_10k);  // its population is in the reference data
  const AfterVoteRow& atyrau = Row(after.regions, "230000000");
  EXPECT_FALSE(atyrau.population);
  EXPECT_FALSE(atyrau.events_per_10k);
}

TEST_F(AfterVoteTest, ADistrictIsARowWhenItHasAResult) {
  const AfterVote after = Compute();
  // Сарань held an event but has no result; 999999999 is not in the gazetteer.
  ASSERT_EQ(after.districts.size(), 1u);
  const AfterVoteRow& district = after.districts[0];
  EXPECT_EQ(district.code, kOsakarovka);
  EXPECT_EQ(district.name_ru, "Осакаровский район");
  EXPECT_EQ(district.region_code, kKaraganda);
  EXPECT_EQ(district.events, 3);
  EXPECT_FALSE(district.population);
  EXPECT_FALSE(district.events_per_10k);
  EXPECT_EQ(district.attendance, (AttendanceTotal{200, 200, 200}));
  EXPECT_DOUBLE_EQ(district.attendance_per_1000_eligible->value, 5.0);  // 200 of 40,000
  EXPECT_EQ(district.distinct, 2);                                      // P4, P5
  EXPECT_EQ(district.feedback, 4);
  EXPECT_DOUBLE_EQ(district.support->share, 0.75);
  EXPECT_DOUBLE_EQ(*district.turnout, 0.75);
  EXPECT_DOUBLE_EQ(*district.for_share, 0.9);
  EXPECT_NEAR(*district.gap, -0.15, 1e-12);
}

TEST_F(AfterVoteTest, FiguresAgreeWithTheDashboards) {
  const AfterVote after = Compute();
  const Support support = Must(analytics_->ComputeSupport({}));
  for (const AfterVoteRow& row : after.regions) {
    Filter one;
    one.region_code = row.code;
    EXPECT_EQ(row.distinct, Must(analytics_->ComputeReach(one)).distinct) << row.code;
    EXPECT_EQ(row.attendance, Must(analytics_->ComputeTotals(one)).attendance) << row.code;
    EXPECT_EQ(row.events, Must(analytics_->ComputeTotals(one)).events_held) << row.code;
  }
  for (const SupportRow& region : support.by_region) {
    EXPECT_EQ(Row(after.regions, region.key).feedback, region.n) << region.key;
  }
}

TEST_F(AfterVoteTest, RankCorrelationOfIntensityAndTurnoutWithItsBootstrapInterval) {
  const AfterVote after = Compute();
  // Six regions have a population and a turnout (Абай, Акмолинская, Карагандинская, Астана,
  // Алматы, Шымкент; the other regions publish no turnout here).
  //   events per 10k:  Шымкент 0 < Астана .01 < Алматы .02 < Акмолинская .025 < Караганд. .04
  //                    < Абай .08                       -> ranks 1 2 3 4 5 6
  //   turnout:         Алматы .3343 < Астана .55 < Акмолинская .625 < Караганд. .70
  //                    < Абай .75 < Шымкент .80
  //   rank differences d: Шымкент 1−6 = −5, Астана 0, Алматы 3−1 = 2, Акмолинская 1,
  //   Карагандинская 1, Абай 1: Σd² = 32, rho = 1 − 6·32 / (6·35) = 3/35 = 0.085714.
  const RankCorrelation& rank = after.intensity_turnout;
  EXPECT_EQ(rank.n, 6);
  ASSERT_TRUE(rank.rho);
  EXPECT_NEAR(*rank.rho, 3.0 / 35.0, 1e-12);
  EXPECT_EQ(rank.resamples, 2000);
  EXPECT_EQ(rank.seed, kBootstrapSeed);
  ASSERT_TRUE(rank.low);
  ASSERT_TRUE(rank.high);
  EXPECT_LE(-1.0, *rank.low);
  EXPECT_LE(*rank.low, *rank.rho);
  EXPECT_LE(*rank.rho, *rank.high);
  EXPECT_LE(*rank.high, 1.0);
  // Pinned: the seed is fixed and the draw (std::mt19937_64, whose sequence the standard fixes,
  // reduced modulo n) is the same under every standard library, so the interval is too; the
  // values were checked against a separate reimplementation of the engine and the percentile
  // rule. All 2000 resamples have a rho here; the 50th smallest is −25/31 and the 1950th is 1 (a
  // resample of monotone regions). Over six regions the interval is wide, as it should be.
  EXPECT_NEAR(*rank.low, -25.0 / 31.0, 1e-12);
  EXPECT_DOUBLE_EQ(*rank.high, 1.0);
  // The same data gives the same interval.
  const AfterVote again = Compute();
  EXPECT_EQ(again.intensity_turnout.low, rank.low);
  EXPECT_EQ(again.intensity_turnout.high, rank.high);
}

TEST_F(AfterVoteTest, CalibrationSetsTheMeetingsReadingBesideTheVote) {
  const AfterVote after = Compute();
  ASSERT_TRUE(after.country);
  EXPECT_EQ(after.country->voted, 9'127'192);
  EXPECT_NEAR(*after.turnout, 9'127'192.0 / 12'482'613.0, 1e-12);   // 73.12%
  EXPECT_NEAR(*after.for_share, 7'954'667.0 / 9'127'192.0, 1e-12);  // 87.15%
  const Calibration& calibration = after.calibration;
  // 13 supports of 19 (8 + 3 + 2 supports, 1 neutral, 2 + 1 + 2 opposes; 2 unclear out).
  ASSERT_TRUE(calibration.support);
  EXPECT_DOUBLE_EQ(calibration.support->share, 13.0 / 19.0);
  EXPECT_NEAR(calibration.support->low, 0.4601, 0.0001);
  EXPECT_NEAR(calibration.support->high, 0.8464, 0.0001);
  EXPECT_EQ(calibration.for_share, after.for_share);
  EXPECT_NEAR(*calibration.gap, 13.0 / 19.0 - 7'954'667.0 / 9'127'192.0, 1e-12);
  EXPECT_FALSE(calibration.inside);  // 0.8715 is above 0.8464
  // Абай (gap 0) and Карагандинская (gap −0.15) have both; Астана has no "for" share.
  EXPECT_EQ(calibration.regions, 2);
  EXPECT_NEAR(*calibration.mean_abs_gap, 0.075, 1e-12);
}

TEST_F(AfterVoteTest, ARegionFilterKeepsThatRegionAndItsDistricts) {
  Filter karaganda;
  karaganda.region_code = kKaraganda;
  const AfterVote after = Compute(karaganda);
  ASSERT_EQ(after.regions.size(), 1u);
  EXPECT_EQ(after.regions[0].code, kKaraganda);
  EXPECT_EQ(after.regions[0].events, 4);
  EXPECT_EQ(after.regions[0].distinct, 3);
  ASSERT_EQ(after.districts.size(), 1u);
  EXPECT_EQ(after.districts[0].code, kOsakarovka);
  EXPECT_EQ(after.districts[0].distinct, 2);
  EXPECT_EQ(after.regions_with_events, 1);
  EXPECT_EQ(after.regions_with_results, 1);
  // One region is below three: no correlation.
  EXPECT_EQ(after.intensity_turnout.n, 1);
  EXPECT_FALSE(after.intensity_turnout.rho);
  EXPECT_FALSE(after.intensity_turnout.low);
  // The country's result does not depend on the filter; the campaign's reading does.
  EXPECT_TRUE(after.country);
  EXPECT_DOUBLE_EQ(after.calibration.support->share, 0.6);  // 3 of 5
  // ... and it is set beside the region's own vote, not the country's.
  EXPECT_EQ(after.calibration.for_share, after.regions[0].for_share);
  EXPECT_NE(after.calibration.for_share, after.for_share);

  Filter astana;
  astana.region_code = kAstana;
  EXPECT_TRUE(Compute(astana).districts.empty());  // Осакаровский район is not in Астана

  Filter unknown;
  unknown.region_code = kOsakarovka;  // a district, not a region
  auto refused = analytics_->ComputeAfterVote(unknown, results_);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "region");
}

TEST_F(AfterVoteTest, ASegmentChangesTheCampaignButNotTheResults) {
  const AfterVote all = Compute();
  Filter farmers;
  farmers.segment = "farmers";
  const AfterVote after = Compute(farmers);
  ASSERT_EQ(after.regions.size(), all.regions.size());
  for (std::size_t i = 0; i < all.regions.size(); ++i) {
    EXPECT_EQ(after.regions[i].result, all.regions[i].result) << all.regions[i].code;
    EXPECT_EQ(after.regions[i].turnout, all.regions[i].turnout) << all.regions[i].code;
    EXPECT_EQ(after.regions[i].for_share, all.regions[i].for_share) << all.regions[i].code;
  }
  EXPECT_EQ(after.country, all.country);
  EXPECT_EQ(after.regions_with_results, 6);
  ASSERT_EQ(after.districts.size(), 1u);  // a result keeps the district a row
  EXPECT_EQ(after.districts[0].events, 0);

  const AfterVoteRow& abai = Row(after.regions, kAbai);
  EXPECT_EQ(abai.events, 2);
  EXPECT_DOUBLE_EQ(*abai.events_per_10k, 0.04);
  EXPECT_EQ(abai.attendance.value, 200);
  EXPECT_EQ(abai.distinct, 3);
  EXPECT_EQ(abai.feedback, 10);  // all of Абай's feedback was at the farmers' meetings
  EXPECT_EQ(Row(after.regions, kKaraganda).events, 0);
  EXPECT_EQ(after.regions_with_events, 2);  // Абай, Акмолинская

  // Ties: Карагандинская, Астана, Алматы and Шымкент all at 0 events share ranks 1–4 (2.5 each);
  // Акмолинская .025 is 5, Абай .04 is 6. Turnout ranks: Абай 5, Акмолинская 3, Карагандинская 4,
  // Астана 2, Алматы 1, Шымкент 6. Around the mean 3.5: dx = 2.5, 1.5, −1, −1, −1, −1;
  // dy = 1.5, −0.5, 0.5, −1.5, −2.5, 2.5. Σdx·dy = 4, Σdx² = 12.5, Σdy² = 17.5:
  // rho = 4 / √218.75 = 0.270449.
  ASSERT_TRUE(after.intensity_turnout.rho);
  EXPECT_NEAR(*after.intensity_turnout.rho, 4.0 / std::sqrt(218.75), 1e-12);

  // The farmers' reading is 8 of 10, whose interval [0.49, 0.94] holds the vote's 0.8715.
  EXPECT_DOUBLE_EQ(after.calibration.support->share, 0.8);
  EXPECT_TRUE(after.calibration.inside);
  EXPECT_EQ(after.calibration.regions, 1);  // Абай alone
}

}  // namespace
}  // namespace kenes::analytics
