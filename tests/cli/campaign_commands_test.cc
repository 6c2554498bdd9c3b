// kenes gen, kenes report and kenes stats as a user runs them: a small synthetic campaign, its
// figures, its report files.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/subprocess.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

namespace kenes {
namespace {

using testing::Completed;
using testing::KenesBinary;

class CampaignCommands : public ::testing::Test {
 protected:
  Completed Kenes(std::vector<std::string> args) {
    args.insert(args.begin(), KenesBinary());
    return testing::Run(args);
  }
  Completed Gen(const std::string& db, const std::string& seed = "7") {
    return Kenes({"gen", "--db", db, "--events", "300", "--checkins", "3000", "--feedback", "400",
                  "--seed", seed});
  }
  testing::TempDir dir_;
  testing::TestDatabase database_{dir_};
  const std::string db_ = database_.location();
};

TEST_F(CampaignCommands, GenWritesTheCampaignAskedForAndTheSameForTheSameSeed) {
  Completed generated = Gen(db_);
  ASSERT_EQ(generated.exit_code, 0) << generated.err;
  EXPECT_NE(generated.out.find("check-ins  3000 written"), std::string::npos) << generated.out;
  Completed stats = Kenes({"stats", "--db", db_});
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  EXPECT_NE(stats.out.find("check-ins         3 000, distinct people"), std::string::npos)
      << stats.out;
  EXPECT_NE(stats.out.find("feedback          400"), std::string::npos) << stats.out;
  EXPECT_NE(stats.out.find("5 parties"), std::string::npos) << stats.out;
  EXPECT_NE(stats.out.find("support"), std::string::npos) << stats.out;

  testing::TestDatabase again(dir_, "again.db");
  ASSERT_EQ(Gen(again.location()).exit_code, 0);
  EXPECT_EQ(Kenes({"stats", "--db", again.location()}).out, stats.out);

  Completed twice = Gen(db_);
  EXPECT_EQ(twice.exit_code, 65);
  EXPECT_NE(twice.err.find("--db"), std::string::npos) << twice.err;
}

TEST_F(CampaignCommands, ReportWritesEachFormat) {
  ASSERT_EQ(Gen(db_).exit_code, 0);
  const std::string html = dir_.File("report.html");
  Completed written =
      Kenes({"report", "--db", db_, "--format", "html", "--out", html, "--as-of", "2026-03-14"});
  ASSERT_EQ(written.exit_code, 0) << written.err;
  std::ifstream in(html);
  const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(page.find("Итоги разъяснительной кампании"), std::string::npos);
  EXPECT_NE(page.find("Непосещённые районы"), std::string::npos);

  ASSERT_EQ(
      Kenes({"report", "--db", db_, "--format", "xlsx", "--out", dir_.File("r.xlsx")}).exit_code,
      0);
  EXPECT_GT(std::filesystem::file_size(dir_.File("r.xlsx")), 5000u);
  ASSERT_EQ(Kenes({"report", "--db", db_, "--format", "csv", "--out", dir_.File("csv")}).exit_code,
            0);
  EXPECT_TRUE(std::filesystem::exists(dir_.File("csv/totals.csv")));

  Completed region =
      Kenes({"report", "--db", db_, "--format", "html", "--out", html, "--region", "355600000"});
  EXPECT_EQ(region.exit_code, 65);
  EXPECT_NE(region.err.find("region"), std::string::npos) << region.err;
  Completed format = Kenes({"report", "--db", db_, "--format", "docx", "--out", html});
  EXPECT_NE(format.exit_code, 0);
}

}  // namespace
}  // namespace kenes
