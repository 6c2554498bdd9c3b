#include "analytics/reach.h"

#include <algorithm>
#include <bit>
#include <numeric>
#include <optional>
#include <unordered_map>

#include "analytics/kept_counts.h"
#include "analytics/two_threads.h"

namespace kenes::analytics {
namespace {

// Two bits per participant number: seen once, seen again; and their counts, kept as bits are set,
// so that no pass over the whole sets (millions of bits, for every region of a breakdown) is
// needed to read them. One Tally serves every region of a breakdown in turn (Reset).
class Tally {
 public:
  // Empty sets over `participants` numbers, the memory of the last use kept. Only the words the
  // last use touched are cleared: with participants numbered region by region
  // (participant_order.cc) a region's count touches a tenth of the set or less, and clearing the
  // whole set for every region of a breakdown was a tenth of /analytics/reach.
  void Reset(std::size_t participants) {
    const std::size_t words = (participants + 63) / 64;
    if (words_.size() != words) {
      words_.assign(words, Word{});
    } else if (low_ <= high_) {
      std::fill(words_.begin() + low_, words_.begin() + high_ + 1, Word{});
    }
    low_ = SIZE_MAX;
    high_ = 0;
    distinct_ = 0;
    repeaters_ = 0;
  }

  // The check-ins of one event. Without branches: whether a person was seen before is a coin
  // toss the processor cannot predict, and a mispredicted branch per check-in costs more than the
  // arithmetic. The running figures are kept in locals: as members, each store to a word could
  // alias them for the compiler, which then wrote them back to memory at every check-in and read
  // them again at the next (reach by week at 5x the campaign: x0.89-0.95 with locals).
  void Add(const ParticipantNumbers& numbers) {
    std::size_t low = low_;
    std::size_t high = high_;
    std::int64_t distinct = distinct_;
    std::int64_t repeaters = repeaters_;
    Word* const words = words_.data();
    for (std::uint32_t number : numbers) {
      const std::uint64_t bit = std::uint64_t{1} << (number & 63);
      const std::size_t at = number >> 6;
      low = std::min(low, at);
      high = std::max(high, at);
      Word& word = words[at];
      const std::uint64_t before = word.seen & bit;
      distinct += before == 0;
      repeaters += (before & ~word.again) != 0;
      word.seen |= bit;
      word.again |= before;
    }
    low_ = low;
    high_ = high;
    distinct_ = distinct;
    repeaters_ = repeaters;
  }
  std::int64_t distinct() const { return distinct_; }
  template <class F>
  void ForEachSeen(F&& visit) const {
    for (std::size_t i = low_; i <= high_ && i < words_.size(); ++i) {
      for (std::uint64_t word = words_[i].seen; word; word &= word - 1) {
        visit(
            static_cast<std::uint32_t>(i * 64 + static_cast<std::size_t>(std::countr_zero(word))));
      }
    }
  }
  std::int64_t repeaters() const { return repeaters_; }

  // Takes in the people `other` counted (a second thread's share of the same events, or one
  // region's people into the whole's): seen by either is seen, seen again by either or by both is
  // a repeater. Reads only the words `other` touched, and keeps the counts by what those words
  // gain, so that taking in twenty regions one after another costs their ranges, not twenty
  // times the whole's.
  void Absorb(const Tally& other) {
    if (other.low_ > other.high_) return;
    if (words_.size() < other.words_.size()) words_.resize(other.words_.size());
    low_ = std::min(low_, other.low_);
    high_ = std::max(high_, other.high_);
    for (std::size_t i = other.low_; i <= other.high_; ++i) {
      Word& word = words_[i];
      const Word& theirs = other.words_[i];
      const std::uint64_t again = word.again | theirs.again | (word.seen & theirs.seen);
      const std::uint64_t seen = word.seen | theirs.seen;
      distinct_ += std::popcount(seen & ~word.seen);
      repeaters_ += std::popcount(again & ~word.again);
      word.seen = seen;
      word.again = again;
    }
  }

