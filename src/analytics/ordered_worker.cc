#include "analytics/ordered_worker.h"

namespace kenes::analytics {

OrderedWorker::OrderedWorker(std::size_t max_waiting)
    : max_waiting_(max_waiting), thread_([this] { Run(); }) {}

OrderedWorker::~OrderedWorker() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void OrderedWorker::Post(std::function<void()> task) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return waiting_.size() < max_waiting_; });
  waiting_.push_back(std::move(task));
  lock.unlock();
  changed_.notify_all();
}

void OrderedWorker::Finish() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return waiting_.empty() && running_ == 0; });
}

void OrderedWorker::Run() {
  std::unique_lock lock(mutex_);
  while (true) {
    changed_.wait(lock, [&] { return !waiting_.empty() || stopping_; });
    if (waiting_.empty()) return;  // stopping, with nothing left to run
    std::function<void()> task = std::move(waiting_.front());
    waiting_.pop_front();
    running_ = 1;
    lock.unlock();
    changed_.notify_all();  // a place in the queue is free
    task();
    task = nullptr;  // the batch it holds is freed here, not under the lock
    lock.lock();
    running_ = 0;
    changed_.notify_all();
  }
}

}  // namespace kenes::analytics
