// Counts of one part of the campaign (a coalition member's people, a region's), kept from one
// answer to the next until that part changes. Attribution counts every member's distinct people
// over the member's held events, and reach every region's: at 5x the campaign some 57 and 50
// million numbers read and as many bits set per answer, most of each route's time, to give the
// same counts as the answer before for every part no write touched since (docs/analytics.md,
// "Counting less"). Here a count stays until the cache forgets its part: a member's when a
// check-in is added to or removed from one of its events, or one of its events is created,
// edited or deleted; a region's likewise for the events held there. One coordinator's check-in
// then costs the next answer a recount of its event's organizers and region alone.
//
// A count is kept per part and campaign (one campaign, or every campaign): the filters that
// change a part's events otherwise (dates, a segment) count afresh each time.
//
// Thread-safety: internally synchronized (mutex_). Answers call Find and Keep under the cache's
// shared lock, several at once; the cache calls Forget under its exclusive lock, while no answer
// runs, so a count kept during an answer is the count of the mirror that answer read.
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <utility>

#include "analytics/filter.h"
#include "core/ids.h"

namespace kenes::analytics {

// The stores number records from 1 (SQLite's rowid, PostgreSQL's identity): 0 is no campaign's
// id, and stands for every campaign.
inline constexpr Id kEveryCampaign = 0;
// The campaign a count under `filter` is kept for.
inline Id KeptCampaignOf(const Filter& filter) {
  return filter.campaign_id.value_or(kEveryCampaign);
}

template <class Count>
class KeptCounts {
 public:
  // The kept count of `part` in `campaign`, if any.
  std::optional<Count> Find(Id part, Id campaign) const {
    std::lock_guard lock(mutex_);
    auto it = counts_.find({part, campaign});
    if (it == counts_.end()) return std::nullopt;
    return it->second;
  }
  void Keep(Id part, Id campaign, const Count& count) {
    std::lock_guard lock(mutex_);
    counts_[{part, campaign}] = count;
  }
  // Drops `part`'s counts in every campaign: its events or their check-ins changed.
  void Forget(Id part) {
    std::lock_guard lock(mutex_);
    counts_.erase(counts_.lower_bound({part, 0}), counts_.lower_bound({part + 1, 0}));
  }

 private:
  mutable std::mutex mutex_;
  std::map<std::pair<Id, Id>, Count> counts_;  // by part, campaign; guarded
};

}  // namespace kenes::analytics
