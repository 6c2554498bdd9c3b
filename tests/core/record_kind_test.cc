// The names of the record kinds are stored: in the audit log, the change feed, file names and
// URLs. A database or a file written before must read the same, so these names are pinned here.
#include "core/record_kind.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace kenes {
namespace {

TEST(RecordKinds, KeepTheNamesTheAuditLogAndTheFeedStored) {
  EXPECT_EQ(RecordKindName(RecordKind::kEvent), "event");
  EXPECT_EQ(RecordKindName(RecordKind::kFeedback), "feedback");
  EXPECT_EQ(RecordKindName(RecordKind::kCheckIn), "checkin");
  EXPECT_EQ(RecordKindName(RecordKind::kOrganization), "organization");
  EXPECT_EQ(RecordKindName(RecordKind::kPerson), "person");
  EXPECT_EQ(RecordKindName(RecordKind::kCampaign), "campaign");
  EXPECT_EQ(RecordKindName(RecordKind::kDraft), "draft");
  EXPECT_EQ(RecordKindName(RecordKind::kDocument), "document");
  EXPECT_EQ(RecordKindName(RecordKind::kPublication), "publication");
  EXPECT_EQ(RecordKindName(RecordKind::kVoteResult), "vote_result");
  EXPECT_EQ(RecordKindName(RecordKind::kFigureReview), "figure_review");
  EXPECT_EQ(RecordKindName(RecordKind::kUser), "user");
  EXPECT_EQ(RecordKindName(RecordKind::kToken), "token");
  EXPECT_EQ(RecordKindName(RecordKind::kPlace), "place");
  // A bulk import of check-ins is one entry named by the plural.
  EXPECT_EQ(PluralName(RecordKind::kCheckIn), "checkins");
}

TEST(RecordKinds, NameEachKindOnce) {
  std::set<std::string> names, plurals;
  for (int i = 0; i <= static_cast<int>(RecordKind::kToken); ++i) {
    const auto kind = static_cast<RecordKind>(i);
    EXPECT_TRUE(names.emplace(RecordKindName(kind)).second) << RecordKindName(kind);
    EXPECT_TRUE(plurals.emplace(PluralName(kind)).second) << PluralName(kind);
    EXPECT_FALSE(NounOf(kind).empty());
    EXPECT_FALSE(NounsOf(kind).empty());
  }
}

TEST(RecordKinds, TheFeedFollowsEventsFeedbackAndCheckInsByIdAndPlacesWhole) {
  EXPECT_EQ(ParseFeedKind("event"), RecordKind::kEvent);
  EXPECT_EQ(ParseFeedKind("feedback"), RecordKind::kFeedback);
  EXPECT_EQ(ParseFeedKind("checkin"), RecordKind::kCheckIn);
  EXPECT_EQ(ParseFeedKind("place"), RecordKind::kPlace);
  EXPECT_EQ(FeedReportOf(RecordKind::kCheckIn), FeedReport::kEachRecord);
  EXPECT_EQ(FeedReportOf(RecordKind::kPlace), FeedReport::kWhole);
  // Everything else the feed reports is reference data, whatever name an entry has.
  EXPECT_EQ(ParseFeedKind("reference"), std::nullopt);
  EXPECT_EQ(ParseFeedKind("organization"), std::nullopt);
  EXPECT_EQ(ParseFeedKind(""), std::nullopt);
}

TEST(RecordKinds, FilesAreOfOrganizationsPeopleEventsFeedbackAndCheckIns) {
  std::vector<std::string> plurals;
  for (RecordKind kind : ExchangedKinds()) {
    plurals.emplace_back(PluralName(kind));
    auto parsed = ParseExchangedKind(PluralName(kind));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, kind);
  }
  EXPECT_EQ(plurals, (std::vector<std::string>{"organizations", "people", "events", "feedback",
                                               "checkins"}));
  EXPECT_EQ(ExchangedKindList(), "organizations, people, events, feedback or checkins");
}

TEST(RecordKinds, AKindNotExchangedIsRefusedNamingTheField) {
  for (const char* name : {"drafts", "checkin", "Events", ""}) {
    auto parsed = ParseExchangedKind(name);
    ASSERT_FALSE(parsed.ok()) << name;
    EXPECT_EQ(parsed.error().field, "type");
    EXPECT_EQ(parsed.error().message, "'" + std::string(name) +
                                          "' is not one of: organizations, people, events, "
                                          "feedback, checkins");
  }
}

}  // namespace
}  // namespace kenes
