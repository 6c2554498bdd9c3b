#include "store/backup.h"

#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <memory>

namespace kenes {
namespace {

struct Closer {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
using Database = std::unique_ptr<sqlite3, Closer>;

Result<Database> OpenFile(const std::string& path, int flags) {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  Database owned(db);
  if (rc != SQLITE_OK) {
    return Error{ErrorCode::kUnavailable, "cannot open '" + path + "': " + sqlite3_errstr(rc),
                 "db"};
  }
  return owned;
}

}  // namespace

Result<std::int64_t> BackupSqlite(const std::string& path, const std::string& out) {
  if (access(path.c_str(), R_OK) != 0) {
    return Error{ErrorCode::kUnavailable, "there is no database at '" + path + "'", "db"};
  }
  KENES_ASSIGN(Database source, OpenFile(path, SQLITE_OPEN_READONLY));
  // Written beside the target and renamed at the end: a failed backup leaves no half file.
  const std::string partial = out + ".partial";
  std::remove(partial.c_str());
  KENES_ASSIGN(Database target, OpenFile(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
  sqlite3_backup* backup = sqlite3_backup_init(target.get(), "main", source.get(), "main");
  if (!backup) {
    return Error{ErrorCode::kUnavailable,
                 std::string("cannot start the backup: ") + sqlite3_errmsg(target.get()), "--out"};
  }
  int rc = SQLITE_OK;
  do {
    // A few hundred pages a step, pausing between, so writers are not held up.
    rc = sqlite3_backup_step(backup, 256);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(20);
  } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  const std::int64_t pages = sqlite3_backup_pagecount(backup);
  sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) {
    std::remove(partial.c_str());
    return Error{ErrorCode::kUnavailable, std::string("the backup failed: ") + sqlite3_errstr(rc),
                 "--out"};
  }
  target.reset();
  if (std::rename(partial.c_str(), out.c_str()) != 0) {
    return Error{ErrorCode::kUnavailable, "cannot write '" + out + "'", "--out"};
  }
  return pages;
}

}  // namespace kenes
