// Two independent parts of one answer computed at once, one on a second thread. A view reads
// every check-in or every feedback item once or twice; at 5x the campaign such a pass takes
// 50-100 ms of one core, and a view made of two of them waited for one core while the other
// stood idle. The request still holds one admission slot: with other costly work running, the
// two threads share the cores with it, so the work is the same, only no longer in one line.
//
// Thread-safety: both parts only read the cache, under the shared lock the caller holds until
// both have returned.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <future>
#include <span>
#include <utility>

namespace kenes::analytics {

// Below this much work in one pass (check-ins or feedback items), one thread does it all: a second
// costs more to start, and to merge, than it saves. CampaignCache::split_from() holds the value in
// force, which tests set to 0 so that every pass is split.
inline constexpr std::size_t kSplitWorkFrom = 1'000'000;

// Runs `other` on a second thread and `here` on this one; returns once both have. An exception
// from either reaches the caller (std::async keeps `other`'s; its future waits for it even when
// `here` throws).
template <class Other, class Here>
void OnTwoThreads(Other&& other, Here&& here) {
  auto there = std::async(std::launch::async, std::forward<Other>(other));
  here();
  there.get();
}

// Runs every part once, each of two threads taking the next part not yet taken. List the longest
// first: the two then finish at about the same time whichever parts a filter makes long.
inline void ShareOnTwoThreads(std::span<const std::function<void()>> parts) {
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t part = next++; part < parts.size(); part = next++) parts[part]();
  };
  OnTwoThreads(work, work);
}

}  // namespace kenes::analytics
