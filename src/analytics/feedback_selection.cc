#include "analytics/feedback_selection.h"

#include <algorithm>
#include <climits>

#include "analytics/two_threads.h"

namespace kenes::analytics {
namespace {

// Keeps the slots of `selected` that pass `keep`, in order.
template <class F>
void Narrow(std::vector<std::uint32_t>& selected, F&& keep) {
  std::size_t kept = 0;
  for (std::uint32_t slot : selected) {
    selected[kept] = slot;
    kept += keep(slot) ? 1 : 0;
  }
  selected.resize(kept);
}

}  // namespace

std::vector<std::uint32_t> SelectFeedback(const CampaignCache& cache, const Filter& filter) {
  const auto& f = cache.feedback();
  const auto& events = cache.events();
  const std::size_t slots = f.id.size();
  std::vector<std::uint32_t> selected;
  const bool dated = filter.from || filter.to;
  // The days kept; an item without a day (kNoDay, the least int32) falls below any range.
  const std::int32_t from =
      filter.from ? static_cast<std::int32_t>(filter.from->days()) : CampaignCache::kNoDay + 1;
  const std::int32_t to = filter.to ? static_cast<std::int32_t>(filter.to->days()) : INT32_MAX;
  const bool regional = !filter.region_code.empty();
  const std::uint32_t region = regional ? cache.places().Find(filter.region_code) : kNone;
  const bool segmented = !filter.segment.empty();
  const std::uint32_t segment = segmented ? cache.segment_codes().Find(filter.segment) : kNone;
  // Which events have the segment in their audience, one bit each, found once: 31 KB for 250,000
  // events, read for each item from the nearest cache. One bit more, never set, stands for an
  // item without an event.
  std::vector<std::uint64_t> event_in_segment;
  if (segmented) {
    event_in_segment.assign(events.size() / 64 + 1, 0);
    const auto& bits = cache.audience_bits();
    for (std::size_t event = 0; event < events.size(); ++event) {
      const bool in = segment < 64 ? ((bits[event] >> segment) & 1) != 0
                                   : std::binary_search(events[event].audience.begin(),
                                                        events[event].audience.end(), segment);
      event_in_segment[event / 64] |= std::uint64_t{in} << (event % 64);
    }
  }
  const auto no_event = static_cast<std::uint32_t>(events.size());
  // An item's own segment, or when it names none its event's audience. Without branches, as
  // every test below: whether an item passes is a coin toss the processor cannot predict, and
  // the mispredicted branches were two thirds of a segment's selection.
  const auto in_segment = [&](std::uint32_t slot) {
    const std::uint32_t own = f.segment[slot];
    const std::uint32_t event = std::min(f.event[slot], no_event);
    const bool by_event = ((event_in_segment[event / 64] >> (event % 64)) & 1) != 0;
    return static_cast<bool>(((own == kNone) & by_event) | (own == segment));
  };
  // One pass over every item tests the cheap parts, each a read of its own column; each item is
  // written down and kept only when it passes. The segment joins this pass when nothing
  // narrower comes before it.
  const bool segment_first = segmented && !dated && !regional;
  const auto select = [&](std::uint32_t begin, std::uint32_t end, std::vector<std::uint32_t>& out) {
    out.resize(end - begin);
    std::uint32_t* written = out.data();
    std::size_t kept = 0;
    for (std::uint32_t slot = begin; slot < end; ++slot) {
      bool keep = f.alive[slot] != 0;
      if (dated) keep &= (f.day[slot] >= from) & (f.day[slot] <= to);
      if (regional) keep &= f.region[slot] == region;
      if (segment_first) keep &= in_segment(slot);
      written[kept] = slot;
      kept += keep;
    }
    out.resize(kept);
    if (segmented && !segment_first) Narrow(out, in_segment);
  };
  if (slots < cache.split_from()) {
    select(0, static_cast<std::uint32_t>(slots), selected);
  } else {
    // The later half of the items on a second thread (two_threads.h), appended after.
    const auto half = static_cast<std::uint32_t>(slots / 2);
    std::vector<std::uint32_t> later;
    OnTwoThreads([&] { select(half, static_cast<std::uint32_t>(slots), later); },
                 [&] { select(0, half, selected); });
    selected.insert(selected.end(), later.begin(), later.end());
  }
  if (filter.campaign_id) {
    const Campaign* campaign = nullptr;
    for (const Campaign& c : cache.campaigns()) {
      if (!campaign && c.id == *filter.campaign_id) campaign = &c;
    }
    Narrow(selected, [&](std::uint32_t slot) {
      const std::uint32_t event = f.event[slot];
      if (event != kNone) return events[event].campaign_id == *filter.campaign_id;
      const std::int32_t day = f.day[slot];
      return campaign && day != CampaignCache::kNoDay && campaign->Covers(Date::FromDays(day));
    });
  }
  return selected;
}

}  // namespace kenes::analytics
