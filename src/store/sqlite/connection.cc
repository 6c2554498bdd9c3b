#include "store/sqlite/connection.h"

#include <thread>

#include "store/query_deadline.h"

namespace kenes::sqlite {

Statement::~Statement() { sqlite3_finalize(handle_); }

void Statement::Reset() {
  sqlite3_reset(handle_);
  sqlite3_clear_bindings(handle_);
}

sql::Statement& Statement::Bind(int index, std::int64_t value) {
  sqlite3_bind_int64(handle_, index, value);
  return *this;
}
sql::Statement& Statement::Bind(int index, double value) {
  sqlite3_bind_double(handle_, index, value);
  return *this;
}
sql::Statement& Statement::Bind(int index, std::string_view text) {
  sqlite3_bind_text64(handle_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  return *this;
}
sql::Statement& Statement::BindBlob(int index, std::string_view bytes) {
  sqlite3_bind_blob64(handle_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
  return *this;
}
sql::Statement& Statement::BindNull(int index) {
  sqlite3_bind_null(handle_, index);
  return *this;
}

Result<bool> Statement::Step() {
  const int rc = sqlite3_step(handle_);
  changes_ = sqlite3_changes64(connection_.handle());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return connection_.LastError("running a query");
}

bool Statement::IsNull(int column) const {
  return sqlite3_column_type(handle_, column) == SQLITE_NULL;
}
std::int64_t Statement::Int(int column) const { return sqlite3_column_int64(handle_, column); }
double Statement::Real(int column) const { return sqlite3_column_double(handle_, column); }
std::string Statement::Text(int column) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(handle_, column));
  return text ? std::string(text, sqlite3_column_bytes(handle_, column)) : std::string();
}
std::string Statement::Blob(int column) const {
  const void* data = sqlite3_column_blob(handle_, column);
  return data ? std::string(static_cast<const char*>(data), sqlite3_column_bytes(handle_, column))
              : std::string();
}

Result<std::unique_ptr<Connection>> Connection::Open(const std::string& path, Mode mode) {
  sqlite3* db = nullptr;
  const int flags = (mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY
                                             : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                    SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  std::unique_ptr<Connection> connection(new Connection(db));
  if (rc != SQLITE_OK) {
    return Error{ErrorCode::kUnavailable,
                 "cannot open database '" + path + "': " + sqlite3_errstr(rc), "db"};
  }
  sqlite3_extended_result_codes(db, 1);
  // Checked every few thousand virtual machine steps: well under a millisecond apart.
  sqlite3_progress_handler(db, 4000, &Connection::PastDeadline, connection.get());
  // A writer waits for another process's transaction instead of failing at once, for up to
  // kLockWait, or until its request's deadline or the server's stop.
  sqlite3_busy_handler(db, &Connection::WaitForLock, connection.get());
  // synchronous=FULL: a commit that returned is on disk, even across a power cut.
  const char* pragmas = mode == Mode::kReadOnly
                            ? "PRAGMA foreign_keys=ON; PRAGMA query_only=ON;"
                            : "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
                              "PRAGMA foreign_keys=ON;";
  KENES_TRY(connection->Execute(pragmas));
  return connection;
}

bool Connection::PastLimits() const {
  if (stop_ && stop_->load(std::memory_order_relaxed)) return true;
  return deadline_ && std::chrono::steady_clock::now() > *deadline_;
}

int Connection::PastDeadline(void* self) { return static_cast<Connection*>(self)->PastLimits(); }

int Connection::WaitForLock(void* self, int attempts) {
  // Short sleeps first, as SQLite's own busy timeout does, then 50 ms ones: a stop is noticed
  // within 50 ms.
  constexpr std::chrono::milliseconds kLockWait{10'000};
  constexpr int kQuick = 10;  // 1 ms each
  const auto& connection = *static_cast<Connection*>(self);
  const auto waited = attempts < kQuick
                          ? std::chrono::milliseconds(attempts)
                          : std::chrono::milliseconds(kQuick + (attempts - kQuick) * 50);
  if (connection.PastLimits() || waited >= kLockWait) return 0;
  std::this_thread::sleep_for(attempts < kQuick ? std::chrono::milliseconds(1)
                                                : std::chrono::milliseconds(50));
  return 1;
}

Connection::~Connection() {
  statements_.clear();  // statements must be finalized before the connection closes
  sqlite3_close(db_);
}

Result<sql::Statement*> Connection::Prepare(std::string_view sql) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) {
    sqlite3_stmt* handle = nullptr;
    if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &handle, nullptr) != SQLITE_OK) {
      return LastError("preparing a query");
    }
    it = statements_
             .emplace(std::string(sql), std::unique_ptr<Statement>(new Statement(*this, handle)))
             .first;
  }
  it->second->Reset();
  return static_cast<sql::Statement*>(it->second.get());
}

Status Connection::Execute(std::string_view sql) {
  char* message = nullptr;
  const std::string owned(sql);
  if (sqlite3_exec(db_, owned.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    Error error = LastError("running a statement");
    sqlite3_free(message);
    return error;
  }
  return Ok();
}

void Connection::ResetStatements() {
  for (auto& [sql, statement] : statements_) statement->Reset();
}

Error Connection::LastError(std::string_view what) const {
  const int code = sqlite3_extended_errcode(db_);
  const std::string detail = std::string(what) + ": " + sqlite3_errmsg(db_);
  switch (code) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return Conflict("a record with this key already exists (" + detail + ")");
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return Conflict("the record refers to, or is referred to by, another record (" + detail +
                      ")");
    default:
      break;
  }
  switch (code & 0xFF) {
    case SQLITE_INTERRUPT:
      if (stop_ && stop_->load()) return QueryDeadline::Stopped();
      if (deadline_) return QueryDeadline::Exceeded();
      return Internal(detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      // A wait for another writer's lock given up because the request's time ran out.
      if (PastLimits())
        return stop_ && stop_->load() ? QueryDeadline::Stopped() : QueryDeadline::Exceeded();
      return Error{ErrorCode::kUnavailable, "the database is busy; try again (" + detail + ")", {}};
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Error{ErrorCode::kUnavailable, "the database cannot be used: " + detail, {}};
    case SQLITE_CONSTRAINT:
      return Invalid("", "the record breaks a database rule (" + detail + ")");
    default:
      return Internal(detail);
  }
}

}  // namespace kenes::sqlite
