// Group commit on SQLite's one write connection: the writes of concurrent threads run one after
// another inside one transaction and are committed together, with one fsync, rather than one
// fsync each. On a virtual disk a commit's fsync is most of a small write's time: with groups, 200
// coordinators write 3.2 times the requests per second (bench/write-load, docs/operations.md).
//
// How a write goes. A thread that finds the connection free leads a group: it begins the
// transaction (BEGIN IMMEDIATE), runs its own body, then the bodies of the writes that queued
// meanwhile, in their order, up to kMaxGroup, each inside a savepoint of its own: a body that fails
// is rolled back to its savepoint alone and the group goes on. Then it commits the group, hands
// the connection to the first write still queued (which leads the next group) and wakes the
// group's threads. Every thread of the group returns once that COMMIT has returned: a write is
// acknowledged only when it is on disk, as before (synchronous=FULL is unchanged). A write alone
// commits at once, as before.
//
// Why the leader runs the others' bodies: a queued thread is woken once, when its write is settled,
// rather than once more to run its body. With 200 request threads on two cores, handing the
// connection from thread to thread for every body cost a context switch each, and the connection
// sat idle until the scheduler ran the next one. A body runs under the stop flag of the thread
// that sent it (query_deadline.h), whichever thread runs it.
//
// What a body sees: the rows of the writes before it in its group, which are not committed yet but
// commit with it or not at all. If SQLite rolls back the whole transaction under a body (an I/O
// error, a full disk, a statement interrupted because the server stops), that body fails and
// every write of the group before it runs again from the start (Store::Write's bodies are safe to
// run twice); a failed COMMIT fails every write of the group, and nothing of it is stored.
//
// Thread-safety: Run may be called from any number of threads at once, never from inside a body.
// A body must not depend on the thread it runs on (thread-local state): the leader's runs it.
#pragma once

#include <atomic>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>

#include "core/result.h"
#include "store/sqlite/connection.h"

namespace kenes::sqlite {

class GroupCommit {
 public:
  // Writes in one group at most: bounds how long the first of them waits for the last.
  static constexpr std::int64_t kMaxGroup = 64;

  // REQUIRES: `writer` outlives this object and is used by nothing else while it lives.
  explicit GroupCommit(Connection& writer) : writer_(writer) {}

  // Runs `body` on the writer connection in a group as above; returns the body's failure, or the
  // group's COMMIT's outcome. An exception thrown by the body is rethrown on this thread once the
  // group is settled; what the body did is rolled back.
  Status Run(const std::function<Status()>& body);

  // What has been written: writes run (each run of a body counts) and groups committed. For tests
  // and benchmarks.
  struct Counts {
    std::int64_t writes = 0;
    std::int64_t commits = 0;
  };
  Counts counts() const;
  // Writes queued for the connection now. For tests, which make a group by waiting for this.
  std::int64_t waiting() const;

 private:
  struct Write;

  // Leads groups until `own` is settled, then hands the connection on. REQUIRES: this thread
  // holds the connection (busy_).
  void Lead(Write& own);
  // Runs `write`'s body in a savepoint of the open group's transaction. REQUIRES: this thread
  // holds the connection, and a group is open.
  void RunMember(Write& write);
  // Gives the connection to the first queued write, which then leads, or frees it.
  void HandOn();

  Connection& writer_;        // used only by the thread that set busy_
  mutable std::mutex mutex_;  // guards busy_ and queue_
  bool busy_ = false;         // a thread is leading a group on writer_
  std::deque<Write*> queue_;  // writes waiting for the connection, first come first
  std::atomic<std::int64_t> writes_{0};
  std::atomic<std::int64_t> commits_{0};
};

}  // namespace kenes::sqlite
