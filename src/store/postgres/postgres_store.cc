#include "store/postgres/postgres_store.h"

#include <chrono>
#include <random>
#include <thread>

#include "store/sql/schema.h"
#include "store/sql/sql_transaction.h"

namespace kenes {
namespace {

constexpr std::size_t kMaxIdleConnections = 16;
constexpr int kMaxAttempts = 12;

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
  KENES_ASSIGN(auto connection, postgres::Connection::Open(url));
  KENES_TRY(sql::Migrate(*connection));
  store->Return(std::move(connection));
  return store;
}

Result<std::unique_ptr<postgres::Connection>> PostgresStore::Take() {
  {
    std::lock_guard lock(pool_mutex_);
    if (!idle_.empty()) {
      auto connection = std::move(idle_.back());
      idle_.pop_back();
      return connection;
    }
  }
  return postgres::Connection::Open(url_);
}

void PostgresStore::Return(std::unique_ptr<postgres::Connection> connection) {
  if (connection->broken()) return;
  std::lock_guard lock(pool_mutex_);
  if (idle_.size() < kMaxIdleConnections) idle_.push_back(std::move(connection));
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
  KENES_ASSIGN(auto connection, Take());
  bool retryable = false;
  Status status = Attempt(*connection, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body,
                          retryable);
  Return(std::move(connection));
  return status;
}

Status PostgresStore::Write(const std::function<Status(Transaction&)>& body) {
  KENES_ASSIGN(auto connection, Take());
  thread_local std::minstd_rand random(std::random_device{}());
  Status status;
  for (int attempt = 1; attempt <= kMaxAttempts; ++attempt) {
    bool retryable = false;
    status = Attempt(*connection, "BEGIN ISOLATION LEVEL SERIALIZABLE", body, retryable);
    if (status.ok() || !retryable || connection->broken()) break;
    // Back off a little, with jitter, so colliding writers do not collide again in step.
    std::this_thread::sleep_for(std::chrono::microseconds(random() % (500 * attempt) + 100));
  }
  Return(std::move(connection));
  return status;
}

}  // namespace kenes
