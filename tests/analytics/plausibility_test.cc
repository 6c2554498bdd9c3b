// Implausible figures are flagged, kept out of the totals and listed until an analyst decides.
#include <gtest/gtest.h>

#include "analytics/analytics.h"
#include "support/small_campaign.h"

namespace kenes::analytics {
namespace {

class Plausibility : public ::testing::Test {
 protected:
  testing::SmallCampaign campaign_;
  Analytics analytics_{campaign_.store()};

  std::vector<FlaggedFigure> Flagged() {
    auto flagged = analytics_.ListFlagged({});
    EXPECT_TRUE(flagged.ok());
    return flagged.ok() ? *flagged : std::vector<FlaggedFigure>{};
  }
  const FlaggedFigure* Find(const std::vector<FlaggedFigure>& figures, Id event) {
    for (const auto& figure : figures) {
      if (figure.event_id == event) return &figure;
    }
    return nullptr;
  }
  Status Review(Id event, const std::string& text, ReviewDecision decision) {
    return campaign_.ledger().Write(Actor::System("test"), [&](LedgerSession& s) -> Status {
      KENES_TRY(s.ReviewFigure({event, text, decision, "проверено по списку", ""}));
      return Ok();
    });
  }
};

TEST_F(Plausibility, AFigureAboveTheHostsHeadcountIsFlaggedWithItsReason) {
  const auto flagged = Flagged();
  const FlaggedFigure* mine = Find(flagged, campaign_.e4);
  ASSERT_NE(mine, nullptr);
  EXPECT_EQ(mine->state, FigureState::kFlagged);
  ASSERT_EQ(mine->reasons.size(), 1u);
  EXPECT_EQ(mine->reasons[0].code, "over_headcount");
  EXPECT_EQ(mine->reasons[0].message,
            "at least 401 people, but the host organization has 300 on record");
}

TEST_F(Plausibility, TheSameCollectiveWithinDaysIsFlagged) {
  const auto flagged = Flagged();
  const FlaggedFigure* again = Find(flagged, campaign_.e7);
  ASSERT_NE(again, nullptr);
  ASSERT_EQ(again->reasons.size(), 1u);
  EXPECT_EQ(again->reasons[0].code, "repeat_collective");
  EXPECT_NE(again->reasons[0].message.find(std::to_string(campaign_.e4)), std::string::npos);
  // A different audience of the same host is another collective.
  Event students;
  students.date = Date::FromCivil(2026, 2, 28);
  students.place_code = "355230100";
  students.host_organization_id = campaign_.mine;
  students.audience = {"students"};
  students.attendance = ParseAttendance("50").value();
  const Id other = campaign_.AddEvent(students);
  EXPECT_EQ(Find(Flagged(), other), nullptr);
}

TEST_F(Plausibility, AFigureAboveTheVenueOrThePopulationIsFlagged) {
  ASSERT_TRUE(
      campaign_.ledger().PutVenues({{"355630100", "поселка Осакаровка Дом культуры", 150}}).ok());
  Place nura = *campaign_.ledger().gazetteer()->Find("355230100");
  nura.population = 350;
  ASSERT_TRUE(campaign_.ledger().PutPlaces({nura}).ok());
  const auto flagged = Flagged();
  const FlaggedFigure* hall = Find(flagged, campaign_.e1);
  ASSERT_NE(hall, nullptr);  // около 200 is at least 180 in a hall of 150
  EXPECT_EQ(hall->reasons[0].code, "over_capacity");
  EXPECT_EQ(hall->reasons[0].message, "at least 180 people, but the venue holds 150");
  const FlaggedFigure* town = Find(flagged, campaign_.e4);
  ASSERT_EQ(town->reasons.size(), 2u);
  EXPECT_EQ(town->reasons[1].code, "over_population");
  EXPECT_EQ(town->reasons[1].message, "at least 401 people, but Нура has 350 inhabitants");
  // The figure left the totals for the flagged column.
  auto totals = analytics_.ComputeTotals({});
  ASSERT_TRUE(totals.ok());
  EXPECT_EQ(totals->attendance, (AttendanceTotal{307, 257, 357}));
  EXPECT_EQ(totals->events_flagged, 3);
}

TEST_F(Plausibility, AConfirmedFigureCountsAndARejectedOneStaysOut) {
  ASSERT_TRUE(Review(campaign_.e4, "более 400", ReviewDecision::kConfirmed).ok());
  ASSERT_TRUE(Review(campaign_.e7, "около 100", ReviewDecision::kRejected).ok());
  auto totals = analytics_.ComputeTotals({});
  ASSERT_TRUE(totals.ok());
  EXPECT_EQ(totals->attendance, (AttendanceTotal{507 + 401, 437 + 401, 577 + 500}));
  EXPECT_EQ(totals->events_flagged, 0);
  EXPECT_EQ(totals->events_rejected, 1);
  EXPECT_EQ(totals->attendance_rejected, (AttendanceTotal{100, 90, 110}));
  // Both still listed, decided ones after those awaiting review.
  const auto flagged = Flagged();
  EXPECT_EQ(Find(flagged, campaign_.e4)->state, FigureState::kConfirmed);
  EXPECT_EQ(Find(flagged, campaign_.e7)->state, FigureState::kRejected);
}

TEST_F(Plausibility, AReviewIsOfOneFigure) {
  // The figure changed after it was read: the review is refused, naming the field.
  Status stale = Review(campaign_.e4, "около 300", ReviewDecision::kConfirmed);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(stale.error().field, "attendance_text");
  // A confirmed figure that is then changed is checked afresh.
  ASSERT_TRUE(Review(campaign_.e4, "более 400", ReviewDecision::kConfirmed).ok());
  ASSERT_TRUE(campaign_.ledger()
                  .Write(Actor::System("test"),
                         [&](LedgerSession& s) -> Status {
                           KENES_ASSIGN(Event event, s.transaction().GetEvent(campaign_.e4));
                           event.attendance = ParseAttendance("около 600").value();
                           KENES_TRY(s.UpdateEvent(event));
                           return Ok();
                         })
                  .ok());
  EXPECT_EQ(Find(Flagged(), campaign_.e4)->state, FigureState::kFlagged);
}

}  // namespace
}  // namespace kenes::analytics
