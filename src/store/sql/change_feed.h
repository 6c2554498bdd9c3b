// Delivers the announcements of a database to a store's subscribers (Store::Subscribe): its own
// right after its commits, and those of other writers as a watcher thread finds them in the
// change_log table. The watcher starts with the first subscriber, so a store nobody listens to
// runs no thread.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <shared_mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "core/ids.h"
#include "core/result.h"
#include "store/store.h"

namespace kenes::sql {

// An announcement as stored: its row id in change_log and its topic.
using Announcement = std::pair<Id, std::string>;

class ChangeFeed {
 public:
  // The store supplies how to read announcements after an id, in id order (`fetch`); the newest
  // id, where a new watcher starts (`latest`); and how to wait for new ones (`wait`): PostgreSQL
  // waits on LISTEN; without one, the watcher polls four times a second.
  using Fetch = std::function<Result<std::vector<Announcement>>(Id after)>;
  using Latest = std::function<Result<Id>()>;
  using Wait = std::function<void()>;

  ChangeFeed() = default;
  ~ChangeFeed();
  ChangeFeed(const ChangeFeed&) = delete;
  ChangeFeed& operator=(const ChangeFeed&) = delete;

  // Adds a listener, returning its number; the first one starts the watcher.
  int Subscribe(Store::ChangeListener listener, Fetch fetch, Latest latest, Wait wait = {});
  // Removes a listener, waiting for a delivery to it that is under way.
  void Unsubscribe(int subscription);
  // Delivers announcements this store committed, and remembers them so the watcher skips them.
  void DeliverOwn(const std::vector<Announcement>& announcements);
  // Stops the watcher; called by the store before its connections go.
  void Stop();

 private:
  void Watch(Fetch fetch, Wait wait);
  void Deliver(const std::string& topic);
  // Sleeps for the polling interval, or less when Stop is called.
  void Pause();

  // Deliveries hold it shared while they call listeners; Unsubscribe holds it exclusively, so it
  // returns only once no call to the listener it removes is running.
  std::shared_mutex listeners_mutex_;  // guards listeners_ and next_subscription_
  std::map<int, Store::ChangeListener> listeners_;
  int next_subscription_ = 0;
  std::mutex own_mutex_;  // guards own_ and the start of the watcher
  std::set<Id> own_;
  std::atomic<Id> last_seen_{0};
  std::atomic<bool> stopping_{false};
  std::mutex pause_mutex_;  // with pause_, lets Stop cut a pause short
  std::condition_variable pause_;
  std::thread watcher_;
};

}  // namespace kenes::sql
