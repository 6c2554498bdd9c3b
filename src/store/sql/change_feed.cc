#include "store/sql/change_feed.h"

namespace kenes::sql {

ChangeFeed::~ChangeFeed() { Stop(); }

void ChangeFeed::Stop() {
  {
    std::lock_guard lock(pause_mutex_);
    stopping_ = true;
  }
  pause_.notify_all();
  if (watcher_.joinable()) watcher_.join();
}

void ChangeFeed::Pause() {
  std::unique_lock lock(pause_mutex_);
  pause_.wait_for(lock, std::chrono::milliseconds(250), [this] { return stopping_.load(); });
}

int ChangeFeed::Subscribe(Store::ChangeListener listener, Fetch fetch, Latest latest, Wait wait) {
  int subscription = 0;
  {
    std::unique_lock lock(listeners_mutex_);
    subscription = ++next_subscription_;
    listeners_.emplace(subscription, std::move(listener));
  }
  std::lock_guard lock(own_mutex_);
  if (!watcher_.joinable()) {
    auto start = latest();
    last_seen_ = start.ok() ? *start : 0;
    watcher_ = std::thread(
        [this, fetch = std::move(fetch), wait = std::move(wait)] { Watch(fetch, wait); });
  }
  return subscription;
}

void ChangeFeed::Unsubscribe(int subscription) {
  std::unique_lock lock(listeners_mutex_);
  listeners_.erase(subscription);
}

void ChangeFeed::Deliver(const std::string& topic) {
  std::shared_lock lock(listeners_mutex_);
  for (const auto& [subscription, listener] : listeners_) listener(topic);
}

void ChangeFeed::DeliverOwn(const std::vector<Announcement>& announcements) {
  if (announcements.empty()) return;
  {
    std::lock_guard lock(own_mutex_);
    if (!watcher_.joinable()) return;  // nobody has subscribed
    for (const auto& [id, topic] : announcements) own_.insert(id);
  }
  for (const auto& [id, topic] : announcements) Deliver(topic);
}

void ChangeFeed::Watch(Fetch fetch, Wait wait) {
  while (!stopping_) {
    if (wait) {
      wait();
    } else {
      Pause();
    }
    if (stopping_) break;
    auto found = fetch(last_seen_);
    if (!found.ok()) {
      // The database is away for a moment; try again rather than end the watch.
      Pause();
      continue;
    }
    for (const auto& [id, topic] : *found) {
      last_seen_ = id;
      bool mine = false;
      {
        std::lock_guard lock(own_mutex_);
        mine = own_.erase(id) > 0;
      }
      if (!mine) Deliver(topic);
    }
  }
}

}  // namespace kenes::sql
