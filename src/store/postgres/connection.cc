#include "store/postgres/connection.h"

#include <charconv>
#include <cstdio>

#include "store/query_deadline.h"

namespace kenes::postgres {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 0;
}

}  // namespace

std::string NumberPlaceholders(std::string_view sql, int& count) {
  std::string out;
  out.reserve(sql.size() + 16);
  count = 0;
  char quote = 0;
  for (char c : sql) {
    if (quote) {
      if (c == quote) quote = 0;
      out += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else if (c == '?') {
      out += '$' + std::to_string(++count);
    } else {
      out += c;
    }
  }
  return out;
}

void Statement::Reset() {
  values_.assign(parameters_, std::nullopt);
  result_ = pqxx::result();
  ran_ = false;
  row_ = 0;
  changes_ = 0;
}

void Statement::Set(int index, std::optional<std::string> value) {
  if (index >= 1 && index <= parameters_) values_[index - 1] = std::move(value);
}

sql::Statement& Statement::Bind(int index, std::int64_t value) {
  Set(index, std::to_string(value));
  return *this;
}

sql::Statement& Statement::Bind(int index, double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.17g", value);
  Set(index, buffer);
  return *this;
}

sql::Statement& Statement::Bind(int index, std::string_view text) {
  Set(index, std::string(text));
  return *this;
}

sql::Statement& Statement::BindBlob(int index, std::string_view bytes) {
  // bytea in its text form: \x followed by hex digits.
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex = "\\x";
  for (unsigned char byte : bytes) {
    hex += kDigits[byte >> 4];
    hex += kDigits[byte & 0xF];
  }
  Set(index, std::move(hex));
  return *this;
}

sql::Statement& Statement::BindNull(int index) {
  Set(index, std::nullopt);
  return *this;
}

Result<bool> Statement::Step() {
  if (!ran_) {
    // A statement after the server began to stop is not sent: only a running one is cancelled.
    if (QueryDeadline::Stopping()) return QueryDeadline::Stopped();
    std::vector<const char*> pointers;
    pointers.reserve(values_.size());
    for (const auto& value : values_) pointers.push_back(value ? value->c_str() : nullptr);
    try {
      result_ = connection_.work().exec_prepared(
          name_, pqxx::prepare::make_dynamic_params(pointers.begin(), pointers.end()));
    } catch (const std::exception& error) {
      return connection_.Failure(error, "running a query");
    }
    ran_ = true;
    row_ = 0;
    changes_ = static_cast<std::int64_t>(result_.affected_rows());
  } else {
    ++row_;
  }
  return row_ < result_.size();
}

bool Statement::IsNull(int column) const { return Field(column).is_null(); }

std::int64_t Statement::Int(int column) const {
  const pqxx::field field = Field(column);
  if (field.is_null()) return 0;
  // SUM over bigint is numeric in PostgreSQL; its text has no fraction for whole sums.
  std::int64_t value = 0;
  const char* text = field.c_str();
  std::from_chars(text, text + field.size(), value);
  return value;
}

double Statement::Real(int column) const {
  const pqxx::field field = Field(column);
  return field.is_null() ? 0.0 : std::stod(field.c_str());
}

std::string Statement::Text(int column) const {
  const pqxx::field field = Field(column);
  return field.is_null() ? std::string() : std::string(field.c_str(), field.size());
}

std::string Statement::Blob(int column) const {
  const std::string text = Text(column);
  if (text.rfind("\\x", 0) != 0) return text;
  std::string bytes((text.size() - 2) / 2, '\0');
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    bytes[i] = static_cast<char>(HexValue(text[2 + 2 * i]) << 4 | HexValue(text[3 + 2 * i]));
  }
  return bytes;
}

Result<std::unique_ptr<Connection>> Connection::Open(const std::string& url) {
  std::unique_ptr<Connection> connection(new Connection());
  try {
    connection->connection_ = std::make_unique<pqxx::connection>(url);
    connection->work_ = std::make_unique<pqxx::nontransaction>(*connection->connection_);
  } catch (const std::exception& error) {
    // The message may hold the password of a URL; name the server without it.
    return Error{ErrorCode::kUnavailable,
                 "cannot connect to the PostgreSQL server: " + std::string(error.what()), "db"};
  }
  return connection;
}

Connection::~Connection() {
  statements_.clear();
  work_.reset();
}

Result<sql::Statement*> Connection::Prepare(std::string_view sql) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) {
    int count = 0;
    const std::string numbered = NumberPlaceholders(sql, count);
    const std::string name = "k" + std::to_string(statements_.size() + 1);
    try {
      connection_->prepare(name, numbered);
    } catch (const std::exception& error) {
      return Failure(error, "preparing a query");
    }
    it = statements_
             .emplace(std::string(sql),
                      std::unique_ptr<Statement>(new Statement(*this, name, count)))
             .first;
  }
  it->second->Reset();
  return static_cast<sql::Statement*>(it->second.get());
}

Status Connection::Execute(std::string_view sql) {
  // ROLLBACK still goes out: it ends a transaction the stop cut short.
  if (QueryDeadline::Stopping() && sql != "ROLLBACK") return QueryDeadline::Stopped();
  try {
    work_->exec(std::string(sql));
  } catch (const std::exception& error) {
    return Failure(error, "running a statement");
  }
  return Ok();
}

void Connection::ResetStatements() {
  for (auto& [sql, statement] : statements_) statement->Reset();
}

Error Connection::Failure(const std::exception& error, std::string_view what) {
  last_failure_retryable_ = false;
  if (dynamic_cast<const pqxx::broken_connection*>(&error)) {
    broken_ = true;
    return Error{ErrorCode::kUnavailable,
                 "the connection to the PostgreSQL server was lost while " + std::string(what),
                 "db"};
  }
  // libpqxx 6 reports these as transaction_rollback, which carries no SQLSTATE: know them by type.
  if (dynamic_cast<const pqxx::serialization_failure*>(&error) ||
      dynamic_cast<const pqxx::deadlock_detected*>(&error)) {
    last_failure_retryable_ = true;
    return Error{ErrorCode::kUnavailable,
                 "the change collided with another one made at the same moment; try again",
                 {}};
  }
  const auto* sql_error = dynamic_cast<const pqxx::sql_error*>(&error);
  const std::string state = sql_error ? sql_error->sqlstate() : "";
  // The first line of the server's message; the rest repeats the query.
  std::string message = error.what();
  if (auto newline = message.find('\n'); newline != std::string::npos) message.resize(newline);
  const std::string detail = std::string(what) + ": " + message;
  // query_canceled: by statement_timeout, or by InterruptStopped at a server's stop.
  if (state == "57014") return QueryDeadline::Interrupted();
  if (state == "23505") return Conflict("a record with this key already exists (" + detail + ")");
  if (state == "23503") {
    return Conflict("the record refers to, or is referred to by, another record (" + detail + ")");
  }
  if (state == "23514" || state == "23502") {
    return Invalid("", "the record breaks a database rule (" + detail + ")");
  }
  if (state == "40001" || state == "40P01") {
    last_failure_retryable_ = true;
    return Error{ErrorCode::kUnavailable,
                 "the change collided with another one made at the same moment; try again",
                 {}};
  }
  if (state.rfind("08", 0) == 0 || state == "57P01") {
    broken_ = true;
    return Error{ErrorCode::kUnavailable, "the PostgreSQL server is unavailable: " + detail, "db"};
  }
  return Internal(detail);
}

}  // namespace kenes::postgres
