// The feedback items a filter selects, as their slots in order: exactly the items
// CampaignCache::FeedbackMatches passes. A filtered summary then reads only those items' columns.
//
// Each part of the filter is tested in a narrow pass over its own column: the first over every
// item, the rest over the items still in. A week's dates or a segment keep a fraction of two
// million items, and testing every part of the filter item by item, in a function call reading
// five columns and the item's event, was a third of a filtered dashboard's time.
#pragma once

#include <cstdint>
#include <vector>

#include "analytics/campaign_cache.h"
#include "analytics/filter.h"

namespace kenes::analytics {

std::vector<std::uint32_t> SelectFeedback(const CampaignCache& cache, const Filter& filter);

}  // namespace kenes::analytics
