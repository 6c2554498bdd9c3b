// Group commit on SQLite's one write connection: the writes of concurrent threads run one after
// another inside one transaction and are committed together, with one fsync, rather than one
// fsync each. On a virtual disk a commit's fsync is most of a small write's time: with groups, 200
// coordinators write 3.2 times the requests per second (bench/write-load, docs/operations.md).
//
// How a write goes. A thread takes the connection when it is free and runs its body in the open
// group's transaction (BEGIN IMMEDIATE, if no group is open), inside a savepoint of its own: a
// body that fails is rolled back to its savepoint alone and the group goes on. Then, if another
// write is waiting for the connection and the group holds fewer than kMaxGroup writes, the thread
// hands the connection on and waits; otherwise it commits the group. Every thread of the group
// returns once that COMMIT has returned: a write is acknowledged only when it is on disk, as
// before (synchronous=FULL is unchanged). A write alone commits at once, as before.
//
// What a body sees: the rows of the writes before it in its group, which are not committed yet but
// commit with it or not at all. If SQLite rolls back the whole transaction under a body (an I/O
// error, a full disk, a statement interrupted because the server stops), that body fails and
// every write of the group before it runs again from the start (Store::Write's bodies are safe to
// run twice); a failed COMMIT fails every write of the group, and nothing of it is stored.
//
// Thread-safety: Run may be called from any number of threads at once, never from inside a body.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
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
  // group's COMMIT's outcome. An exception thrown by the body is rethrown once the group is
  // settled; what the body did is rolled back.
  Status Run(const std::function<Status()>& body);

  // What has been written: writes run (each run of a body counts) and groups committed. For tests
  // and benchmarks.
  struct Counts {
    std::int64_t writes = 0;
    std::int64_t commits = 0;
  };
  Counts counts() const;
  // Threads waiting for the connection now. For tests, which make a group by waiting for this.
  std::int64_t waiting() const;

 private:
  struct Group;
  // How one body ran.
  struct Ran {
    Status status;
    std::exception_ptr thrown;
    bool lost = false;  // the transaction was gone after it: SQLite rolled back the whole group
  };

  // Runs `body` in a savepoint of the open group's transaction. REQUIRES: this thread holds the
  // connection (busy_), and a group is open.
  Ran RunMember(const std::function<Status()>& body);
  // Commits or rolls back the open group, gives the connection back and wakes its members.
  // REQUIRES: this thread holds mutex_ and the connection.
  void Settle(bool lost, Status committed);

  Connection& writer_;            // used only by the thread that set busy_
  mutable std::mutex mutex_;      // guards everything below
  std::condition_variable free_;  // busy_ became false
  bool busy_ = false;             // a thread is using writer_
  std::int64_t waiting_ = 0;      // threads waiting for busy_ to become false
  std::shared_ptr<Group> group_;  // the open group: writer_ is inside its transaction
  std::int64_t members_ = 0;      // writes run in the open group
  Counts counts_;
};

}  // namespace kenes::sqlite
