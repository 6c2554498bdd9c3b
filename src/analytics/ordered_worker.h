// One more thread that runs tasks in the order they are posted: the campaign's load reads rows
// from the store on its own thread and hands them here in batches, so interning participants and
// reading texts into terms goes on while the database steps to the next rows.
//
// The tasks run one at a time, in order, so what they touch needs no lock among themselves; what
// a task shares with the posting thread must not be touched there until Finish returns. Post
// blocks while `max_waiting` tasks wait, which bounds the memory of the batches in flight.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace kenes::analytics {

class OrderedWorker {
 public:
  explicit OrderedWorker(std::size_t max_waiting = 4);
  // Runs what was posted and ends the thread.
  ~OrderedWorker();
  OrderedWorker(const OrderedWorker&) = delete;
  OrderedWorker& operator=(const OrderedWorker&) = delete;

  // REQUIRES: `task` does not throw.
  void Post(std::function<void()> task);
  // Returns when every task posted so far has run.
  void Finish();

 private:
  void Run();

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::function<void()>> waiting_;  // guarded by mutex_
  std::size_t running_ = 0;                    // guarded by mutex_: 1 while a task runs
  bool stopping_ = false;                      // guarded by mutex_
  const std::size_t max_waiting_;
  std::thread thread_;  // last: starts after the fields it reads are set
};

}  // namespace kenes::analytics
