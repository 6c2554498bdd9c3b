#include "analytics/reach.h"

#include <bit>

namespace kenes::analytics {
namespace {

// Two bit sets over participant numbers: seen once, seen again; and their counts, kept as bits
// are set, so that no pass over the whole sets (millions of bits, for every region of a
// breakdown) is needed to read them.
class Tally {
 public:
  explicit Tally(std::size_t participants)
      : seen_((participants + 63) / 64, 0), again_((participants + 63) / 64, 0) {}

  void Add(std::uint32_t number) {
    const std::uint64_t bit = std::uint64_t{1} << (number & 63);
    std::uint64_t& seen = seen_[number >> 6];
    if (!(seen & bit)) {
      seen |= bit;
      ++distinct_;
      return;
    }
    std::uint64_t& again = again_[number >> 6];
    if (!(again & bit)) {
      again |= bit;
      ++repeaters_;
    }
  }
  std::int64_t distinct() const { return distinct_; }
  template <class F>
  void ForEachSeen(F&& visit) const {
    for (std::size_t i = 0; i < seen_.size(); ++i) {
      for (std::uint64_t word = seen_[i]; word; word &= word - 1) {
        visit(
            static_cast<std::uint32_t>(i * 64 + static_cast<std::size_t>(std::countr_zero(word))));
      }
    }
  }
  std::int64_t repeaters() const { return repeaters_; }

 private:
  std::vector<std::uint64_t> seen_;
  std::vector<std::uint64_t> again_;
  std::int64_t distinct_ = 0;
  std::int64_t repeaters_ = 0;
};

bool Counted(FigureState state) {
  return state == FigureState::kCounted || state == FigureState::kConfirmed;
}

}  // namespace

Reach ComputeReach(const CampaignCache& cache, const Filter& filter) {
  Reach reach;
  reach.estimate_error = HyperLogLog::StandardError();
  const std::uint32_t region = cache.places().Find(filter.region_code);
  const std::uint32_t segment = cache.segment_codes().Find(filter.segment);
  for (const EventRecord& event : cache.events()) {
    if (!event.CountsForReach() || event.participants.empty() ||
        !cache.Matches(event, filter, region, segment)) {
      continue;
    }
    ++reach.events_with_checkins;
    if (event.status == EventStatus::kHeld && event.attendance && Counted(cache.StateOf(event))) {
      reach.attendance_at_checked_events.Add(*event.attendance);
    }
  }
  if (filter.empty()) {
    // The whole campaign: counts kept up to date on every write.
    reach.checkins = static_cast<std::int64_t>(cache.checkins_total());
    reach.distinct = static_cast<std::int64_t>(cache.distinct_total());
    reach.repeaters = static_cast<std::int64_t>(cache.repeaters_total());
    reach.estimate = cache.sketch_total().Estimate();
  } else {
    Tally tally(cache.participants().size());
    HyperLogLog sketch;
    // Sketches are kept per campaign, region and day; a segment filter cuts across them.
    const bool by_cells = filter.segment.empty();
    for (const EventRecord& event : cache.events()) {
      if (!event.CountsForReach() || !cache.Matches(event, filter, region, segment)) continue;
      reach.checkins += static_cast<std::int64_t>(event.participants.size());
      for (std::uint32_t number : event.participants) tally.Add(number);
    }
    if (!by_cells) {
      // Each person once, in number order: the keys are then read front to back rather than at
      // random, which at ten million people is most of the cost of a segment's estimate.
      tally.ForEachSeen(
          [&](std::uint32_t number) { sketch.Add(cache.participants().key(number)); });
    } else {
      for (const auto& [key, cell] : cache.cells()) {
        Id campaign = 0;
        std::uint32_t cell_region = 0;
        Date date;
        CampaignCache::CellParts(key, campaign, cell_region, date);
        if (filter.campaign_id && campaign != *filter.campaign_id) continue;
        if (!filter.region_code.empty() && cell_region != (region & 0xFFFFF)) continue;
        if (filter.from && date < *filter.from) continue;
        if (filter.to && date > *filter.to) continue;
        sketch.Merge(cell);
      }
    }
    reach.distinct = tally.distinct();
    reach.repeaters = tally.repeaters();
    reach.estimate = sketch.Estimate();
  }
  reach.repeat_rate =
      reach.distinct ? static_cast<double>(reach.repeaters) / static_cast<double>(reach.distinct)
                     : 0;
  return reach;
}

std::int64_t DistinctAmong(const CampaignCache& cache, const std::vector<std::uint32_t>& slots) {
  Tally tally(cache.participants().size());
  for (std::uint32_t slot : slots) {
    const EventRecord& event = cache.events()[slot];
    if (!event.CountsForReach()) continue;
    for (std::uint32_t number : event.participants) tally.Add(number);
  }
  return tally.distinct();
}

}  // namespace kenes::analytics
