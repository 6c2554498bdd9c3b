#include "store/sqlite/group_commit.h"

#include <condition_variable>
#include <vector>

#include "store/query_deadline.h"

namespace kenes::sqlite {

// One call of Run: its body, how its last run went, and whose turn it is. Lives on the stack of
// the thread that called Run; that thread waits in Run until the write is settled.
struct GroupCommit::Write {
  enum class Turn { kQueued, kLead, kSettled };

  Write(const std::function<Status()>& body, const std::atomic<bool>* stop)
      : body(body), stop(stop) {}

  // Tells the waiting thread its turn. The write may be gone once this returns.
  void Tell(Turn turn) {
    std::lock_guard lock(mutex);
    this->turn = turn;
    changed.notify_one();
  }
  Turn Await() {
    std::unique_lock lock(mutex);
    // Not std::atomic::wait: it spins with sched_yield first, which with 200 request threads on
    // two cores was a tenth of the server's time.
    changed.wait(lock, [&] { return turn != Turn::kQueued; });
    return turn;
  }
  Status Outcome() const {
    if (thrown) std::rethrow_exception(thrown);
    return status;
  }

  const std::function<Status()>& body;
  const std::atomic<bool>* const stop;  // the stop flag of the thread that sent it
  // Set by the thread that runs it (the leader), read by its own thread once settled.
  Status status = Ok();  // its last run's failure, else its group's COMMIT's outcome
  std::exception_ptr thrown;
  bool lost = false;  // the transaction was gone after it: SQLite rolled back the whole group

  std::mutex mutex;  // guards turn
  std::condition_variable changed;
  Turn turn = Turn::kQueued;
};

namespace {

// Runs one of the statements that frame a group and its members; they are prepared once, as
// every statement on the connection is.
Status RunStatement(Connection& connection, std::string_view sql) {
  KENES_ASSIGN(sql::Statement * statement, connection.Prepare(sql));
  return statement->Run();
}

}  // namespace

Status GroupCommit::Run(const std::function<Status()>& body) {
  if (QueryDeadline::Stopping()) return QueryDeadline::Stopped();
  Write write(body, QueryDeadline::StopFlag());
  {
    std::unique_lock lock(mutex_);
    if (busy_) {
      queue_.push_back(&write);
      lock.unlock();
      if (write.Await() == Write::Turn::kSettled) return write.Outcome();
      // Handed the connection: it leads the next group.
    } else {
      busy_ = true;
    }
  }
  Lead(write);
  return write.Outcome();
}

void GroupCommit::Lead(Write& own) {
  while (true) {
    // Another process's write waits for this group's COMMIT, or this one for another's (the busy
    // handler), until the server stops.
    writer_.SetLimits(std::nullopt, own.stop);
    Status began = RunStatement(writer_, "BEGIN IMMEDIATE");
    writer_.SetLimits(std::nullopt, nullptr);
    if (!began.ok()) {
      own.status = std::move(began);
      own.thrown = nullptr;  // from a run of a group since rolled back
      return HandOn();
    }
    std::vector<Write*> group = {&own};
    RunMember(own);
    while (!group.back()->lost && static_cast<std::int64_t>(group.size()) < kMaxGroup) {
      Write* next = nullptr;
      {
        std::lock_guard lock(mutex_);
        if (queue_.empty()) break;
        next = queue_.front();
        queue_.pop_front();
      }
      RunMember(*next);
      group.push_back(next);
    }
    Write& last = *group.back();
    if (last.lost) {
      // Its failure ended the group. The writes before it were rolled back with it: what they
      // did, or their own failures, may have rested on writes that are gone. They run again,
      // from the start, in their order: this thread's own first, the others first in the queue.
      if (&last == &own) return HandOn();
      {
        std::lock_guard lock(mutex_);
        for (std::size_t i = group.size() - 2; i >= 1; --i) queue_.push_front(group[i]);
      }
      last.Tell(Write::Turn::kSettled);
      continue;
    }
    // Without limits: the group carries others' writes, and a COMMIT begun is let finish.
    Status committed = RunStatement(writer_, "COMMIT");
    if (committed.ok()) {
      ++commits_;
    } else {
      (void)RunStatement(writer_, "ROLLBACK");
    }
    for (Write* write : group) {
      if (write->status.ok()) write->status = committed;
    }
    // The next group begins while this one's threads wake.
    HandOn();
    for (std::size_t i = 1; i < group.size(); ++i) group[i]->Tell(Write::Turn::kSettled);
    return;
  }
}

void GroupCommit::RunMember(Write& write) {
  ++writes_;
  write.thrown = nullptr;
  write.lost = false;
  // The server's stop ends the body's statements, as it did before groups; the rest without.
  writer_.SetLimits(std::nullopt, write.stop);
  write.status = RunStatement(writer_, "SAVEPOINT member");
  if (write.status.ok()) {
    try {
      write.status = write.body();
    } catch (...) {
      write.thrown = std::current_exception();
      write.status = Internal("the write threw an exception");
    }
  }
  writer_.SetLimits(std::nullopt, nullptr);
  writer_.ResetStatements();
  if (!writer_.InTransaction()) {
    write.lost = true;
    if (write.status.ok()) {
      write.status =
          Error{ErrorCode::kUnavailable, "the database rolled the write back; try again", {}};
    }
    return;
  }
  if (write.status.ok()) write.status = RunStatement(writer_, "RELEASE member");
  if (!write.status.ok()) {
    (void)RunStatement(writer_, "ROLLBACK TO member");
    (void)RunStatement(writer_, "RELEASE member");
  }
}

void GroupCommit::HandOn() {
  Write* next = nullptr;
  {
    std::lock_guard lock(mutex_);
    if (queue_.empty()) {
      busy_ = false;
      return;
    }
    next = queue_.front();
    queue_.pop_front();
  }
  next->Tell(Write::Turn::kLead);
}

GroupCommit::Counts GroupCommit::counts() const { return {writes_.load(), commits_.load()}; }

std::int64_t GroupCommit::waiting() const {
  std::lock_guard lock(mutex_);
  return static_cast<std::int64_t>(queue_.size());
}

}  // namespace kenes::sqlite
