// kenes claims check as a user runs it: a text's claims against a database's figures.
#include <gtest/gtest.h>

#include <fstream>

#include "support/subprocess.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

namespace kenes {
namespace {

using testing::Completed;
using testing::KenesBinary;
using testing::TempDir;

class ClaimsCli : public ::testing::Test {
 protected:
  Completed Kenes(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.begin(), KenesBinary());
    return testing::Run(args, input);
  }
  TempDir dir_;
  testing::TestDatabase database_{dir_};
  const std::string db_ = database_.location();
};

TEST_F(ClaimsCli, PrintsEachClaimWithItsVerdictFigureAndWhy) {
  ASSERT_EQ(
      Kenes({"init", "--db", db_, "--starts", "2026-02-12", "--ends", "2026-03-14"}).exit_code, 0);
  // около 200 and более 400, both in Karaganda region: 581–720.
  ASSERT_EQ(Kenes({"import", "--db", db_, "--type", "events", "--format", "csv", "-"},
                  "date,place_code,attendance\n2026-02-24,355630100,около 200\n"
                  "2026-02-24,350000000,более 400\n")
                .exit_code,
            0);
  const std::string path = dir_.File("claims.txt");
  std::ofstream(path, std::ios::binary)
      << "Встречи охватили более 550 человек. На встречи пришли более 600 человек.\n"
         "Мероприятия прошли во всех регионах.";
  Completed all = Kenes({"claims", "check", "--db", db_, path});
  ASSERT_EQ(all.exit_code, 0) << all.err;
  EXPECT_NE(all.out.find("supported     более 550 человек\n  figure: сумма явки проведённых "
                         "мероприятий: 581–720"),
            std::string::npos)
      << all.out;
  EXPECT_NE(all.out.find("not_supported более 600 человек"), std::string::npos) << all.out;
  EXPECT_NE(all.out.find("not_supported Мероприятия прошли во всех регионах."), std::string::npos)
      << all.out;
  // Within the one region that has events, "все регионы" holds.
  Completed karaganda = Kenes({"claims", "check", "--db", db_, "--region", "350000000", path});
  ASSERT_EQ(karaganda.exit_code, 0) << karaganda.err;
  EXPECT_NE(karaganda.out.find("supported     Мероприятия прошли во всех регионах."),
            std::string::npos)
      << karaganda.out;

  Completed missing = Kenes({"claims", "check", "--db", db_, dir_.File("none.txt")});
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.err.find("none.txt"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace kenes
