// What a SQL database driver offers the store: statements with bound parameters, run and read
// row by row, on one connection. SQLite and PostgreSQL each implement it, so the Transaction over
// it (sql_transaction.h) is written once. SQL is written with '?' placeholders and in the subset
// both dialects share (RETURNING, ON CONFLICT, COALESCE ...); the PostgreSQL driver renumbers
// the placeholders.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace kenes::sql {

enum class Dialect { kSqlite, kPostgres };

// A prepared statement. Bind parameters are 1-based; column indexes 0-based. Obtained from
// Connection::Prepare, which resets it and clears its bindings.
class Statement {
 public:
  virtual ~Statement() = default;

  virtual Statement& Bind(int index, std::int64_t value) = 0;
  virtual Statement& Bind(int index, double value) = 0;
  virtual Statement& Bind(int index, std::string_view text) = 0;
  virtual Statement& BindBlob(int index, std::string_view bytes) = 0;
  virtual Statement& BindNull(int index) = 0;

  Statement& Bind(int index, int value) { return Bind(index, static_cast<std::int64_t>(value)); }
  Statement& Bind(int index, const char* text) { return Bind(index, std::string_view(text)); }
  Statement& Bind(int index, const std::string& text) {
    return Bind(index, std::string_view(text));
  }
  template <class T>
  Statement& Bind(int index, const std::optional<T>& value) {
    return value ? Bind(index, *value) : BindNull(index);
  }
  // Binds NULL for an empty string: optional text columns hold NULL, not ''.
  Statement& BindOrNull(int index, std::string_view text) {
    return text.empty() ? BindNull(index) : Bind(index, text);
  }

  // Runs the statement on the first call, then advances: true while there is a row.
  virtual Result<bool> Step() = 0;
  // Runs a statement and drops any rows.
  Status Run() {
    auto row = Step();
    if (!row.ok()) return row.error();
    return Ok();
  }
  // Rows changed by this statement's last run (INSERT, UPDATE, DELETE).
  virtual std::int64_t Changes() const = 0;

  virtual bool IsNull(int column) const = 0;
  virtual std::int64_t Int(int column) const = 0;
  virtual double Real(int column) const = 0;
  virtual std::string Text(int column) const = 0;  // "" for NULL
  virtual std::string Blob(int column) const = 0;
  std::optional<std::int64_t> OptionalInt(int column) const {
    if (IsNull(column)) return std::nullopt;
    return Int(column);
  }
};

class Connection {
 public:
  virtual ~Connection() = default;

  virtual Dialect dialect() const = 0;
  // The cached statement for `sql`, reset and ready to bind; valid for the connection's life.
  // REQUIRES: the same statement is not in use further up the call stack.
  virtual Result<Statement*> Prepare(std::string_view sql) = 0;
  // Runs statements without parameters.
  virtual Status Execute(std::string_view sql) = 0;
  // Resets every cached statement, so none holds a read position past a transaction's end.
  virtual void ResetStatements() = 0;
};

}  // namespace kenes::sql
