// The access rules as a table: who passes which gate, and whose records a coordinator or a
// reporter may write.
#include "core/access.h"

#include <gtest/gtest.h>

#include "core/account.h"
#include "core/instant.h"

namespace kenes {
namespace {

constexpr Role kRoles[] = {Role::kAdmin, Role::kAnalyst, Role::kCoordinator, Role::kReporter,
                           Role::kObserver};

Actor Coordinator() { return Actor{"karaganda", Role::kCoordinator, "350000000", {}, 7}; }
Actor Reporter() { return Actor{"amanat", Role::kReporter, {}, 12, 8}; }

TEST(Gates, AdmitTheRolesOfTheDesign) {
  // gate -> the roles that pass, in kRoles order (admin, analyst, coordinator, reporter, observer)
  const std::pair<Gate, std::array<bool, 5>> table[] = {
      {Gate::kPublic, {true, true, true, true, true}},
      {Gate::kSignedIn, {true, true, true, true, true}},
      {Gate::kPublished, {true, true, true, true, true}},
      {Gate::kRecords, {true, true, true, true, false}},
      {Gate::kAudit, {true, true, false, false, false}},
      {Gate::kReport, {true, false, true, true, false}},
      {Gate::kAdmin, {true, false, false, false, false}},
      {Gate::kExport, {true, true, false, false, false}},
  };
  for (const auto& [gate, admitted] : table) {
    for (std::size_t i = 0; i < 5; ++i) {
      EXPECT_EQ(Admits(gate, kRoles[i]), admitted[i])
          << GateName(gate) << " for " << RoleName(kRoles[i]);
    }
  }
}

TEST(Gates, ARefusalSaysWhoMayInstead) {
  const Error refused = Refusal(Gate::kRecords, Role::kObserver);
  EXPECT_EQ(refused.code, ErrorCode::kForbidden);
  EXPECT_NE(refused.message.find("an observer may not"), std::string::npos) << refused.message;
  EXPECT_NE(refused.message.find("/api/v1/stats"), std::string::npos) << refused.message;
}

TEST(CheckWrite, AnAdministratorWritesAnything) {
  const Actor admin = Actor::System("cli:root");
  for (RecordKind kind : {RecordKind::kOrganization, RecordKind::kPerson, RecordKind::kEvent,
                          RecordKind::kCampaign, RecordKind::kUser, RecordKind::kVoteResult}) {
    EXPECT_TRUE(CheckWrite(admin, kind, {"750000000", {}}).ok());
  }
}

TEST(CheckWrite, ACoordinatorWritesTheRecordsOfItsRegionOnly) {
  const Actor coordinator = Coordinator();
  for (RecordKind kind : {RecordKind::kEvent, RecordKind::kFeedback, RecordKind::kCheckIn}) {
    EXPECT_TRUE(CheckWrite(coordinator, kind, {"350000000", {}}).ok());
    const Status other = CheckWrite(coordinator, kind, {"750000000", {}});
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().code, ErrorCode::kForbidden);
    EXPECT_NE(other.error().message.find("750000000"), std::string::npos);
    EXPECT_FALSE(other.error().field.empty());
    // A record of no known region is not the coordinator's either.
    EXPECT_FALSE(CheckWrite(coordinator, kind, {"", {}}).ok());
  }
  EXPECT_EQ(CheckWrite(coordinator, RecordKind::kEvent, {"750000000", {}}).error().field,
            "place_code");
  EXPECT_EQ(CheckWrite(coordinator, RecordKind::kCheckIn, {"750000000", {}}).error().field,
            "event_id");
}

TEST(CheckWrite, ACoordinatorDoesNotWriteTheRegistryTheCampaignOrAccounts) {
  for (RecordKind kind : {RecordKind::kOrganization, RecordKind::kPerson, RecordKind::kCampaign,
                          RecordKind::kUser, RecordKind::kVoteResult}) {
    const Status refused = CheckWrite(Coordinator(), kind, {"350000000", {}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
  }
}

TEST(CheckWrite, AReporterWritesWhatItsOrganizationHeldOrOrganized) {
  const Actor reporter = Reporter();
  EXPECT_TRUE(CheckWrite(reporter, RecordKind::kEvent, {"750000000", {12}}).ok());
  EXPECT_TRUE(CheckWrite(reporter, RecordKind::kFeedback, {"350000000", {3, 12}}).ok());
  const Status other = CheckWrite(reporter, RecordKind::kEvent, {"350000000", {3}});
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().field, "host_organization_id");
  EXPECT_FALSE(CheckWrite(reporter, RecordKind::kCheckIn, {"350000000", {}}).ok());
}

TEST(CheckWrite, DraftsNotYetPlacedOrCreditedAreAnyReportersToWorkOn) {
  EXPECT_TRUE(CheckWrite(Coordinator(), RecordKind::kDraft, {"", {}}).ok());
  EXPECT_FALSE(CheckWrite(Coordinator(), RecordKind::kDraft, {"750000000", {}}).ok());
  EXPECT_TRUE(CheckWrite(Reporter(), RecordKind::kDraft, {"750000000", {}}).ok());
  EXPECT_FALSE(CheckWrite(Reporter(), RecordKind::kDraft, {"750000000", {3}}).ok());
}

TEST(CheckWrite, AnalystsAndObserversWriteNothing) {
  for (Role role : {Role::kAnalyst, Role::kObserver}) {
    const Actor actor{"someone", role, {}, {}, 3};
    for (RecordKind kind : {RecordKind::kEvent, RecordKind::kFeedback, RecordKind::kCheckIn,
                            RecordKind::kDraft, RecordKind::kPerson}) {
      EXPECT_FALSE(CheckWrite(actor, kind, {"350000000", {}}).ok());
    }
  }
}

TEST(Accounts, NamesAreLowerCaseLatinAndTheScopeFitsTheRole) {
  EXPECT_TRUE(IsUserName("coord.karaganda-2"));
  EXPECT_FALSE(IsUserName("Admin"));
  EXPECT_FALSE(IsUserName("2admin"));
  EXPECT_FALSE(IsUserName("админ"));
  EXPECT_FALSE(IsUserName(""));
  EXPECT_FALSE(IsUserName(std::string(65, 'a')));

  User user{0, 0, "karaganda", Role::kCoordinator};
  EXPECT_EQ(Validate(user).error().field, "region");
  user.region_code = "350000000";
  EXPECT_TRUE(Validate(user).ok());
  user.organization_id = 4;
  EXPECT_EQ(Validate(user).error().field, "organization");
  User observer{0, 0, "press", Role::kObserver, "350000000"};
  EXPECT_EQ(Validate(observer).error().field, "region");
  User reporter{0, 0, "amanat", Role::kReporter};
  EXPECT_EQ(Validate(reporter).error().field, "organization");
}

TEST(Instant, FormatsAndParsesUtc) {
  EXPECT_EQ(FormatUtc(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(FormatUtc(1771900245), "2026-02-24T02:30:45Z");
  EXPECT_EQ(ParseUtc("2026-02-24T02:30:45Z").value(), 1771900245);
  EXPECT_FALSE(ParseUtc("2026-02-30T00:00:00Z").ok());
  EXPECT_FALSE(ParseUtc("2026-02-24 02:30:45").ok());
}

}  // namespace
}  // namespace kenes
