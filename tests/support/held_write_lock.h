// Another writer holding the lock every audited write needs (on SQLite the file's write lock, on
// PostgreSQL the audit chain's), from construction until Release or destruction, and for fifteen
// seconds at most, so that a server that cannot get past it still ends and its test reports it.
// For tests of what a server does with a write that waits for the database.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "store/store.h"

namespace kenes::testing {

class HeldWriteLock {
 public:
  // Returns once the lock is held. REQUIRES: `store` (not the server's own) outlives this.
  explicit HeldWriteLock(Store& store)
      : holder_([this, &store] {
          (void)store.Write([this](Transaction& tx) -> Status {
            KENES_TRY(tx.LockKey("audit_log"));
            std::unique_lock lock(mutex_);
            holding_ = true;
            changed_.notify_all();
            changed_.wait_for(lock, std::chrono::seconds(15), [this] { return released_; });
            return Error{ErrorCode::kConflict, "only holding the lock", {}};
          });
        }) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return holding_; });
  }
  ~HeldWriteLock() { Release(); }
  HeldWriteLock(const HeldWriteLock&) = delete;
  HeldWriteLock& operator=(const HeldWriteLock&) = delete;

  // Lets the lock go (the holder's write is rolled back) and waits for it to be let go.
  void Release() {
    {
      std::lock_guard lock(mutex_);
      released_ = true;
    }
    changed_.notify_all();
    if (holder_.joinable()) holder_.join();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  bool holding_ = false, released_ = false;
  std::thread holder_;
};

}  // namespace kenes::testing
