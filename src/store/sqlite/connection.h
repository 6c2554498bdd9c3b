// The SQLite driver: a connection that owns its sqlite3*, and statements that own their
// sqlite3_stmt*, cached per connection so each is prepared once. Errors become kenes Errors, with
// constraint violations as conflicts.
#pragma once

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "store/sql/connection.h"

namespace kenes::sqlite {

class Connection;

class Statement final : public sql::Statement {
 public:
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement() override;

  using sql::Statement::Bind;
  sql::Statement& Bind(int index, std::int64_t value) override;
  sql::Statement& Bind(int index, double value) override;
  sql::Statement& Bind(int index, std::string_view text) override;
  sql::Statement& BindBlob(int index, std::string_view bytes) override;
  sql::Statement& BindNull(int index) override;

  Result<bool> Step() override;
  std::int64_t Changes() const override { return changes_; }

  bool IsNull(int column) const override;
  std::int64_t Int(int column) const override;
  double Real(int column) const override;
  std::string Text(int column) const override;
  std::string Blob(int column) const override;

 private:
  friend class Connection;
  Statement(Connection& connection, sqlite3_stmt* handle)
      : connection_(connection), handle_(handle) {}
  void Reset();

  Connection& connection_;
  sqlite3_stmt* handle_;
  std::int64_t changes_ = 0;
};

class Connection final : public sql::Connection {
 public:
  enum class Mode { kReadWrite, kReadOnly };

  // Opens (and for kReadWrite creates) the database at `path`, in WAL mode with foreign keys on.
  static Result<std::unique_ptr<Connection>> Open(const std::string& path, Mode mode);
  ~Connection() override;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  sql::Dialect dialect() const override { return sql::Dialect::kSqlite; }
  Result<sql::Statement*> Prepare(std::string_view sql) override;
  Status Execute(std::string_view sql) override;
  void ResetStatements() override;

  sqlite3* handle() { return db_; }
  // Whether a transaction is open: false after COMMIT or ROLLBACK, and after SQLite rolled one
  // back by itself (an I/O error, a full disk, an interrupted statement).
  bool InTransaction() const { return sqlite3_get_autocommit(db_) == 0; }
  // The error for the connection's last failure, with `what` saying what was being done.
  Error LastError(std::string_view what) const;

  // Statements run after `deadline`, or once `stop` is raised, are interrupted, and a wait for
  // another writer's lock ends then too (store/query_deadline.h); nullopt and null for none.
  void SetLimits(std::optional<std::chrono::steady_clock::time_point> deadline,
                 const std::atomic<bool>* stop) {
    deadline_ = deadline;
    stop_ = stop;
  }

 private:
  explicit Connection(sqlite3* db) : db_(db) {}
  // SQLite's progress handler: non-zero interrupts the running statement.
  static int PastDeadline(void* connection);
  // SQLite's busy handler, called with how many times it was called for this wait: non-zero
  // waits and tries again.
  static int WaitForLock(void* connection, int attempts);
  bool PastLimits() const;
  sqlite3* db_;
  std::optional<std::chrono::steady_clock::time_point> deadline_;
  const std::atomic<bool>* stop_ = nullptr;
  std::map<std::string, std::unique_ptr<Statement>, std::less<>> statements_;
};

}  // namespace kenes::sqlite
