// The kenes command as a user runs it, on a real database file.
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "analytics/analytics.h"
#include "support/subprocess.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

namespace kenes {
namespace {

using testing::Completed;
using testing::KenesBinary;
using testing::TempDir;

class Cli : public ::testing::Test {
 protected:
  Completed Kenes(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.begin(), KenesBinary());
    return testing::Run(args, input);
  }
  Completed Init() {
    return Kenes({"init", "--db", db_, "--starts", "2026-02-12", "--ends", "2026-03-14"});
  }
  std::string Write(const std::string& name, const std::string& text) {
    const std::string path = dir_.File(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  std::string ExportEvents() {
    return Kenes({"export", "--db", db_, "--type", "events", "--format", "jsonl"}).out;
  }

  TempDir dir_;
  testing::TestDatabase database_{dir_};
  const std::string db_ = database_.location();
};

TEST_F(Cli, InitNeedsTheCampaignDaysAndSaysSo) {
  Completed missing = Kenes({"init", "--db", db_});
  EXPECT_EQ(missing.exit_code, 65);
  EXPECT_NE(missing.err.find("--starts"), std::string::npos) << missing.err;

  Completed created = Init();
  ASSERT_EQ(created.exit_code, 0) << created.err;
  EXPECT_NE(created.out.find("created"), std::string::npos);
  EXPECT_NE(created.err.find("296 places"), std::string::npos) << created.err;
  Completed again = Kenes({"init", "--db", db_});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("updated"), std::string::npos);
}

TEST_F(Cli, AnEventsAddressAndLanguageTravelThroughCsvAndJsonl) {
  ASSERT_EQ(Init().exit_code, 0);
  const std::string csv =
      "date,place_code,venue,language,source_url\n"
      "2026-02-24,355630100,Дом культуры,kk,https://karaganda-region.gov.kz/kk/news/1\n"
      "2026-02-25,350000000,шахта «Тентек»,,\n";
  Completed imported = Kenes({"import", "--db", db_, "--type", "events", Write("e.csv", csv)});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  const std::string jsonl = ExportEvents();
  const auto first = nlohmann::json::parse(jsonl.substr(0, jsonl.find('\n')));
  EXPECT_EQ(first["language"], "kk");
  EXPECT_EQ(first["source_url"], "https://karaganda-region.gov.kz/kk/news/1");

  // JSONL into another database, then CSV out of it: the same two values.
  testing::TestDatabase other_database(dir_, "other.db");
  const std::string other = other_database.location();
  ASSERT_EQ(
      Kenes({"init", "--db", other, "--starts", "2026-02-12", "--ends", "2026-03-14"}).exit_code,
      0);
  Completed moved = Kenes({"import", "--db", other, "--type", "events", Write("e.jsonl", jsonl)});
  ASSERT_EQ(moved.exit_code, 0) << moved.err;
  Completed exported = Kenes({"export", "--db", other, "--type", "events", "--format", "csv"});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_NE(exported.out.find(",kk,"), std::string::npos) << exported.out;
  EXPECT_NE(exported.out.find("https://karaganda-region.gov.kz/kk/news/1"), std::string::npos);

  // A language kenes does not keep is refused with its column, and nothing is imported.
  Completed wrong = Kenes({"import", "--db", db_, "--type", "events",
                           Write("w.csv", "date,place_code,language\n2026-02-24,355630100,en\n")});
  EXPECT_NE(wrong.exit_code, 0);
  EXPECT_NE(wrong.err.find("language"), std::string::npos) << wrong.err;
  EXPECT_NE(wrong.err.find("nothing was imported"), std::string::npos) << wrong.err;
}

TEST_F(Cli, ServeWithoutADatabaseSaysToRunInit) {
  testing::TestDatabase none(dir_, "none.db");
  Completed serve = Kenes({"serve", "--db", none.location()});
  EXPECT_EQ(serve.exit_code, 69);
  EXPECT_NE(serve.err.find("kenes init"), std::string::npos) << serve.err;
  if (!none.postgres()) {
    EXPECT_FALSE(std::filesystem::exists(none.location()));
  }
}

TEST_F(Cli, ImportsACsvFromExcelAndExportsItBack) {
  ASSERT_EQ(Init().exit_code, 0);
  // Excel in a Russian locale: a byte order mark, ';' between fields, CRLF line ends.
  const std::string csv =
      "\xEF\xBB\xBF"
      "date;place_code;venue;audience;attendance\r\n"
      "2026-02-24;355630100;Дом культуры поселка Осакаровка;farmers;около 200\r\n"
      "2026-02-24;352210000;\"ТОО \"\"ТЭМПО КАЗАХСТАН\"\"\";industrial_workers;\r\n"
      "2026-02-25;350000000;шахта «Тентек»;miners|youth;более 400\r\n";
  Completed imported = Kenes({"import", "--db", db_, "--type", "events", Write("e.csv", csv)});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_NE(imported.out.find("imported 3 events"), std::string::npos);

  Completed exported =
      Kenes({"export", "--db", db_, "--type", "events", "--out", dir_.File("out.csv")});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  std::ifstream file(dir_.File("out.csv"));
  const std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("ТОО \"\"ТЭМПО КАЗАХСТАН\"\""), std::string::npos);
  EXPECT_NE(text.find("more_than"), std::string::npos);