 private:
  // A person's two bits side by side: each check-in reads and writes one cache line, not one in
  // each of two arrays.
  struct Word {
    std::uint64_t seen = 0;
    std::uint64_t again = 0;
  };
  std::vector<Word> words_;
  std::size_t low_ = SIZE_MAX;  // the words touched since Reset, when low_ <= high_
  std::size_t high_ = 0;
  std::int64_t distinct_ = 0;
  std::int64_t repeaters_ = 0;
};

// `slots` ordered by their events' regions, in slot order within a region. Participants are
// numbered region by region (participant_order.cc), so while one region's events are counted the
// bits they touch lie within that region's range, in the nearest cache, rather than anywhere in a
// set of millions. The count is the same in any order.
void InRegionOrder(const CampaignCache& cache, std::vector<std::uint32_t>& slots) {
  const auto& events = cache.events();
  std::vector<std::uint64_t> keyed;
  keyed.reserve(slots.size());
  bool sorted = true;
  for (std::uint32_t slot : slots) {
    keyed.push_back(std::uint64_t{events[slot].region} << 32 | slot);
    sorted = sorted && (keyed.size() == 1 || keyed[keyed.size() - 2] <= keyed.back());
  }
  if (sorted) return;
  std::sort(keyed.begin(), keyed.end());
  for (std::size_t i = 0; i < slots.size(); ++i) {
    slots[i] = static_cast<std::uint32_t>(keyed[i] & 0xFFFFFFFF);
  }
}

// The sketches kept per campaign, region and day (CampaignCache::cells), with their keys, in a
// list read front to back: a breakdown reads them once per region, and walking the hash map's
// nodes each time was a cache miss per cell, a seventh of /analytics/reach.
using Cells = std::vector<std::pair<std::uint64_t, const HyperLogLog*>>;

Cells CellsOf(const CampaignCache& cache) {
  Cells cells;
  cells.reserve(cache.cells().size());
  for (const auto& [key, cell] : cache.cells()) cells.emplace_back(key, &cell);
  return cells;
}

bool Counted(FigureState state) {
  return state == FigureState::kCounted || state == FigureState::kConfirmed;
}

// Adds the check-ins of `slots` from `begin` to `end` to `tally`; returns their count.
std::int64_t AddCheckIns(const CampaignCache& cache, const std::vector<std::uint32_t>& slots,
                         std::size_t begin, std::size_t end, Tally& tally) {
  const auto& events = cache.events();
  std::int64_t checkins = 0;
  for (std::size_t i = begin; i < end; ++i) {
    // The next event's numbers are asked for while this one's are counted: each event's lie
    // apart from the last's, and the profile put a third of the time on reading the first.
    if (i + 1 < end) __builtin_prefetch(events[slots[i + 1]].participants.data());
    if (i + 4 < end) __builtin_prefetch(&events[slots[i + 4]].participants);
    const EventRecord& event = events[slots[i]];
    checkins += static_cast<std::int64_t>(event.participants.size());
    tally.Add(event.participants);
  }
  return checkins;
}

// `tally` reset and filled with the people of `slots`; returns their check-ins. With `second`,
// scratch of its own, the later half of the check-ins is counted on a second thread and merged.
std::int64_t TallyOver(const CampaignCache& cache, const std::vector<std::uint32_t>& slots,
                       Tally& tally, Tally* second) {
  const auto& events = cache.events();
  tally.Reset(cache.participants().size());
  std::size_t checkins = 0;
  for (std::uint32_t slot : slots) checkins += events[slot].participants.size();
  if (!second || checkins < cache.split_from()) {
    return AddCheckIns(cache, slots, 0, slots.size(), tally);
  }
  // The split where half the check-ins lie before it: the two halves are the same work.
  std::size_t half = 0;
  for (std::size_t before = 0; half < slots.size() && before * 2 < checkins; ++half) {
    before += events[slots[half]].participants.size();
  }
  OnTwoThreads(
      [&] {
        second->Reset(cache.participants().size());
        AddCheckIns(cache, slots, half, slots.size(), *second);
      },
      [&] { AddCheckIns(cache, slots, 0, half, tally); });
  tally.Absorb(*second);
  return static_cast<std::int64_t>(checkins);
}

using PeopleCounts = CampaignCache::PeopleCounts;

// Reach over `slots`, the events that match `filter` and count for reach, in slot order.
// `region` is the filter's interned region; `tally` is scratch, reused across calls, and
// `second`, when given, scratch for a second thread. With `kept`, the counts of those events'
// people are taken from it rather than counted (never with a segment, whose estimate reads the
// tally).
// With `kept` and a segment, `tally` holds the people of `slots` already.
Reach ReachOver(const CampaignCache& cache, const Filter& filter, std::uint32_t region,
                const std::vector<std::uint32_t>& slots, const Cells& cells, Tally& tally,
                Tally* second = nullptr, const std::optional<PeopleCounts>& kept = std::nullopt) {
  Reach reach;
  reach.estimate_error = HyperLogLog::StandardError();
  const auto& events = cache.events();
  for (std::uint32_t slot : slots) {
    const EventRecord& event = events[slot];
    if (event.participants.empty()) continue;
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
    if (kept) {
      reach.checkins = kept->checkins;
      reach.distinct = kept->distinct;
      reach.repeaters = kept->repeaters;
    } else {
      reach.checkins = TallyOver(cache, slots, tally, second);
      reach.distinct = tally.distinct();
      reach.repeaters = tally.repeaters();
    }
    HyperLogLog sketch;
    // Sketches are kept per campaign, region and day; a segment filter cuts across them.
    if (!filter.segment.empty()) {
      // Each person once, in number order: the keys are then read front to back rather than at
      // random, which at ten million people is most of the cost of a segment's estimate.
      tally.ForEachSeen(
          [&](std::uint32_t number) { sketch.Add(cache.participants().key(number)); });
    } else {
      for (const auto& [key, cell] : cells) {
        Id campaign = 0;
        std::uint32_t cell_region = 0;
        Date date;
        CampaignCache::CellParts(key, campaign, cell_region, date);
        if (filter.campaign_id && campaign != *filter.campaign_id) continue;
        if (!filter.region_code.empty() && cell_region != (region & 0xFFFFF)) continue;
        if (filter.from && date < *filter.from) continue;
        if (filter.to && date > *filter.to) continue;
        sketch.Merge(*cell);
      }
    }
    reach.estimate = sketch.Estimate();
  }
  reach.repeat_rate =
      reach.distinct ? static_cast<double>(reach.repeaters) / static_cast<double>(reach.distinct)
                     : 0;
  return reach;
}

}  // namespace

Reach ComputeReach(const CampaignCache& cache, const Filter& filter) {
  const std::uint32_t region = cache.places().Find(filter.region_code);
  const std::uint32_t segment = cache.segment_codes().Find(filter.segment);
  std::vector<std::uint32_t> slots;
  const auto& events = cache.events();
  for (std::uint32_t slot = 0; slot < events.size(); ++slot) {
    const EventRecord& event = events[slot];
    if (event.CountsForReach() && cache.Matches(event, filter, region, segment)) {
      slots.push_back(slot);
    }
  }
  if (!filter.empty()) InRegionOrder(cache, slots);
  Tally tally, second;
  const Cells cells = filter.empty() || !filter.segment.empty() ? Cells{} : CellsOf(cache);
  // One region's events are the events of its row in the breakdown, whose counts may be kept.
  const bool one_region =
      !filter.region_code.empty() && region != kNone && RegionCountsKept(filter);
  const auto kept =
      one_region ? cache.region_reach().Find(region, KeptScopeOf(filter)) : std::nullopt;
  const Reach reach = ReachOver(cache, filter, region, slots, cells, tally, &second, kept);
  if (one_region && !kept) {
    cache.region_reach().Keep(region, KeptScopeOf(filter),
                              {reach.checkins, reach.distinct, reach.repeaters});
  }
  return reach;
}

namespace {

// ComputeReachByRegion. With `wholes` (two tallies), each region's people, once counted, are
// taken into one of them (each thread's into its own, and the events of a region not listed into
// the first), so that the two merged are the whole filter's people without a second count of the
// check-ins: taking in a region's tally reads only the words its people lie in (Tally::Absorb),
// a few hundred kilobytes, where counting the whole again read every check-in once more.
std::vector<std::pair<std::string, Reach>> RegionRows(const CampaignCache& cache,
                                                      const Filter& filter, Tally* wholes) {
  // One pass sorts the matching events by region; each region's reach then reads its own.
  const std::uint32_t only = cache.places().Find(filter.region_code);
  const std::uint32_t segment = cache.segment_codes().Find(filter.segment);
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> by_region;
  const auto& events = cache.events();
  for (std::uint32_t slot = 0; slot < events.size(); ++slot) {
    const EventRecord& event = events[slot];
    if (event.CountsForReach() && cache.Matches(event, filter, only, segment)) {
      by_region[event.region].push_back(slot);
    }
  }
  // Each region's sketches, gathered in one walk over them.
  std::unordered_map<std::uint32_t, Cells> cells_of;
  if (filter.segment.empty()) {
    for (const auto& cell : CellsOf(cache)) {
      Id campaign = 0;
      std::uint32_t cell_region = 0;
      Date date;
      CampaignCache::CellParts(cell.first, campaign, cell_region, date);
      cells_of[cell_region].push_back(cell);
    }
  }
  // The regions with events, in code order, their kept counts where the cache has them, and how
  // many check-ins each of the others has to count.
  const bool keep = RegionCountsKept(filter);
  std::vector<std::uint32_t> present;
  std::vector<std::optional<PeopleCounts>> kept;
  std::vector<std::size_t> checkins;
  for (std::uint32_t region : cache.regions()) {
    const auto found = by_region.find(region);
    if (found == by_region.end()) continue;
    present.push_back(region);
    kept.push_back(keep ? cache.region_reach().Find(region, KeptScopeOf(filter)) : std::nullopt);
    std::size_t count = 0;
    if (!kept.back()) {
      for (std::uint32_t slot : found->second) count += events[slot].participants.size();
    }
    checkins.push_back(count);
  }
  // The regions are independent: they are shared out between two threads, the largest first,
  // each to the thread with fewer check-ins so far, so that both finish at about the same time.
  std::vector<std::size_t> largest_first(present.size());
  std::iota(largest_first.begin(), largest_first.end(), std::size_t{0});
  std::sort(largest_first.begin(), largest_first.end(),
            [&](std::size_t a, std::size_t b) { return checkins[a] > checkins[b]; });
  std::vector<int> thread_of(present.size(), 0);
  std::size_t load[2] = {0, 0};
  for (std::size_t i : largest_first) {
    thread_of[i] = load[1] < load[0] ? 1 : 0;
    load[thread_of[i]] += checkins[i];
  }
  const Cells none;
  std::vector<Reach> reaches(present.size());
  const auto count = [&](int thread) {
    Tally tally;
    Tally* whole = wholes ? &wholes[thread] : nullptr;
    if (whole) whole->Reset(cache.participants().size());
    for (std::size_t i = 0; i < present.size(); ++i) {
      if (thread_of[i] != thread) continue;
      Filter one = filter;
      one.region_code = cache.places().CodeOf(present[i]);
      const auto cells = cells_of.find(present[i] & 0xFFFFF);
      reaches[i] =
          ReachOver(cache, one, present[i], by_region.at(present[i]),
                    cells == cells_of.end() ? none : cells->second, tally, nullptr, kept[i]);
      if (whole && !kept[i]) whole->Absorb(tally);
    }
  };
  if (load[0] + load[1] < cache.split_from()) {
    std::fill(thread_of.begin(), thread_of.end(), 0);
    count(0);  // wholes[1] stays empty
  } else {
    OnTwoThreads([&] { count(1); }, [&] { count(0); });
  }
  if (wholes) {
    for (const auto& [region, slots] : by_region) {
      if (std::find(present.begin(), present.end(), region) == present.end()) {
        AddCheckIns(cache, slots, 0, slots.size(), wholes[0]);
      }
    }
  }
  for (std::size_t i = 0; keep && i < present.size(); ++i) {
    if (kept[i]) continue;
    cache.region_reach().Keep(present[i], KeptScopeOf(filter),
                              {reaches[i].checkins, reaches[i].distinct, reaches[i].repeaters});
  }
  std::vector<std::pair<std::string, Reach>> rows;
  for (std::size_t i = 0; i < present.size(); ++i) {
    if (reaches[i].checkins) rows.emplace_back(cache.places().CodeOf(present[i]), reaches[i]);
  }
  return rows;
}

}  // namespace

std::vector<std::pair<std::string, Reach>> ComputeReachByRegion(const CampaignCache& cache,
                                                                const Filter& filter) {
  return RegionRows(cache, filter, nullptr);
}

ReachWithRegions ComputeReachWithRegions(const CampaignCache& cache, const Filter& filter) {
  // Over the whole campaign the whole is kept by the cache, and without dates or a segment the
  // regions' counts are kept (mostly): nothing to share.
  if (filter.empty() || RegionCountsKept(filter)) {
    return {ComputeReach(cache, filter), ComputeReachByRegion(cache, filter)};
  }
  ReachWithRegions out;
  Tally wholes[2];
  out.regions = RegionRows(cache, filter, wholes);
  wholes[0].Absorb(wholes[1]);
  const std::uint32_t region = cache.places().Find(filter.region_code);
  const std::uint32_t segment = cache.segment_codes().Find(filter.segment);
  std::vector<std::uint32_t> slots;
  std::int64_t checkins = 0;
  const auto& events = cache.events();
  for (std::uint32_t slot = 0; slot < events.size(); ++slot) {
    const EventRecord& event = events[slot];
    if (event.CountsForReach() && cache.Matches(event, filter, region, segment)) {
      slots.push_back(slot);
      checkins += static_cast<std::int64_t>(event.participants.size());
    }
  }
  const Cells cells = filter.segment.empty() ? CellsOf(cache) : Cells{};
  out.whole = ReachOver(cache, filter, region, slots, cells, wholes[0], nullptr,
                        PeopleCounts{checkins, wholes[0].distinct(), wholes[0].repeaters()});
  return out;
}

bool RegionCountsKept(const Filter& filter) {
  return !filter.from && !filter.to && filter.segment.empty();
}

std::int64_t DistinctAmong(const CampaignCache& cache, const std::vector<std::uint32_t>& asked) {
  const auto& events = cache.events();
  std::vector<std::uint32_t> slots;
  slots.reserve(asked.size());
  for (std::uint32_t slot : asked) {
    if (events[slot].CountsForReach()) slots.push_back(slot);
  }
  InRegionOrder(cache, slots);
  Tally tally, second;
  TallyOver(cache, slots, tally, &second);
  return tally.distinct();
}

DistinctCounter::DistinctCounter(const CampaignCache& cache)
    : cache_(cache), seen_(cache.participants().size()) {}

std::int64_t DistinctCounter::Count(const std::vector<std::uint32_t>& asked) {
  // Distinct people only, so one bit per person rather than a Tally's two: half the memory the
  // random bit updates touch, which is most of the cost.
  const auto& events = cache_.events();
  std::vector<std::uint32_t>& slots = ordered_;
  slots = asked;
  InRegionOrder(cache_, slots);
  seen_.Clear();
  std::int64_t distinct = 0;
  for (std::size_t i = 0; i < slots.size(); ++i) {
    // As in ReachOver: the next event's numbers asked for while this one's are counted, every
    // line of them (an event's numbers lie apart from the last's, too few for the processor to
    // see a stream and fetch ahead).
    if (i + 1 < slots.size()) {
      const ParticipantNumbers& next = events[slots[i + 1]].participants;
      for (std::size_t at = 0; at < next.size(); at += 16) __builtin_prefetch(next.data() + at);
    }
    if (i + 4 < slots.size()) __builtin_prefetch(&events[slots[i + 4]].participants);
    const EventRecord& event = events[slots[i]];
    if (!event.CountsForReach()) continue;
    for (std::uint32_t number : event.participants) distinct += seen_.Insert(number);
  }
  return distinct;
}

}  // namespace kenes::analytics
