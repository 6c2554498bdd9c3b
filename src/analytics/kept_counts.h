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
// A count is kept per part and scope: one campaign or every campaign, and a date range or none.
// A filter that changes a part's events otherwise (a segment; a region, for a member) counts
// afresh each time. The forgetting above does not depend on dates: a part's counts in every scope
// go together, and an event moved to other dates is an edit of the event. Counts are kept for at
// most kMaxScopes scopes: a dashboard's user who steps through the weeks does not grow the memory
// without end; the scope kept first goes first.
//
// Thread-safety: internally synchronized (mutex_). Answers call Find and Keep under the cache's
// shared lock, several at once; the cache calls Forget under its exclusive lock, while no answer
// runs, so a count kept during an answer is the count of the mirror that answer read.
#pragma once

#include <algorithm>
#include <compare>
#include <cstdint>
#include <deque>
#include <limits>
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

// The events a kept count is over, besides its part: a campaign (or every campaign) and the days
// from `from` to `to`, both included, as days since the epoch (Date::days); open ends are the
// extremes.
struct KeptScope {
  Id campaign = kEveryCampaign;
  std::int64_t from = std::numeric_limits<std::int64_t>::min();
  std::int64_t to = std::numeric_limits<std::int64_t>::max();
  auto operator<=>(const KeptScope&) const = default;
};

// The scope of a count under `filter` (whose region and segment, if any, the caller has ruled out).
inline KeptScope KeptScopeOf(const Filter& filter) {
  KeptScope scope;
  scope.campaign = filter.campaign_id.value_or(kEveryCampaign);
  if (filter.from) scope.from = filter.from->days();
  if (filter.to) scope.to = filter.to->days();
  return scope;
}

template <class Count>
class KeptCounts {
 public:
  static constexpr std::size_t kMaxScopes = 16;

  // The kept count of `part` in `scope`, if any.
  std::optional<Count> Find(Id part, const KeptScope& scope) const {
    std::lock_guard lock(mutex_);
    auto it = counts_.find({part, scope});
    if (it == counts_.end()) return std::nullopt;
    return it->second;
  }
  void Keep(Id part, const KeptScope& scope, const Count& count) {
    std::lock_guard lock(mutex_);
    if (std::find(scopes_.begin(), scopes_.end(), scope) == scopes_.end()) {
      if (scopes_.size() == kMaxScopes) {
        std::erase_if(counts_, [&](const auto& kept) { return kept.first.second == scopes_[0]; });
        scopes_.pop_front();
      }
      scopes_.push_back(scope);
    }
    counts_[{part, scope}] = count;
  }
  // Drops `part`'s counts in every scope: its events or their check-ins changed.
  void Forget(Id part) {
    std::lock_guard lock(mutex_);
    counts_.erase(counts_.lower_bound({part, KeptScope{0, kFirstDay, kFirstDay}}),
                  counts_.lower_bound({part + 1, KeptScope{0, kFirstDay, kFirstDay}}));
  }

 private:
  static constexpr std::int64_t kFirstDay = std::numeric_limits<std::int64_t>::min();

  mutable std::mutex mutex_;
  std::map<std::pair<Id, KeptScope>, Count> counts_;  // by part, scope; guarded
  std::deque<KeptScope> scopes_;                      // the scopes kept, first kept first; guarded
};

}  // namespace kenes::analytics
