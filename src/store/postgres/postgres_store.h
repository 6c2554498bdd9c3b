// The store on a PostgreSQL server, for a headquarters that runs several kenes servers on one
// database. Reads run in REPEATABLE READ READ ONLY transactions (one consistent snapshot, as on
// SQLite); writes run SERIALIZABLE, so two servers cannot both pass a check the other's write
// would have failed (the same meeting confirmed twice, a stale version) — PostgreSQL makes one
// of them fail, and the store runs that body again from the start. A body given to Write must
// therefore be safe to run more than once: it may only change the world through its transaction.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/clock.h"
#include "store/postgres/connection.h"
#include "store/sql/change_feed.h"
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
  int Subscribe(ChangeListener listener) override;
  void Unsubscribe(int subscription) override { feed_.Unsubscribe(subscription); }
  ~PostgresStore() override { feed_.Stop(); }

 private:
  PostgresStore(std::string url, std::string description, const Clock& clock)
      : url_(std::move(url)), description_(std::move(description)), clock_(clock) {}

  Result<std::unique_ptr<postgres::Connection>> Take();
  void Return(std::unique_ptr<postgres::Connection> connection);
  // One attempt of a transaction; `retryable` says whether a failure was a serialization one.
  Status Attempt(postgres::Connection& connection, const char* begin,
                 const std::function<Status(Transaction&)>& body, bool& retryable);

  const std::string url_;
  const std::string description_;  // the URL without a password, for logs
  const Clock& clock_;
  std::mutex pool_mutex_;  // guards idle_
  std::vector<std::unique_ptr<postgres::Connection>> idle_;
  sql::ChangeFeed feed_;
};

// The URL with any password removed, safe to print.
std::string WithoutPassword(const std::string& url);

}  // namespace kenes
