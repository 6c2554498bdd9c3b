// The store on a PostgreSQL server, for a headquarters that runs several kenes servers on one
// database. Reads run in REPEATABLE READ READ ONLY transactions (one consistent snapshot, as on
// SQLite). Writes run READ COMMITTED: each sees what others committed; an update names the
// version it read; uniqueness is kept by keys; a check on a row that must not exist yet takes a
// LockKey. (SERIALIZABLE was tried: with two hundred coordinators writing at once it failed one
// write in ten after retries — docs/operations.md has the figures.) A write caught in a deadlock
// is run again from the start, so a body given to Write must be safe to run more than once.
#pragma once

#include <atomic>
#include <condition_variable>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/clock.h"
#include "store/postgres/connection.h"
#include "store/store.h"

namespace kenes {

class PostgresStore final : public Store {
 public:
  // Connects to `url` ("postgresql://user@host:port/db") and migrates the schema. `clock` must
  // outlive the store.
  static Result<std::unique_ptr<PostgresStore>> Open(const std::string& url,
                                                     const Clock& clock = SystemClock());

  using Store::Read;
  using Store::Write;
  Status Read(const std::function<Status(Transaction&)>& body) override;
  Status Write(const std::function<Status(Transaction&)>& body) override;
  std::string Describe() const override { return description_; }
  void InterruptStopped() override;

 private:
  PostgresStore(std::string url, std::string description, const Clock& clock)
      : url_(std::move(url)), description_(std::move(description)), clock_(clock) {}

  // For tests (KENES_REHEARSE_WRITES=1): every write body runs once more first, and that run is
  // rolled back, so a body that cannot be retried fails a test rather than a user's request.
  bool rehearse_writes_ = false;

  Result<std::unique_ptr<postgres::Connection>> Take();
  void Return(std::unique_ptr<postgres::Connection> connection);
  // Holds a taken connection and returns it however the work on it ends. After an exception it
  // may still be inside its transaction: it is closed, and its place in the pool freed.
  struct Lease {
    PostgresStore& store;
    std::unique_ptr<postgres::Connection> connection;
    const int exceptions = std::uncaught_exceptions();
    ~Lease();
  };
  // While it lives, what runs on `connection` for a thread with a stop flag
  // (store/query_deadline.h) is cancelled by InterruptStopped once the flag is raised.
  class Cancellable {
   public:
    Cancellable(PostgresStore& store, postgres::Connection& connection);
    ~Cancellable();
    Cancellable(const Cancellable&) = delete;
    Cancellable& operator=(const Cancellable&) = delete;

   private:
    PostgresStore& store_;
    postgres::Connection& connection_;
  };
  // One attempt of a transaction; `retryable` says whether a failure was a serialization one.
  Status Attempt(postgres::Connection& connection, const char* begin,
                 const std::function<Status(Transaction&)>& body, bool& retryable);

  const std::string url_;
  const std::string description_;  // the URL without a password, for logs
  const Clock& clock_;
  std::mutex running_mutex_;  // guards running_
  std::map<postgres::Connection*, const std::atomic<bool>*> running_;
  std::mutex pool_mutex_;  // guards idle_ and open_
  std::condition_variable pool_changed_;
  std::vector<std::unique_ptr<postgres::Connection>> idle_;
  std::size_t open_ = 0;   // connections open, idle or in use
  std::size_t limit_ = 0;  // at most this many (KENES_DB_CONNECTIONS, default 32)
};

// The URL with any password removed, safe to print.
std::string WithoutPassword(const std::string& url);

}  // namespace kenes
