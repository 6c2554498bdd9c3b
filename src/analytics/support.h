// Support: the share of feedback with a stance that supports the provisions, with its Wilson 95%
// score interval and the sample it rests on. The sample is the feedback whose stance is supports,
// neutral or opposes; "unclear" is left out of both the count and the sample. Meeting feedback is
// not a representative poll: the people are those who came and spoke, and the report says so
// (kSupportCaveat).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analytics/feedback_summary.h"

namespace kenes::analytics {

inline constexpr double kZ95 = 1.959963984540054;

inline constexpr const char* kSupportCaveat =
    "Feedback from meetings is not a representative poll: it comes from the people who attended "
    "and chose to speak, so the share describes them, not the electorate.";
inline constexpr const char* kSupportCaveatRu =
    "Отзывы со встреч не являются репрезентативным опросом: их оставили пришедшие на встречи и "
    "высказавшиеся люди, поэтому доля описывает их, а не всех избирателей.";

// The Wilson score interval of `successes` out of `n` (Wilson 1927): centre
// (p + z²/2n)/(1 + z²/n), half-width z·√(p(1−p)/n + z²/4n²)/(1 + z²/n). Unlike p ± z·√(p(1−p)/n)
// it stays within [0, 1] and is sound for small n and shares near 0 or 1.
struct Interval {
  double share = 0;  // successes / n
  double low = 0;
  double high = 0;
};
std::optional<Interval> Wilson(std::int64_t successes, std::int64_t n, double z = kZ95);

struct SupportRow {
  std::string key;  // KATO code or segment code ("" for feedback without a segment)
  std::string label;
  StanceCounts stances{};
  std::int64_t n = 0;               // supports + neutral + opposes
  std::optional<Interval> support;  // absent when n is 0
};

struct Support {
  SupportRow overall;
  std::vector<SupportRow> by_region;
  std::vector<SupportRow> by_segment;
};

Support ComputeSupport(const CampaignCache& cache, const FeedbackSummary& summary);

}  // namespace kenes::analytics
