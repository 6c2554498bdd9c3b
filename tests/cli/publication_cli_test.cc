// kenes publication as a user runs it: a release written from imported events, the register,
// and the export that carries the imprint; bad input named and nothing written.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "support/subprocess.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

namespace kenes {
namespace {

using testing::Completed;
using testing::KenesBinary;
using testing::TempDir;

class PublicationCli : public ::testing::Test {
 protected:
  Completed Kenes(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.begin(), KenesBinary());
    return testing::Run(args, input);
  }
  std::vector<std::string> Write(const std::string& events, const std::string& language,
                                 const std::string& paid_by) {
    return {"publication",  "write",        "--db",      db_,         "--events",
            events,         "--language",   language,    "--made-by", "ТОО «Медиа»",
            "--ordered-by", "Оспанов М.Ж.", "--paid-by", paid_by};
  }
  // The ids of the stored events, in the order imported, as "12,15".
  std::vector<std::string> EventIds() {
    std::istringstream lines(
        Kenes({"export", "--db", db_, "--type", "events", "--format", "jsonl"}).out);
    std::vector<std::string> ids;
    for (std::string line; std::getline(lines, line);) {
      ids.push_back(std::to_string(nlohmann::json::parse(line)["id"].get<long long>()));
    }
    return ids;
  }
  // The id `kenes publication write` printed: "publication 3, a draft of ...".
  static std::string WrittenId(const std::string& out) {
    const std::size_t start = out.find("publication ") + 12;
    return out.substr(start, out.find(',', start) - start);
  }
  TempDir dir_;
  testing::TestDatabase database_{dir_};
  const std::string db_ = database_.location();
};

TEST_F(PublicationCli, WritesListsAndExportsAReleaseWithItsImprint) {
  ASSERT_EQ(
      Kenes({"init", "--db", db_, "--starts", "2026-02-12", "--ends", "2026-03-14"}).exit_code, 0);
  ASSERT_EQ(Kenes({"import", "--db", db_, "--type", "events", "--format", "csv", "-"},
                  "date,place_code,attendance\n2026-02-24,355630100,около 200\n"
                  "2026-02-24,355230100,более 400\n")
                .exit_code,
            0);
  const std::vector<std::string> ids = EventIds();
  ASSERT_EQ(ids.size(), 2u);
  const std::string both = ids[0] + "," + ids[1];

  Completed blank = Kenes(Write(both, "ru", "   "));
  EXPECT_NE(blank.exit_code, 0);
  EXPECT_NE(blank.err.find("imprint.paid_by"), std::string::npos) << blank.err;
  Completed bad_id = Kenes(Write(ids[0] + ",x", "ru", "ОО «Партия»"));
  EXPECT_NE(bad_id.exit_code, 0);
  EXPECT_NE(bad_id.err.find("--events"), std::string::npos) << bad_id.err;
  Completed language = Kenes(Write(ids[0], "en", "ОО «Партия»"));
  EXPECT_NE(language.exit_code, 0);
  EXPECT_NE(language.err.find("--language"), std::string::npos) << language.err;
  EXPECT_EQ(Kenes({"publication", "list", "--db", db_}).out, "");

  Completed russian = Kenes(Write(both, "ru", "ОО «Партия»"));
  ASSERT_EQ(russian.exit_code, 0) << russian.err;
  EXPECT_NE(russian.out.find("около 200"), std::string::npos) << russian.out;
  EXPECT_NE(russian.out.find("более 400"), std::string::npos) << russian.out;
  EXPECT_NE(russian.out.find("Оплачено из средств ОО «Партия»"), std::string::npos);
  Completed kazakh = Kenes(Write(ids[1], "kk", "«Партия» ҚБ"));
  ASSERT_EQ(kazakh.exit_code, 0) << kazakh.err;
  EXPECT_NE(kazakh.out.find("400-ден астам"), std::string::npos) << kazakh.out;
  EXPECT_NE(kazakh.out.find("«Партия» ҚБ қаражатынан төленді"), std::string::npos);

  const std::string ru_id = WrittenId(russian.out), kk_id = WrittenId(kazakh.out);
  Completed listed = Kenes({"publication", "list", "--db", db_});
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  EXPECT_NE(listed.out.find(ru_id + "\tdraft\tru\tv1\t350000000\t"), std::string::npos)
      << listed.out;
  EXPECT_NE(listed.out.find(kk_id + "\tdraft\tkk\tv1\t350000000\t"), std::string::npos)
      << listed.out;

  const std::string html = dir_.File("release.html");
  Completed exported =
      Kenes({"publication", "export", kk_id, "--db", db_, "--format", "html", "--out", html});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  Completed text = Kenes({"publication", "export", kk_id, "--db", db_});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("Дайындаған: ТОО «Медиа»\nТапсырыс беруші: Оспанов М.Ж.\n"),
            std::string::npos)
      << text.out;
  Completed missing = Kenes({"publication", "export", "999999", "--db", db_});
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.err.find("no publication has id 999999"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace kenes
