// The embedded store: one SQLite file in WAL mode. Writes go through one connection, one after
// another (SQLite allows one writer at a time anyway, and waiting in this process is cheaper than
// SQLite's busy retries), and the writes of concurrent threads are committed together with one
// fsync (group_commit.h); reads use a pool of read-only connections and run beside a write. The
// pool is bounded: past kMaxReaders reads at once, a read waits for a connection to come back
// rather than open one (opening parses the schema and prepares every statement afresh, and under
// a burst of cheap reads that churn, not the reads, was most of the server's time).
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/clock.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/group_commit.h"
#include "store/store.h"

namespace kenes {

class SqliteStore final : public Store {
 public:
  // Opens or creates the database at `path` and migrates it to the current schema.
  // `clock` must outlive the store.
  static Result<std::unique_ptr<SqliteStore>> Open(const std::string& path,
                                                   const Clock& clock = SystemClock());

  using Store::Read;
  using Store::Write;
  Status Read(const std::function<Status(Transaction&)>& body) override;
  Status Write(const std::function<Status(Transaction&)>& body) override;
  std::string Describe() const override { return "sqlite:" + path_; }

  // Writes run and groups committed, and writes waiting for the connection now: for tests and
  // benchmarks (group_commit.h).
  sqlite::GroupCommit::Counts write_counts() const { return group_commit_.counts(); }
  std::int64_t writes_waiting() const { return group_commit_.waiting(); }

 private:
  SqliteStore(std::string path, const Clock& clock, std::unique_ptr<sqlite::Connection> writer)
      : path_(std::move(path)),
        clock_(clock),
        writer_(std::move(writer)),
        group_commit_(*writer_) {}

  // A read connection: an idle one, a new one while fewer than kMaxReaders are out, else the next
  // one returned, waiting until the thread's query deadline at most. A thread already holding
  // one (a read inside a read) never waits, so nested reads cannot deadlock the pool.
  Result<std::unique_ptr<sqlite::Connection>> TakeReader();
  void ReturnReader(std::unique_ptr<sqlite::Connection> reader);

  const std::string path_;
  const Clock& clock_;
  const std::unique_ptr<sqlite::Connection> writer_;  // used through group_commit_ alone
  sqlite::GroupCommit group_commit_;
  std::mutex readers_mutex_;  // guards idle_readers_ and readers_out_
  std::condition_variable reader_returned_;
  std::vector<std::unique_ptr<sqlite::Connection>> idle_readers_;
  std::size_t readers_out_ = 0;  // connections taken and not yet returned
};

}  // namespace kenes
