#include "store/postgres/postgres_store.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <random>
#include <thread>

#include "store/query_deadline.h"
#include "store/sql/ambient_transaction.h"
#include "store/sql/schema.h"
#include "store/sql/sql_transaction.h"

namespace kenes {
namespace {

constexpr int kMaxAttempts = 20;
// Connections one server keeps open at most. PostgreSQL refuses clients past its max_connections
// (100 by default), so two servers must stay well inside it; requests beyond these wait for one
// (a connection does a transaction in milliseconds, so a queue of them drains fast).
constexpr std::size_t kDefaultConnections = 32;
// How long a request waits for a connection before it is answered 503.
constexpr auto kConnectionWait = std::chrono::seconds(30);

std::size_t ConnectionLimit() {
  const char* text = std::getenv("KENES_DB_CONNECTIONS");
  if (!text || !*text) return kDefaultConnections;
  char* end = nullptr;
  const long value = std::strtol(text, &end, 10);
  return *end == '\0' && value > 0 ? static_cast<std::size_t>(value) : kDefaultConnections;
}

}  // namespace

std::string WithoutPassword(const std::string& url) {
  // postgresql://user:password@host -> postgresql://user@host
  const std::size_t scheme = url.find("://");
  const std::size_t at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos) return url;
  const std::size_t colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon) + url.substr(at);
}

Result<std::unique_ptr<PostgresStore>> PostgresStore::Open(const std::string& url,
                                                           const Clock& clock) {
  std::unique_ptr<PostgresStore> store(new PostgresStore(url, WithoutPassword(url), clock));
  const char* rehearse = std::getenv("KENES_REHEARSE_WRITES");
  store->rehearse_writes_ = rehearse && std::string(rehearse) == "1";
  store->limit_ = ConnectionLimit();
  KENES_ASSIGN(auto connection, postgres::Connection::Open(url));
  KENES_TRY(sql::Migrate(*connection));
  store->open_ = 1;
  store->Return(std::move(connection));
  return store;
}

Result<std::unique_ptr<postgres::Connection>> PostgresStore::Take() {
  {
    std::unique_lock lock(pool_mutex_);
    const bool available = pool_changed_.wait_for(lock, kConnectionWait,
                                                  [&] { return !idle_.empty() || open_ < limit_; });
    if (!available) {
      return Error{ErrorCode::kUnavailable,
                   "all " + std::to_string(limit_) +
                       " database connections stayed busy; try again (KENES_DB_CONNECTIONS "
                       "raises the limit)",
                   "db"};
    }
    if (!idle_.empty()) {
      auto connection = std::move(idle_.back());
      idle_.pop_back();
      return connection;
    }
    ++open_;  // counted before it opens, so others waiting do not open past the limit
  }
  auto opened = postgres::Connection::Open(url_);
  if (!opened.ok()) {
    std::lock_guard lock(pool_mutex_);
    --open_;
    pool_changed_.notify_one();
  }
  return opened;
}

PostgresStore::Cancellable::Cancellable(PostgresStore& store, postgres::Connection& connection)
    : store_(store), connection_(connection) {
  if (const std::atomic<bool>* stop = QueryDeadline::StopFlag()) {
    std::lock_guard lock(store_.running_mutex_);
    store_.running_[&connection_] = stop;
  }
}

PostgresStore::Cancellable::~Cancellable() {
  std::lock_guard lock(store_.running_mutex_);
  store_.running_.erase(&connection_);
}

void PostgresStore::InterruptStopped() {
  std::lock_guard lock(running_mutex_);
  for (const auto& [connection, stop] : running_) {
    if (!stop->load()) continue;
    // libpq sends the cancel on a connection of its own; the statement then fails with
    // query_canceled on its thread, which reports the stop (QueryDeadline::Interrupted).
    try {
      connection->raw().cancel_query();
    } catch (const std::exception&) {
      // A connection already lost has nothing running to cancel.
    }
  }
}

PostgresStore::Lease::~Lease() {
  if (std::uncaught_exceptions() > exceptions) connection.reset();
  store.Return(std::move(connection));
}

void PostgresStore::Return(std::unique_ptr<postgres::Connection> connection) {
  std::lock_guard lock(pool_mutex_);
  if (!connection || connection->broken()) {
    --open_;  // closed as it goes out of scope; its place may be opened afresh
  } else {
    idle_.push_back(std::move(connection));
  }
  pool_changed_.notify_one();
}

Status PostgresStore::Attempt(postgres::Connection& connection, const char* begin,
                              const std::function<Status(Transaction&)>& body, bool& retryable) {
  retryable = false;
  KENES_TRY(connection.Execute(begin));
  sql::SqlTransaction tx(connection, clock_);
  Status status = body(tx);
  connection.ResetStatements();
  if (status.ok()) status = connection.Execute("COMMIT");
  if (!status.ok()) {
    retryable = connection.last_failure_retryable();
    (void)connection.Execute("ROLLBACK");
  }
  return status;
}

Status PostgresStore::Read(const std::function<Status(Transaction&)>& body) {
  if (Transaction* ambient = sql::AmbientTransaction::Of(this)) return body(*ambient);
  const auto deadline = QueryDeadline::Current();
  std::string begin = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
  if (deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        *deadline - QueryDeadline::Clock::now());
    if (left.count() <= 0) return QueryDeadline::Exceeded();
    // For this transaction only: the connection goes back to the pool without a limit.
    begin += "; SET LOCAL statement_timeout = " + std::to_string(left.count());
  }
  if (QueryDeadline::Stopping()) return QueryDeadline::Stopped();
  KENES_ASSIGN(auto connection, Take());
  const Lease lease{*this, std::move(connection)};
  const Cancellable cancellable(*this, *lease.connection);
  bool retryable = false;
  return Attempt(*lease.connection, begin.c_str(), body, retryable);
}

Status PostgresStore::Write(const std::function<Status(Transaction&)>& outer_body) {
  if (Transaction* ambient = sql::AmbientTransaction::Of(this)) return outer_body(*ambient);
  const std::function<Status(Transaction&)> body = [&](Transaction& tx) {
    sql::AmbientTransaction ambient(this, tx);
    return outer_body(tx);
  };
  if (QueryDeadline::Stopping()) return QueryDeadline::Stopped();
  KENES_ASSIGN(auto taken, Take());
  const Lease lease{*this, std::move(taken)};
  postgres::Connection* const connection = lease.connection.get();
  const Cancellable cancellable(*this, *connection);
  if (rehearse_writes_) {
    bool retryable = false;
    // The rehearsal rolls back whatever happens; only the run after it counts.
    (void)Attempt(
        *connection, "BEGIN ISOLATION LEVEL READ COMMITTED",
        [&](Transaction& tx) -> Status {
          (void)body(tx);
          return Error{ErrorCode::kConflict, "rehearsal", {}};
        },
        retryable);
  }
  thread_local std::minstd_rand random(std::random_device{}());
  Status status;
  for (int attempt = 1; attempt <= kMaxAttempts; ++attempt) {
    bool retryable = false;
    status = Attempt(*connection, "BEGIN ISOLATION LEVEL READ COMMITTED", body, retryable);
    if (status.ok() || !retryable || connection->broken()) break;
    // Back off exponentially, with jitter, so colliding writers do not collide again in step:
    // up to 0.2 ms after the first collision, up to 50 ms after the ninth and later.
    const long ceiling = 200L << std::min(attempt - 1, 8);
    std::this_thread::sleep_for(std::chrono::microseconds(random() % ceiling + 50));
  }
  return status;
}

}  // namespace kenes