  // What was exported imports into a new database unchanged.
  testing::TestDatabase other_database(dir_, "other.db");
  const std::string other = other_database.location();
  ASSERT_EQ(
      Kenes({"init", "--db", other, "--starts", "2026-02-12", "--ends", "2026-03-14"}).exit_code,
      0);
  Completed reimported = Kenes({"import", "--db", other, "--type", "events", dir_.File("out.csv")});
  ASSERT_EQ(reimported.exit_code, 0) << reimported.err;
  const std::string first = ExportEvents();
  const std::string second =
      Kenes({"export", "--db", other, "--type", "events", "--format", "jsonl"}).out;
  // Identical but for the times each copy was written.
  const auto without_times = [](std::string text) {
    for (const char* key : {"\"created_at\":\"", "\"updated_at\":\""}) {
      for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at + 1)) {
        text.replace(at + std::strlen(key), 20, std::string(20, '_'));
      }
    }
    return text;
  };
  EXPECT_EQ(without_times(first), without_times(second));
}

TEST_F(Cli, AFailedImportImportsNothingAndNamesTheRow) {
  ASSERT_EQ(Init().exit_code, 0);
  const std::string broken =
      "date,place_code,venue\n"
      "2026-02-24,355630100,Дом культуры\n"
      "2026-02-24,352210000,\"ТОО ТЭМПО\n";
  Completed quote = Kenes({"import", "--db", db_, "--type", "events", Write("q.csv", broken)});
  EXPECT_EQ(quote.exit_code, 65);
  EXPECT_NE(quote.err.find("row 3"), std::string::npos) << quote.err;
  EXPECT_NE(quote.err.find("nothing was imported"), std::string::npos);

  const std::string unknown_place = "date,place_code\n2026-02-24,355630100\n2026-02-24,123456789\n";
  Completed place =
      Kenes({"import", "--db", db_, "--type", "events", Write("p.csv", unknown_place)});
  EXPECT_EQ(place.exit_code, 65);
  EXPECT_NE(place.err.find("row 3: place_code"), std::string::npos) << place.err;

  // "Қарағанды" typed in Windows-1251 cannot be; this is "Караганда" in that encoding.
  const std::string cp1251 = "date,place_code,venue\n2026-02-24,355630100,\xCA\xE0\xF0\xE0\n";
  Completed encoding = Kenes({"import", "--db", db_, "--type", "events", Write("w.csv", cp1251)});
  EXPECT_EQ(encoding.exit_code, 65);
  EXPECT_NE(encoding.err.find("Windows-1251"), std::string::npos) << encoding.err;

  const std::string jsonl = "{\"date\":\"2026-02-24\",\"place_code\":\"355630100\"}\n{\"date\":\n";
  Completed json = Kenes({"import", "--db", db_, "--type", "events", Write("e.jsonl", jsonl)});
  EXPECT_EQ(json.exit_code, 65);
  EXPECT_NE(json.err.find("line 2"), std::string::npos) << json.err;

  EXPECT_EQ(ExportEvents(), "");
}

