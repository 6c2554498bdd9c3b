#include "store/sqlite/sqlite_store.h"

#include <exception>

#include "store/query_deadline.h"
#include "store/sql/ambient_transaction.h"
#include "store/sql/schema.h"
#include "store/sql/sql_transaction.h"

namespace kenes {
namespace {

// Read connections at most at once (beyond nested reads): well above what two or four cores
// keep busy, so a read waits only under a burst, and then for a moment.
constexpr std::size_t kMaxReaders = 16;

// Read connections this thread holds now: a read inside a read must not wait for the pool.
thread_local int readers_held = 0;

// Runs `body` between `begin` and COMMIT, rolling back when it fails.
Status RunTransaction(sqlite::Connection& connection, const char* begin, sql::SqlTransaction& tx,
                      const std::function<Status(Transaction&)>& body) {
  KENES_TRY(connection.Execute(begin));
  Status status = body(tx);
  connection.ResetStatements();
  if (status.ok()) {
    status = connection.Execute("COMMIT");
    if (status.ok()) return status;
  }
  (void)connection.Execute("ROLLBACK");
  return status;
}

}  // namespace

Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(const std::string& path,
                                                       const Clock& clock) {
  KENES_ASSIGN(auto writer, sqlite::Connection::Open(path, sqlite::Connection::Mode::kReadWrite));
  KENES_TRY(sql::Migrate(*writer));
  return std::unique_ptr<SqliteStore>(new SqliteStore(path, clock, std::move(writer)));
}

Result<std::unique_ptr<sqlite::Connection>> SqliteStore::TakeReader() {
  {
    std::unique_lock lock(readers_mutex_);
    if (readers_held == 0) {
      const auto has_room = [&] { return !idle_readers_.empty() || readers_out_ < kMaxReaders; };
      if (const auto deadline = QueryDeadline::Current()) {
        if (!reader_returned_.wait_until(lock, *deadline, has_room)) {
          return QueryDeadline::Exceeded();
        }
      } else {
        reader_returned_.wait(lock, has_room);
      }
    }
    ++readers_out_;
    if (!idle_readers_.empty()) {
      auto reader = std::move(idle_readers_.back());
      idle_readers_.pop_back();
      return reader;
    }
  }
  auto opened = sqlite::Connection::Open(path_, sqlite::Connection::Mode::kReadOnly);
  if (!opened.ok()) {
    std::lock_guard lock(readers_mutex_);
    --readers_out_;
    reader_returned_.notify_one();
  }
  return opened;
}

void SqliteStore::ReturnReader(std::unique_ptr<sqlite::Connection> reader) {
  {
    std::lock_guard lock(readers_mutex_);
    --readers_out_;
    // A connection opened past the bound by a nested read is closed, not kept; so is none.
    if (reader && idle_readers_.size() + readers_out_ < kMaxReaders) {
      idle_readers_.push_back(std::move(reader));
    }
  }
  reader_returned_.notify_one();
}

Status SqliteStore::Read(const std::function<Status(Transaction&)>& body) {
  if (Transaction* ambient = sql::AmbientTransaction::Of(this)) return body(*ambient);
  const auto deadline = QueryDeadline::Current();
  if (QueryDeadline::Stopping()) return QueryDeadline::Stopped();
  if (deadline && QueryDeadline::Clock::now() > *deadline) return QueryDeadline::Exceeded();
  KENES_ASSIGN(auto reader, TakeReader());
  // Gives the connection back however the body ends. After an exception it may still be inside
  // its transaction, so it is closed rather than kept; either way its place in the pool frees.
  struct Lease {
    SqliteStore& store;
    std::unique_ptr<sqlite::Connection> reader;
    const int exceptions = std::uncaught_exceptions();
    ~Lease() {
      --readers_held;
      if (std::uncaught_exceptions() > exceptions) reader.reset();
      store.ReturnReader(std::move(reader));
    }
  } lease{*this, std::move(reader)};
  ++readers_held;
  sql::SqlTransaction tx(*lease.reader, clock_);
  lease.reader->SetLimits(deadline, QueryDeadline::StopFlag());
  Status status = RunTransaction(*lease.reader, "BEGIN", tx, body);
  lease.reader->SetLimits(std::nullopt, nullptr);
  return status;
}

Status SqliteStore::Write(const std::function<Status(Transaction&)>& body) {
  if (Transaction* ambient = sql::AmbientTransaction::Of(this)) return body(*ambient);
  // Writes have no deadline (query_deadline.h), but a server's stop ends them.
  return group_commit_.Run([&]() -> Status {
    sql::SqlTransaction tx(*writer_, clock_);
    sql::AmbientTransaction ambient(this, tx);
    KENES_TRY(body(tx));
    return tx.StoreReservations();
  });
}

}  // namespace kenes
