// Unique reach: the distinct people behind the check-ins, beside the summed attendance, so that a
// person who came to five meetings is one person reached, not five.
//
// `distinct` is exact: a bit set over participant numbers (participant_index.h), filled from the
// check-ins of every matching event. `estimate` is HyperLogLog (hyperloglog.h): the merge of the
// sketches kept per campaign, region and day when the filter is on those alone, else a sketch
// filled in the same pass; its relative standard error is `estimate_error` (0.81%). Check-ins of
// cancelled events do not count.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "analytics/campaign_cache.h"
#include "analytics/filter.h"
#include "analytics/participant_bits.h"

namespace kenes::analytics {

struct Reach {
  std::int64_t checkins = 0;
  std::int64_t distinct = 0;
  double estimate = 0;
  double estimate_error = 0;   // relative standard error of `estimate`
  std::int64_t repeaters = 0;  // people checked in at two events or more
  double repeat_rate = 0;      // repeaters / distinct
  std::int64_t events_with_checkins = 0;
  // The counted attendance figures of the events that have check-ins: what distinct reach is to
  // be read against.
  AttendanceTotal attendance_at_checked_events;
};

Reach ComputeReach(const CampaignCache& cache, const Filter& filter);

// Each region's own reach under `filter` (with its region, that region alone), in region code
// order; regions without check-ins are left out. Under a filter without dates or a segment
// (RegionCountsKept), each region's counts of people are kept between answers (kept_counts.h).
std::vector<std::pair<std::string, Reach>> ComputeReachByRegion(const CampaignCache& cache,
                                                                const Filter& filter);
// The whole filter's reach and each region's, as ComputeReach and ComputeReachByRegion give them:
// under dates or a segment, in one pass over the check-ins instead of two.
struct ReachWithRegions {
  Reach whole;
  std::vector<std::pair<std::string, Reach>> regions;
};
ReachWithRegions ComputeReachWithRegions(const CampaignCache& cache, const Filter& filter);

// Whether `filter` selects, in each region, every event of one campaign or of all campaigns that
// counts for reach: the events whose counts the cache keeps per region.
bool RegionCountsKept(const Filter& filter);

// Distinct people among the participants of the given events (slots); the union, each counted
// once. For one large set, such as the coalition's events in attribution: half its check-ins are
// counted on a second thread (two_threads.h) when there are enough of them.
std::int64_t DistinctAmong(const CampaignCache& cache, const std::vector<std::uint32_t>& slots);

// DistinctAmong for many sets of events in turn (attribution's members, after-vote's places): one
// bit set over every participant number, reused and emptied in no time (participant_bits.h).
// Allocating and zeroing a fresh one per set cost more than counting the few thousand check-ins
// of a small set.
class DistinctCounter {
 public:
  explicit DistinctCounter(const CampaignCache& cache);
  std::int64_t Count(const std::vector<std::uint32_t>& slots);

 private:
  const CampaignCache& cache_;
  ParticipantBits seen_;
  std::vector<std::uint32_t> ordered_;  // the slots of one count, in region order
};

}  // namespace kenes::analytics
