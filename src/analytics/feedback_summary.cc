#include "analytics/feedback_summary.h"

#include <algorithm>

#include "analytics/feedback_selection.h"

namespace kenes::analytics {

FeedbackSummary SummarizeFeedback(const CampaignCache& cache, const Filter& filter) {
  const auto& f = cache.feedback();
  const std::size_t themes = cache.themes().themes().size();
  const bool everything = filter.empty();

  FeedbackSummary summary;
  summary.by_theme.assign(themes, 0);
  summary.theme_regions.resize(themes);
  summary.theme_examples.resize(themes);
  // Counts by region, segment and theme in flat arrays first: maps in the loop over millions of
  // items would cost more than the rest of the loop.
  const std::size_t places = cache.places().size();
  const std::size_t segments = cache.segment_codes().size() + 1;  // the last: no segment
  std::vector<StanceCounts> by_region(places, StanceCounts{});
  std::vector<StanceCounts> by_segment(segments, StanceCounts{});
  std::vector<std::int64_t> theme_region(themes * places, 0);
  std::vector<std::int64_t> by_provision(cache.provision_codes().size(), 0);

  // Inlined at both calls: as a function call per item, every count went through memory.
  const auto add = [&](std::size_t slot) __attribute__((always_inline)) {
    ++summary.items;
    const std::uint8_t stance = f.stance[slot];
    ++summary.by_kind[f.kind[slot]];
    ++summary.stances[stance];
    const std::uint32_t item_region = f.region[slot];
    if (item_region < places) ++by_region[item_region][stance];
    const std::uint32_t item_segment = f.segment[slot];
    ++by_segment[item_segment == kNone ? segments - 1 : item_segment][stance];
    const std::uint16_t theme = f.theme[slot];
    if (theme < themes) {
      ++summary.by_theme[theme];
      if (item_region < places) ++theme_region[theme * places + item_region];
      auto& examples = summary.theme_examples[theme];
      const float similarity = f.similarity[slot];
      if (examples.size() < FeedbackSummary::kExamples || similarity > examples.back().first) {
        if (examples.size() == FeedbackSummary::kExamples) examples.pop_back();
        const std::pair<float, Id> example{similarity, f.id[slot]};
        examples.insert(std::upper_bound(examples.begin(), examples.end(), example,
                                         [](const auto& a, const auto& b) {
                                           return a.first != b.first ? a.first > b.first
                                                                     : a.second < b.second;
                                         }),
                        example);
      }
    } else {
      ++summary.unthemed;
    }
    const std::uint32_t begin = f.provisions_begin[slot];
    for (std::uint32_t i = 0; i < f.provisions_count[slot]; ++i) {
      const std::uint32_t provision = f.provision_pool[begin + i];
      if (provision < by_provision.size()) ++by_provision[provision];
    }
  };
  if (everything) {
    for (std::size_t slot = 0; slot < f.id.size(); ++slot) {
      if (f.alive[slot]) add(slot);
    }
  } else {
    for (std::uint32_t slot : SelectFeedback(cache, filter)) add(slot);
  }
  const auto any = [](const StanceCounts& counts) {
    return counts[0] || counts[1] || counts[2] || counts[3];
  };
  for (std::uint32_t code = 0; code < places; ++code) {
    if (any(by_region[code])) summary.stances_by_region[code] = by_region[code];
    for (std::size_t theme = 0; theme < themes; ++theme) {
      if (const std::int64_t n = theme_region[theme * places + code]) {
        summary.theme_regions[theme][code] = n;
      }
    }
  }
  for (std::uint32_t code = 0; code < segments; ++code) {
    if (any(by_segment[code])) {
      summary.stances_by_segment[code == segments - 1 ? kNone : code] = by_segment[code];
    }
  }
  for (std::uint32_t code = 0; code < by_provision.size(); ++code) {
    if (by_provision[code]) summary.by_provision[code] = by_provision[code];
  }
  return summary;
}

}  // namespace kenes::analytics
