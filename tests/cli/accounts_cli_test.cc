// Accounts, tokens and the audit log from the command line, as an administrator runs them: the
// real binary on a real database.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "support/subprocess.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

namespace kenes {
namespace {

using testing::Completed;
using testing::KenesBinary;
using testing::TempDir;

class AccountsCli : public ::testing::Test {
 protected:
  Completed Kenes(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.begin(), KenesBinary());
    return testing::Run(args, input);
  }
  Completed Init(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"init",       "--db",   db_,         "--starts",
                                     "2026-02-12", "--ends", "2026-03-14"};
    args.insert(args.end(), extra.begin(), extra.end());
    return Kenes(args);
  }
  // A file only its owner may read, as password files must be.
  std::string Secret(const std::string& name, const std::string& text) {
    const std::string path = dir_.File(name);
    std::ofstream(path) << text;
    std::filesystem::permissions(
        path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    return path;
  }
  std::string Write(const std::string& name, const std::string& text) {
    const std::string path = dir_.File(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  // The database file changed behind kenes's back (SQLite only).
  // A fresh campaign with three events imported; `anchor` is the head `audit verify` printed.
  void ImportThreeEventsAndVerify(std::string& anchor) {
    ASSERT_EQ(Init().exit_code, 0);
    const std::string events = Write("events.jsonl",
                                     "{\"date\":\"2026-02-24\",\"place_code\":\"355630100\"}\n"
                                     "{\"date\":\"2026-02-25\",\"place_code\":\"355630100\"}\n"
                                     "{\"date\":\"2026-02-26\",\"place_code\":\"355630100\"}\n");
    ASSERT_EQ(Kenes({"import", "--db", db_, "--type", "events", events}).exit_code, 0);
    const Completed good = Kenes({"audit", "verify", "--db", db_});
    ASSERT_EQ(good.exit_code, 0) << good.out << good.err;
    std::smatch head;
    ASSERT_TRUE(std::regex_search(good.out, head, std::regex("head (\\d+:[0-9a-f]{64})")))
        << good.out;
    anchor = head[1];
  }

  void Tamper(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
    const std::string all =
        "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; " + sql;
    EXPECT_EQ(sqlite3_exec(db, all.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }

  TempDir dir_;
  testing::TestDatabase database_{dir_};
  const std::string db_ = database_.location();
};

TEST_F(AccountsCli, InitMakesTheFirstAdministratorAndShowsItsPasswordOnce) {
  const Completed first = Init();
  ASSERT_EQ(first.exit_code, 0) << first.err;
  std::smatch password;
  ASSERT_TRUE(std::regex_search(first.out, password, std::regex("password: (\\S{20})\\n")))
      << first.out;
  const Completed again = Init();
  ASSERT_EQ(again.exit_code, 0);
  EXPECT_EQ(again.out.find("password"), std::string::npos) << again.out;
  const Completed users = Kenes({"user", "list", "--db", db_});
  EXPECT_NE(users.out.find("admin"), std::string::npos);
  EXPECT_EQ(users.out.find(password[1].str()), std::string::npos);
}

TEST_F(AccountsCli, APasswordFileOthersCanReadIsRefusedAndLeavesNothing) {
  const std::string file = dir_.File("open-password");
  std::ofstream(file) << "correct horse battery staple\n";
  std::filesystem::permissions(file, std::filesystem::perms::others_read,
                               std::filesystem::perm_options::add);
  const Completed refused = Init({"--admin-password-file", file});
  EXPECT_EQ(refused.exit_code, 65);
  EXPECT_NE(refused.err.find("chmod 600"), std::string::npos) << refused.err;
  EXPECT_EQ(refused.err.find("correct horse"), std::string::npos);
  if (!database_.postgres()) {
    EXPECT_FALSE(std::filesystem::exists(db_));
  }
  const Completed weak = Init({"--admin-password-file", Secret("weak", "hunter2\n")});
  EXPECT_EQ(weak.exit_code, 65);
  EXPECT_NE(weak.err.find("--admin-password-file"), std::string::npos) << weak.err;
  EXPECT_EQ(weak.err.find("hunter2"), std::string::npos);
}

TEST_F(AccountsCli, UsersAreAddedListedAndDisabled) {
  ASSERT_EQ(Init({"--admin-password-file", Secret("pw", "correct horse battery staple")}).exit_code,
            0);
  const Completed added = Kenes({"user", "add", "--db", db_, "--name", "karaganda", "--role",
                                 "coordinator", "--region", "350000000"});
  ASSERT_EQ(added.exit_code, 0) << added.err;
  EXPECT_NE(added.out.find("created account karaganda (coordinator, region 350000000)"),
            std::string::npos)
      << added.out;
  EXPECT_TRUE(std::regex_search(added.out, std::regex("password: \\S{20}\\n")));

  const Completed wrong_role =
      Kenes({"user", "add", "--db", db_, "--name", "boss", "--role", "chief"});
  EXPECT_EQ(wrong_role.exit_code, 65);
  EXPECT_NE(wrong_role.err.find("--role"), std::string::npos);
  const Completed no_region =
      Kenes({"user", "add", "--db", db_, "--name", "lost", "--role", "coordinator"});
  EXPECT_EQ(no_region.exit_code, 65);
  EXPECT_NE(no_region.err.find("region"), std::string::npos);
  EXPECT_EQ(
      Kenes({"user", "add", "--db", db_, "--name", "karaganda", "--role", "analyst"}).exit_code, 1);

  ASSERT_EQ(Kenes({"user", "disable", "--db", db_, "--name", "karaganda"}).exit_code, 0);
  const Completed list = Kenes({"user", "list", "--db", db_});
  EXPECT_TRUE(std::regex_search(list.out, std::regex("karaganda +coordinator +region 350000000 "
                                                     "+disabled")))
      << list.out;
  EXPECT_EQ(Kenes({"token", "create", "--db", db_, "--user", "karaganda"}).exit_code, 65);
  EXPECT_EQ(Kenes({"token", "create", "--db", db_, "--user", "nobody"}).exit_code, 1);
}

TEST_F(AccountsCli, ATokenIsPrintedOnTheLastLine) {
  ASSERT_EQ(Init().exit_code, 0);
  const Completed made =
      Kenes({"token", "create", "--db", db_, "--user", "admin", "--label", "nightly import"});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  std::string out = made.out.substr(0, made.out.find_last_not_of('\n') + 1);
  const std::string last = out.substr(out.find_last_of('\n') + 1);
  EXPECT_TRUE(std::regex_match(last, std::regex("kenes_[A-Za-z0-9_-]{43}"))) << made.out;
}

TEST_F(AccountsCli, AnImportActsAsAnAccountWithinItsScopeAndIsAudited) {
  ASSERT_EQ(Init().exit_code, 0);
  ASSERT_EQ(Kenes({"user", "add", "--db", db_, "--name", "karaganda", "--role", "coordinator",
                   "--region", "350000000"})
                .exit_code,
            0);
  const std::string astana = Write("astana.jsonl",
                                   "{\"date\":\"2026-02-24\",\"place_code\":\"355630100\"}\n"
                                   "{\"date\":\"2026-02-25\",\"place_code\":\"710000000\"}\n");
  const Completed refused =
      Kenes({"import", "--db", db_, "--type", "events", "--as", "karaganda", astana});
  EXPECT_EQ(refused.exit_code, 77) << refused.err;
  EXPECT_NE(refused.err.find("line 2"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("nothing was imported"), std::string::npos);

  const std::string own =
      Write("own.jsonl", "{\"date\":\"2026-02-24\",\"place_code\":\"355630100\"}\n");
  ASSERT_EQ(Kenes({"import", "--db", db_, "--type", "events", "--as", "karaganda", own}).exit_code,
            0);
  // The same file again is recognized and imports nothing, whoever sends it; --again imports it.
  const Completed twice = Kenes({"import", "--db", db_, "--type", "events", own});
  ASSERT_EQ(twice.exit_code, 0) << twice.err;
  EXPECT_NE(twice.out.find("nothing imported: this file was imported whole as events on "),
            std::string::npos)
      << twice.out;
  EXPECT_NE(twice.out.find("by karaganda (records: 1)"), std::string::npos) << twice.out;
  EXPECT_EQ(Kenes({"audit", "log", "--db", db_, "--kind", "event"}).out.find(" cli:"),
            std::string::npos);
  ASSERT_EQ(Kenes({"import", "--db", db_, "--type", "events", "--again", own}).exit_code, 0);
  const Completed log = Kenes({"audit", "log", "--db", db_, "--kind", "event"});
  ASSERT_EQ(log.exit_code, 0);
  // Event ids may skip on PostgreSQL, whose sequences do not roll back with the refused import.
  EXPECT_NE(log.out.find(" karaganda create event "), std::string::npos) << log.out;
  EXPECT_TRUE(std::regex_search(log.out, std::regex(" cli:\\S+ create event \\d+\\n"))) << log.out;
  EXPECT_EQ(Kenes({"import", "--db", db_, "--type", "events", "--as", "ghost", own}).exit_code, 65);
}

TEST_F(AccountsCli, AuditVerifyPassesThenNamesTheEntryTamperedWith) {
  if (database_.postgres()) GTEST_SKIP() << "edits the SQLite file directly";
  std::string anchor;
  ASSERT_NO_FATAL_FAILURE(ImportThreeEventsAndVerify(anchor));

  // The entry of the event of 25 February, wherever init's own entries put it.
  std::int64_t seq = 0;
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* query = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "SELECT MIN(seq) FROM audit_log WHERE record_kind = 'event' AND "
                               "record_after LIKE '%2026-02-25%'",
                               -1, &query, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(query), SQLITE_ROW);
  seq = sqlite3_column_int64(query, 0);
  sqlite3_finalize(query);
  sqlite3_close(db);
  ASSERT_GT(seq, 0);

  Tamper(
      "UPDATE audit_log SET record_after = replace(record_after, '2026-02-25', '2026-02-20') "
      "WHERE seq = " +
      std::to_string(seq));
  const Completed edited = Kenes({"audit", "verify", "--db", db_});
  EXPECT_EQ(edited.exit_code, 2);
  EXPECT_NE(edited.out.find("BROKEN at entry " + std::to_string(seq) + " (altered)"),
            std::string::npos)
      << edited.out;
}

TEST_F(AccountsCli, AuditVerifyNamesAnEntryRemovedOrTwoSwapped) {
  if (database_.postgres()) GTEST_SKIP() << "edits the SQLite file directly";
  std::string anchor;
  ASSERT_NO_FATAL_FAILURE(ImportThreeEventsAndVerify(anchor));

  // Cutting the last entry leaves a consistent chain: only the anchor shows it.
  Tamper("DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)");
  EXPECT_EQ(Kenes({"audit", "verify", "--db", db_}).exit_code, 0);
  const Completed cut = Kenes({"audit", "verify", "--db", db_, "--anchor", anchor});
  EXPECT_EQ(cut.exit_code, 2);
  EXPECT_NE(cut.out.find("(removed)"), std::string::npos) << cut.out;

  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "DELETE FROM audit_log WHERE seq = 3", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  const Completed removed = Kenes({"audit", "verify", "--db", db_});
  EXPECT_EQ(removed.exit_code, 2);
  EXPECT_NE(removed.out.find("BROKEN at entry 3 (removed): entry 3 was removed"), std::string::npos)
      << removed.out;
}

TEST_F(AccountsCli, AuditVerifyNamesTwoEntriesSwapped) {
  if (database_.postgres()) GTEST_SKIP() << "edits the SQLite file directly";
  ASSERT_EQ(Init().exit_code, 0);
  const std::string events = Write("events.jsonl",
                                   "{\"date\":\"2026-02-24\",\"place_code\":\"355630100\"}\n"
                                   "{\"date\":\"2026-02-25\",\"place_code\":\"355630100\"}\n");
  ASSERT_EQ(Kenes({"import", "--db", db_, "--type", "events", events}).exit_code, 0);
  // Entries 3 and 4 (the two events) trade places.
  Tamper(
      "CREATE TEMP TABLE two AS SELECT * FROM audit_log WHERE seq IN (3, 4);"
      "UPDATE audit_log SET (at, actor, action, record_kind, record_id, record_before, "
      "record_after, prev_hash, hash) = (SELECT at, actor, action, record_kind, record_id, "
      "record_before, record_after, prev_hash, hash FROM two WHERE two.seq = 7 - audit_log.seq) "
      "WHERE seq IN (3, 4);");
  const Completed swapped = Kenes({"audit", "verify", "--db", db_});
  EXPECT_EQ(swapped.exit_code, 2);
  EXPECT_NE(swapped.out.find("BROKEN at entry 3 (reordered)"), std::string::npos) << swapped.out;
}

}  // namespace
}  // namespace kenes
