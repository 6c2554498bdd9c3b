// Each coalition member's people, kept from one answer to the next until the member's events
// change. Attribution counts every member's distinct people over the member's held events: at 5x
// the campaign some 57 million numbers read and as many bits set per answer, four fifths of the
// route's time, to give the same 305 counts as the answer before whenever nothing of those
// members changed (docs/analytics.md, "Where attribution's time goes at 5x"). Here a count stays
// until the cache forgets it: a check-in added to or removed from one of the member's events, or
// an event of the member created, edited (its organizers, status or campaign) or deleted. One
// coordinator's check-in then costs the next answer a recount of that event's organizers alone.
//
// A count is kept per organization and campaign (the whole campaign, or every campaign): the
// attribution filters that change a member's events otherwise (dates, region, segment) count
// afresh each time.
//
// Thread-safety: internally synchronized (mutex_). Answers Find and Keep under the cache's shared
// lock, several at once; the cache calls Forget under its exclusive lock, while no answer runs,
// so a count kept during an answer is the count of the mirror that answer read.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <utility>

#include "core/ids.h"

namespace kenes::analytics {

class MemberReachMemo {
 public:
  // The stores number records from 1 (SQLite's rowid, PostgreSQL's identity): 0 is no campaign's
  // id, and stands for every campaign.
  static constexpr Id kEveryCampaign = 0;

  // The kept count of `organization`'s people in `campaign`, if any.
  std::optional<std::int64_t> Find(Id organization, Id campaign) const {
    std::lock_guard lock(mutex_);
    auto it = counts_.find({organization, campaign});
    if (it == counts_.end()) return std::nullopt;
    return it->second;
  }
  void Keep(Id organization, Id campaign, std::int64_t people) {
    std::lock_guard lock(mutex_);
    counts_[{organization, campaign}] = people;
  }
  // Drops `organization`'s counts in every campaign: one of its events or their check-ins changed.
  void Forget(Id organization) {
    std::lock_guard lock(mutex_);
    counts_.erase(counts_.lower_bound({organization, 0}),
                  counts_.lower_bound({organization + 1, 0}));
  }
  std::size_t size() const {
    std::lock_guard lock(mutex_);
    return counts_.size();
  }

 private:
  mutable std::mutex mutex_;
  std::map<std::pair<Id, Id>, std::int64_t> counts_;  // by organization, campaign; guarded
};

}  // namespace kenes::analytics
