// One pass over the feedback columns that everything about feedback is read from: stances overall
// and per region and segment (support.h), themes with their regions and best examples (themes.h),
// counts per provision and per kind.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <vector>

#include "analytics/campaign_cache.h"
#include "analytics/filter.h"

namespace kenes::analytics {

// Feedback items by stance, indexed by Stance.
using StanceCounts = std::array<std::int64_t, 4>;

struct FeedbackSummary {
  static constexpr std::size_t kExamples = 3;

  std::int64_t items = 0;
  std::array<std::int64_t, 4> by_kind{};  // indexed by FeedbackKind
  StanceCounts stances{};
  std::map<std::uint32_t, StanceCounts> stances_by_region;   // interned region code
  std::map<std::uint32_t, StanceCounts> stances_by_segment;  // interned segment; kNone: unknown
  std::vector<std::int64_t> by_theme;                        // by theme index
  std::int64_t unthemed = 0;
  std::vector<std::map<std::uint32_t, std::int64_t>> theme_regions;  // by theme: region -> items
  // By theme: the items most similar to the theme's centroid, most similar first.
  std::vector<std::vector<std::pair<float, Id>>> theme_examples;
  std::map<std::uint32_t, std::int64_t> by_provision;  // interned provision code -> items
};

FeedbackSummary SummarizeFeedback(const CampaignCache& cache, const Filter& filter);

}  // namespace kenes::analytics
