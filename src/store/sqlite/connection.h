// RAII wrappers over the SQLite C API: a connection that owns its sqlite3*, and statements that
// own their sqlite3_stmt*, cached per connection so a statement is prepared once and reused.
// Errors come back as kenes Errors, with constraint violations as conflicts.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace kenes::sqlite {

class Connection;

// A prepared statement. Bind parameters are 1-based as in SQLite; column indexes are 0-based.
// Obtained from Connection::Prepare, which resets it and clears its bindings.
class Statement {
 public:
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  Statement& Bind(int index, std::int64_t value);
  Statement& Bind(int index, int value) { return Bind(index, static_cast<std::int64_t>(value)); }
  Statement& Bind(int index, double value);
  Statement& Bind(int index, std::string_view text);  // copied by SQLite
  Statement& Bind(int index, const char* text) { return Bind(index, std::string_view(text)); }
  Statement& Bind(int index, const std::string& text) {
    return Bind(index, std::string_view(text));
  }
  Statement& BindBlob(int index, std::string_view bytes);
  Statement& BindNull(int index);
  template <class T>
  Statement& Bind(int index, const std::optional<T>& value) {
    return value ? Bind(index, *value) : BindNull(index);
  }
  // Binds NULL for an empty string: optional text columns hold NULL, not ''.
  Statement& BindOrNull(int index, std::string_view text) {
    return text.empty() ? BindNull(index) : Bind(index, text);
  }

  // Advances to the next row: true when there is one, false when done.
  Result<bool> Step();
  // Makes a statement that was stepped ready to run again, keeping its bindings: for loops that
  // run one statement per row and rebind every parameter, without Prepare's lookup each time.
  void Rewind() { sqlite3_reset(handle_); }
  // Runs a statement that returns no rows.
  Status Run();

  bool IsNull(int column) const;
  std::int64_t Int(int column) const;
  double Real(int column) const;
  std::string Text(int column) const;  // "" for NULL
  // The text without a copy, valid until the next Step: for scans of millions of rows.
  std::string_view TextView(int column) const;
  std::optional<std::int64_t> OptionalInt(int column) const;
  std::string_view Blob(int column) const;

 private:
  friend class Connection;
  Statement(Connection& connection, sqlite3_stmt* handle)
      : connection_(connection), handle_(handle) {}
  void Reset();

  Connection& connection_;
  sqlite3_stmt* handle_;
};

class Connection {
 public:
  enum class Mode { kReadWrite, kReadOnly };

  // Opens (and for kReadWrite creates) the database at `path`, in WAL mode with foreign keys on.
  static Result<std::unique_ptr<Connection>> Open(const std::string& path, Mode mode);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // The cached statement for `sql`, reset and ready to bind. The reference stays valid for the
  // life of the connection. REQUIRES: the statement is not in use further up the call stack.
  Result<Statement*> Prepare(std::string_view sql);
  // Runs one or more statements without parameters.
  Status Execute(std::string_view sql);

  // Resets every cached statement, so none holds a read position past the end of a transaction.
  void ResetStatements();

  std::int64_t LastInsertId() const;
  int Changes() const;
  sqlite3* handle() { return db_; }

  // The error for the connection's last failure, with `what` saying what was being done.
  Error LastError(std::string_view what) const;

 private:
  explicit Connection(sqlite3* db) : db_(db) {}
  sqlite3* db_;
  std::map<std::string, std::unique_ptr<Statement>, std::less<>> statements_;
};

}  // namespace kenes::sqlite
