// The referendum's results through the ledger: checked against the gazetteer and one another,
// all or none, audited, and the shipped file loads.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "ledger/ledger_fixture.h"

namespace kenes::testing {
namespace {

constexpr const char* kHeader =
    "place_code,eligible,voted,for,against,invalid,turnout_percent,as_of,source\n";

class VoteResultsTest : public LedgerFixture {
 protected:
  // Writes `rows` under the header and loads the file.
  Result<std::size_t> Load(const std::string& rows, const Actor& actor = Actor::System("test")) {
    const std::string file = dir_.File("results.csv");
    std::ofstream(file) << kHeader << rows;
    return LoadVoteResults(*ledger_, actor, file);
  }
  std::vector<VoteResult> Stored() {
    return store_
        ->Read<std::vector<VoteResult>>([](Transaction& tx) { return tx.ListVoteResults(); })
        .value();
  }
  std::vector<AuditEntry> Audited() {
    return store_
        ->Read<std::vector<AuditEntry>>([](Transaction& tx) {
          return tx.ListAudit({"vote_result", {}, {}, 0, 1000});
        })
        .value();
  }
};

TEST_F(VoteResultsTest, ALoadedFileIsStoredAndAuditedAndLoadingItAgainChangesNothing) {
  const std::string rows =
      "350000000,900000,600000,500000,80000,20000,66.67,2026-03-16,ТИК\n"
      "352210000,60000,40000,30000,8000,2000,,2026-03-16,ТИК\n"
      "430000000,,,,,,93.04,2026-03-15T20:00:00+05:00,ЦРК\n";
  auto loaded = Load(rows);
  ASSERT_TRUE(loaded.ok()) << loaded.error().field << ": " << loaded.error().message;
  EXPECT_EQ(*loaded, 3u);
  const auto stored = Stored();
  ASSERT_EQ(stored.size(), 3u);
  EXPECT_EQ(stored[0].place_code, "350000000");
  EXPECT_EQ(stored[0].votes_for, 500000);
  EXPECT_EQ(stored[1].place_code, "352210000");
  EXPECT_EQ(stored[2].turnout_percent, 93.04);
  ASSERT_EQ(Audited().size(), 3u);
  EXPECT_EQ(Audited()[0].record_id, 350000000);
  EXPECT_EQ(Audited()[0].actor, "test");

  auto again = Load(rows);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, 0u);
  EXPECT_EQ(Audited().size(), 3u);

  // A corrected figure replaces the old one, and the audit keeps both.
  auto corrected = Load("430000000,,,,,,93.1,2026-03-16,ЦРК\n");
  ASSERT_TRUE(corrected.ok());
  EXPECT_EQ(*corrected, 1u);
  EXPECT_EQ(Stored()[2].turnout_percent, 93.1);
  const auto audited = Audited();
  ASSERT_EQ(audited.size(), 4u);
  EXPECT_EQ(audited[3].action, "update");
  EXPECT_NE(audited[3].before.find("93.04"), std::string::npos);
}

TEST_F(VoteResultsTest, AnUnknownRegionIsNamedByRowAndNothingIsImported) {
  auto loaded = Load(
      "430000000,,,,,,93.04,2026-03-15,ЦРК\n"
      "990000000,,,,,,50,2026-03-15,ЦРК\n");
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.error().field.find("row 3: column place_code"), std::string::npos)
      << loaded.error().field;
  EXPECT_NE(loaded.error().field.find("results.csv"), std::string::npos) << loaded.error().field;
  EXPECT_TRUE(Stored().empty());
  EXPECT_TRUE(Audited().empty());
}

TEST_F(VoteResultsTest, DistrictsMayNotAddUpToMoreThanTheirRegion) {
  ASSERT_TRUE(Load("350000000,900000,600000,500000,80000,20000,,2026-03-16,ТИК\n").ok());
  // Saran and Temirtau, districts of the Karaganda region, with more voters between them than
  // the region: refused, naming the row that broke it, though each row alone is valid.
  auto loaded = Load(
      "352210000,400000,350000,,,,,2026-03-16,ТИК\n"
      "352410000,400000,350000,,,,,2026-03-16,ТИК\n");
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.error().field.find("row 2: column voted"), std::string::npos)
      << loaded.error().field;
  EXPECT_NE(loaded.error().message.find("700000"), std::string::npos) << loaded.error().message;
  EXPECT_EQ(Stored().size(), 1u);
}

TEST_F(VoteResultsTest, OnlyRegionsDistrictsAndTheCountryHaveResults) {
  // Osakarovka, a settlement.
  auto loaded = Load("355630100,,,,,,50,2026-03-15,ЦРК\n");
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.error().message.find("region or district"), std::string::npos)
      << loaded.error().message;
}

TEST_F(VoteResultsTest, OnlyAnAdministratorWritesResults) {
  const Actor analyst{"analyst", Role::kAnalyst, {}, {}, 7};
  auto loaded = Load("430000000,,,,,,93.04,2026-03-15,ЦРК\n", analyst);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().code, ErrorCode::kForbidden);
  EXPECT_TRUE(Stored().empty());
}

// data/results.csv, the figures kenes ships: every row valid and every region present.
TEST_F(VoteResultsTest, TheShippedResultsLoad) {
  auto loaded = LoadVoteResults(*ledger_, Actor::System("test"),
                                std::string(KENES_DATA_DIR) + "/results.csv");
  ASSERT_TRUE(loaded.ok()) << loaded.error().field << ": " << loaded.error().message;
  const auto stored = Stored();
  std::size_t regions = 0;
  for (const VoteResult& result : stored) {
    const Place* place = ledger_->gazetteer()->Find(result.place_code);
    if (place && place->level == PlaceLevel::kRegion) ++regions;
    EXPECT_FALSE(result.source.empty()) << result.place_code;
  }
  EXPECT_EQ(regions, 20u);
  const auto country = std::find_if(stored.begin(), stored.end(),
                                    [](const VoteResult& r) { return r.place_code == "KZ"; });
  ASSERT_NE(country, stored.end());
  EXPECT_EQ(country->votes_for, 7'954'667);
}

}  // namespace
}  // namespace kenes::testing
