#include "store/sqlite/group_commit.h"

#include <atomic>

#include "store/query_deadline.h"

namespace kenes::sqlite {

struct GroupCommit::Group {
  // 1 once committed or lost; what follows is set before it. Its members wait on it rather than
  // on mutex_, which the next group's writes need meanwhile (an int: waiting on it is one futex).
  std::atomic<int> settled{0};
  bool lost = false;  // rolled back as a whole before its COMMIT: its members run again
  Status committed = Ok();
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
  while (true) {
    if (QueryDeadline::Stopping()) return QueryDeadline::Stopped();
    std::unique_lock lock(mutex_);
    ++waiting_;
    free_.wait(lock, [&] { return !busy_; });
    --waiting_;
    busy_ = true;
    std::shared_ptr<Group> group = group_;
    lock.unlock();
    if (!group) {
      // Another process's write waits for this group's COMMIT, or this one for another's (the busy
      // handler), until the server stops.
      writer_.SetLimits(std::nullopt, QueryDeadline::StopFlag());
      Status began = RunStatement(writer_, "BEGIN IMMEDIATE");
      writer_.SetLimits(std::nullopt, nullptr);
      lock.lock();
      if (!began.ok()) {
        busy_ = false;
        free_.notify_one();
        return began;
      }
      group = group_ = std::make_shared<Group>();
      members_ = 0;
      lock.unlock();
    }
    const Ran ran = RunMember(body);
    lock.lock();
    ++members_;
    ++counts_.writes;
    if (ran.lost) {
      Settle(true, Ok());
    } else if (waiting_ > 0 && members_ < kMaxGroup) {
      // A write waiting for the connection joins the group; it, or one after it, commits this one.
      busy_ = false;
      free_.notify_one();
    } else {
      lock.unlock();
      // Without limits: the group carries others' writes, and a COMMIT begun is let finish.
      Status committed = RunStatement(writer_, "COMMIT");
      if (!committed.ok()) (void)RunStatement(writer_, "ROLLBACK");
      lock.lock();
      Settle(false, committed);
    }
    lock.unlock();
    while (group->settled.load(std::memory_order_acquire) == 0) group->settled.wait(0);
    if (ran.thrown) std::rethrow_exception(ran.thrown);
    if (ran.lost) return ran.status;  // its failure ended the group
    // Rolled back with the group by another's failure: what it did, or its own failure, may have
    // rested on writes that are gone. It runs again, from the start.
    if (group->lost) continue;
    if (!ran.status.ok()) return ran.status;
    return group->committed;
  }
}

GroupCommit::Ran GroupCommit::RunMember(const std::function<Status()>& body) {
  Ran ran;
  // The server's stop ends the body's statements, as it did before groups; the rest without.
  writer_.SetLimits(std::nullopt, QueryDeadline::StopFlag());
  ran.status = RunStatement(writer_, "SAVEPOINT member");
  if (ran.status.ok()) {
    try {
      ran.status = body();
    } catch (...) {
      ran.thrown = std::current_exception();
      ran.status = Internal("the write threw an exception");
    }
  }
  writer_.SetLimits(std::nullopt, nullptr);
  writer_.ResetStatements();
  if (!writer_.InTransaction()) {
    ran.lost = true;
    if (ran.status.ok()) {
      ran.status =
          Error{ErrorCode::kUnavailable, "the database rolled the write back; try again", {}};
    }
    return ran;
  }
  if (ran.status.ok()) ran.status = RunStatement(writer_, "RELEASE member");
  if (!ran.status.ok()) {
    (void)RunStatement(writer_, "ROLLBACK TO member");
    (void)RunStatement(writer_, "RELEASE member");
  }
  return ran;
}

void GroupCommit::Settle(bool lost, Status committed) {
  group_->lost = lost;
  group_->committed = std::move(committed);
  group_->settled.store(1, std::memory_order_release);
  group_->settled.notify_all();
  if (!lost) ++counts_.commits;
  group_.reset();
  busy_ = false;
  free_.notify_one();
}

GroupCommit::Counts GroupCommit::counts() const {
  std::lock_guard lock(mutex_);
  return counts_;
}

std::int64_t GroupCommit::waiting() const {
  std::lock_guard lock(mutex_);
  return waiting_;
}

}  // namespace kenes::sqlite
