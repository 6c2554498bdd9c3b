// The PostgreSQL driver, over libpqxx 6.4: one server connection, statements prepared once per
// connection and kept by their SQL text. Transactions are begun and ended with plain SQL by the
// store (BEGIN ISOLATION LEVEL ...), so the driver runs everything through one nontransaction.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "store/sql/connection.h"

namespace kenes::postgres {

class Connection;

class Statement final : public sql::Statement {
 public:
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
  Statement(Connection& connection, std::string name, int parameters)
      : connection_(connection), name_(std::move(name)), parameters_(parameters) {}
  void Reset();
  void Set(int index, std::optional<std::string> value);
  const pqxx::field Field(int column) const { return result_[row_][column]; }

  Connection& connection_;
  const std::string name_;
  const int parameters_;
  std::vector<std::optional<std::string>> values_;
  pqxx::result result_;
  bool ran_ = false;
  pqxx::result::size_type row_ = 0;
  std::int64_t changes_ = 0;
};

class Connection final : public sql::Connection {
 public:
  // `url` as libpq takes it: "postgresql://user@host:port/db" or "host=... dbname=...".
  static Result<std::unique_ptr<Connection>> Open(const std::string& url);
  ~Connection() override;

  sql::Dialect dialect() const override { return sql::Dialect::kPostgres; }
  Result<sql::Statement*> Prepare(std::string_view sql) override;
  Status Execute(std::string_view sql) override;
  void ResetStatements() override;

  // Whether the last failure was a serialization failure or deadlock, which a retry of the whole
  // transaction resolves.
  bool last_failure_retryable() const { return last_failure_retryable_; }
  // Whether the server connection was lost; such a connection is not returned to a pool.
  bool broken() const { return broken_; }

  // Turns a libpqxx exception into a kenes error, noting whether a retry would help.
  Error Failure(const std::exception& error, std::string_view what);

  pqxx::connection& raw() { return *connection_; }
  pqxx::nontransaction& work() { return *work_; }

 private:
  Connection() = default;

  std::unique_ptr<pqxx::connection> connection_;
  std::unique_ptr<pqxx::nontransaction> work_;
  std::map<std::string, std::unique_ptr<Statement>, std::less<>> statements_;
  bool last_failure_retryable_ = false;
  bool broken_ = false;
};

// "?" placeholders as "$1", "$2" ...; a '?' inside a quoted literal is left alone. `count`
// receives how many there were.
std::string NumberPlaceholders(std::string_view sql, int& count);

}  // namespace kenes::postgres
