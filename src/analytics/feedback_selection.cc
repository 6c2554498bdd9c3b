#include "analytics/feedback_selection.h"

#include <algorithm>

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
  const std::int32_t from = filter.from ? static_cast<std::int32_t>(filter.from->days()) : 0;
  const std::int32_t to = filter.to ? static_cast<std::int32_t>(filter.to->days()) : 0;
  const bool regional = !filter.region_code.empty();
  const std::uint32_t region = regional ? cache.places().Find(filter.region_code) : kNone;
  const bool segmented = !filter.segment.empty();
  const std::uint32_t segment = segmented ? cache.segment_codes().Find(filter.segment) : kNone;
  const auto& bits = cache.audience_bits();
  // An item's own segment, or when it names none its event's audience, read from the compact
  // column of audience bits where the segment has a bit.
  const auto in_segment = [&](std::uint32_t slot) {
    const std::uint32_t own = f.segment[slot];
    if (own != kNone) return own == segment;
    const std::uint32_t event = f.event[slot];
    if (event == kNone) return false;
    if (segment < 64) return ((bits[event] >> segment) & 1) != 0;
    return std::binary_search(events[event].audience.begin(), events[event].audience.end(),
                              segment);
  };
  // One pass over every item tests the cheap parts, each a read of its own column; only the items
  // kept are written down (listing all two million first and narrowing after cost more than the
  // test it saved). The segment joins this pass when nothing narrower comes before it.
  const bool segment_first = segmented && !dated && !regional;
  for (std::uint32_t slot = 0; slot < slots; ++slot) {
    if (f.alive[slot] == 0) continue;
    if (dated) {
      const std::int32_t day = f.day[slot];
      if (day == CampaignCache::kNoDay || (filter.from && day < from) || (filter.to && day > to)) {
        continue;
      }
    }
    if (regional && f.region[slot] != region) continue;
    if (segment_first && !in_segment(slot)) continue;
    selected.push_back(slot);
  }
  if (segmented && !segment_first) Narrow(selected, in_segment);
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