TEST_F(Cli, ImportsCheckInsFromStandardInputHashingTheIdentifiers) {
  ASSERT_EQ(Init().exit_code, 0);
  ASSERT_EQ(Kenes({"import", "--db", db_, "--type", "events", "--format", "jsonl", "-"},
                  "{\"id\":7,\"date\":\"2026-02-24\",\"place_code\":\"352210000\"}\n")
                .exit_code,
            0);
  Completed imported =
      Kenes({"import", "--db", db_, "--type", "checkins", "--format", "csv", "-"},
            "event_id,participant,age_band\n7,870412300129,30_44\n7,+7 701 123 45 67,18_29\n");
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  Completed exported = Kenes({"export", "--db", db_, "--type", "checkins"});
  EXPECT_EQ(exported.out.find("870412300129"), std::string::npos);
  EXPECT_EQ(exported.out.find("7011234567"), std::string::npos);
  EXPECT_NE(exported.out.find("participant_hash"), std::string::npos);
  Completed stats = Kenes({"stats", "--db", db_});
  EXPECT_NE(stats.out.find("distinct people 2"), std::string::npos) << stats.out;
}

TEST_F(Cli, StatsShowTotalsAsRanges) {
  ASSERT_EQ(Init().exit_code, 0);
  ASSERT_EQ(Kenes({"import", "--db", db_, "--type", "events", "--format", "csv", "-"},
                  "date,place_code,attendance\n2026-02-24,355630100,около 200\n"
                  "2026-02-24,350000000,более 400\n")
                .exit_code,
            0);
  Completed stats = Kenes({"stats", "--db", db_});
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  EXPECT_NE(stats.out.find("601 (581–720)"), std::string::npos) << stats.out;
  EXPECT_NE(stats.out.find("Карагандинская область"), std::string::npos);
}

// kenes stats counts as the dashboard does: a figure plausibility holds back ("более 400" at a
// mine of 300) is outside the total and shown apart, and counts once confirmed.
TEST_F(Cli, StatsPrintTheDashboardsTotalsWithFiguresHeldBackForReview) {
  ASSERT_EQ(Init().exit_code, 0);
  ASSERT_EQ(Kenes({"import", "--db", db_, "--type", "organizations", "--format", "jsonl", "-"},
                  "{\"id\":5,\"name\":\"Шахта имени Костенко\",\"kind\":\"company\","
                  "\"headcount\":300}\n")
                .exit_code,
            0);
  ASSERT_EQ(Kenes({"import", "--db", db_, "--type", "events", "--format", "csv", "-"},
                  "id,date,place_code,host_organization_id,attendance\n"
                  "1,2026-02-24,355630100,,около 200\n"
                  "2,2026-02-25,355230100,5,более 400\n")
                .exit_code,
            0);
  auto store = testing::OpenTestStore(database_);
  auto dashboard = analytics::Analytics(*store).ComputeDashboard({}, Date::FromCivil(2026, 3, 14));
  ASSERT_TRUE(dashboard.ok()) << dashboard.error().message;
  EXPECT_EQ(dashboard->totals.attendance, (AttendanceTotal{200, 180, 220}));
  EXPECT_EQ(dashboard->totals.attendance_flagged, (AttendanceTotal{401, 401, 500}));

  Completed held_back = Kenes({"stats", "--db", db_});
  ASSERT_EQ(held_back.exit_code, 0) << held_back.err;
  EXPECT_NE(held_back.out.find("events held       2 "), std::string::npos) << held_back.out;
  EXPECT_NE(held_back.out.find("attendance        200 (180–220), from the 1 events"),
            std::string::npos)
      << held_back.out;
  EXPECT_NE(held_back.out.find("awaiting review   401 (401–500), from 1 events"), std::string::npos)
      << held_back.out;

  ASSERT_TRUE(store
                  ->Write<FigureReview>([](Transaction& tx) {
                    return tx.PutFigureReview({2, "более 400", ReviewDecision::kConfirmed, "", ""});
                  })
                  .ok());
  Completed confirmed = Kenes({"stats", "--db", db_});
  ASSERT_EQ(confirmed.exit_code, 0) << confirmed.err;
  EXPECT_NE(confirmed.out.find("attendance        601 (581–720), from the 2 events"),
            std::string::npos)
      << confirmed.out;
  EXPECT_EQ(confirmed.out.find("awaiting review"), std::string::npos) << confirmed.out;
}

