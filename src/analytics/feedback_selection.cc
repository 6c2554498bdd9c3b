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
  // The dates first, the narrowest part of most filters; else every live item.
  const bool dated = filter.from || filter.to;
  const std::int32_t from = filter.from ? static_cast<std::int32_t>(filter.from->days()) : 0;
  const std::int32_t to = filter.to ? static_cast<std::int32_t>(filter.to->days()) : 0;
  for (std::uint32_t slot = 0; slot < slots; ++slot) {
    bool in = f.alive[slot] != 0;
    if (dated) {
      const std::int32_t day = f.day[slot];
      in = in && day != CampaignCache::kNoDay && (!filter.from || day >= from) &&
           (!filter.to || day <= to);
    }
    if (in) selected.push_back(slot);
  }
  if (!filter.region_code.empty()) {
    const std::uint32_t region = cache.places().Find(filter.region_code);
    Narrow(selected, [&](std::uint32_t slot) { return f.region[slot] == region; });
  }
  if (!filter.segment.empty()) {
    // An item's own segment, or when it names none its event's audience, read from the compact
    // column of audience bits where the segment has a bit.
    const std::uint32_t segment = cache.segment_codes().Find(filter.segment);
    const auto& bits = cache.audience_bits();
    Narrow(selected, [&](std::uint32_t slot) {
      const std::uint32_t own = f.segment[slot];
      if (own != kNone) return own == segment;
      const std::uint32_t event = f.event[slot];
      if (event == kNone) return false;
      if (segment < 64) return ((bits[event] >> segment) & 1) != 0;
      return std::binary_search(events[event].audience.begin(), events[event].audience.end(),
                                segment);
    });
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