TEST_F(Cli, ImportsTheOfficialClassifierAndSearchesIt) {
  ASSERT_EQ(Init().exit_code, 0);
  const std::string kato =
      "te,ab,cd,ef,hij,k,kaz_name,rus_name,nn\n"
      "350000000,35,00,00,000,0,Қарағанды облысы,Карагандинская область,\n"
      "355600000,35,56,00,000,0,Осакаров ауданы,Осакаровский район,\n"
      "355630000,35,56,30,000,0,Осакаровка к.ә.,Осакаровская п.а.,\n"
      "355630100,35,56,30,100,0,Осакаровка к.,п.Осакаровка,\n"
      "355633100,35,56,33,100,0,Пионер а.,с.Пионер,\n";
  Completed imported = Kenes({"gazetteer", "import", "--db", db_, Write("kato.csv", kato)});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  Completed search = Kenes({"gazetteer", "search", "--db", db_, "селе Пионер"});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  EXPECT_NE(search.out.find("355633100"), std::string::npos) << search.out;
}

}  // namespace
}  // namespace kenes

namespace kenes {
namespace {

TEST(CliBackup, CopiesAnSqliteDatabaseThatStillServesAndRefusesAServer) {
  testing::TempDir dir;
  const std::string db = dir.File("campaign.db");
  const auto kenes = [](std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.begin(), testing::KenesBinary());
    return testing::Run(args, input);
  };
  ASSERT_EQ(kenes({"init", "--db", db, "--starts", "2026-02-12", "--ends", "2026-03-14"}).exit_code,
            0);
  ASSERT_EQ(kenes({"import", "--db", db, "--type", "events", "--format", "csv", "-"},
                  "date,place_code,attendance\n2026-02-24,355630100,около 200\n")
                .exit_code,
            0);
  const std::string copy = dir.File("copy.db");
  testing::Completed backup = kenes({"backup", "--db", db, "--out", copy});
  ASSERT_EQ(backup.exit_code, 0) << backup.err;
  testing::Completed stats =
      kenes({"stats", "--db", copy, "--key-file", dir.File("campaign.db.key")});
  EXPECT_NE(stats.out.find("200 (180–220)"), std::string::npos) << stats.out << stats.err;

  testing::Completed server =
      kenes({"backup", "--db", "postgresql://kenes@127.0.0.1/kenes", "--out", dir.File("x.db")});
  EXPECT_EQ(server.exit_code, 65);
  EXPECT_NE(server.err.find("pg_dump"), std::string::npos);
}

}  // namespace
}  // namespace kenes

namespace kenes {
namespace {

// kenes init loads the shipped results; `kenes results import` replaces them from a file, all
// rows or none, and `list` prints what import reads.
TEST_F(Cli, ResultsComeWithInitAndAnImportIsAllOrNothing) {
  ASSERT_EQ(Init().exit_code, 0);
  Completed shipped = Kenes({"results", "list", "--db", db_});
  ASSERT_EQ(shipped.exit_code, 0) << shipped.err;
  EXPECT_NE(shipped.out.find("KZ,12482613,9127192,7954667,898099,146558,73.12,2026-03-17,"),
            std::string::npos)
      << shipped.out;
  EXPECT_NE(shipped.out.find("430000000,,,,,,93.04,"), std::string::npos) << shipped.out;

  const std::string header =
      "place_code,eligible,voted,for,against,invalid,turnout_percent,as_of,source\n";
  Completed bad =
      Kenes({"results", "import", "--db", db_,
             Write("bad.csv", header + "350000000,900000,600000,510000,,,,2026-03-16,ТИК\n"
                                       "430000000,,\"93,04\",,,,,2026-03-16,ТИК\n")});
  EXPECT_EQ(bad.exit_code, 65);
  EXPECT_NE(bad.err.find("row 3: column voted"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("percentage"), std::string::npos) << bad.err;
  EXPECT_EQ(Kenes({"results", "list", "--db", db_}).out, shipped.out);

  Completed good = Kenes({"results", "import", "--db", db_,
                          Write("good.csv", header + "350000000,900000,600000,510000,70000,20000,,"
                                                     "2026-03-16,ТИК\n")});
  ASSERT_EQ(good.exit_code, 0) << good.err;
  EXPECT_NE(good.out.find("1 results added or changed"), std::string::npos) << good.out;
  const std::string listed = Kenes({"results", "list", "--db", db_}).out;
  EXPECT_NE(listed.find("350000000,900000,600000,510000,70000,20000,,2026-03-16,ТИК"),
            std::string::npos)
      << listed;
}

}  // namespace
}  // namespace kenes
