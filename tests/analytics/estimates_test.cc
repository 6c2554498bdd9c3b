// The estimators against known values: HyperLogLog within its stated error, the Wilson interval
// against published figures.
#include <gtest/gtest.h>

#include <random>

#include "analytics/hyperloglog.h"
#include "analytics/participant_index.h"
#include "analytics/support.h"

namespace kenes::analytics {
namespace {

TEST(HyperLogLog, EstimatesWithinItsStatedError) {
  std::mt19937_64 random(2026);
  for (const std::size_t n : {1'000u, 50'000u, 1'000'000u}) {
    HyperLogLog sketch;
    for (std::size_t i = 0; i < n; ++i) sketch.Add(random());
    // Four standard errors: a failure here is a broken estimator, not bad luck.
    EXPECT_NEAR(sketch.Estimate(), static_cast<double>(n),
                4 * HyperLogLog::StandardError() * static_cast<double>(n))
        << n << " distinct";
  }
}

TEST(HyperLogLog, RepeatsDoNotCountAndMergingIsUnion) {
  std::mt19937_64 random(7);
  std::vector<std::uint64_t> keys(20'000);
  for (auto& key : keys) key = random();
  HyperLogLog first, second, both;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    (i < 15'000 ? first : second).Add(keys[i]);
    if (i >= 5'000) second.Add(keys[i]);  // 10,000 in both halves
    both.Add(keys[i]);
    both.Add(keys[i]);
  }
  first.Merge(second);
  EXPECT_DOUBLE_EQ(first.Estimate(), both.Estimate());
  EXPECT_NEAR(both.Estimate(), 20'000, 20'000 * 4 * HyperLogLog::StandardError());
  EXPECT_DOUBLE_EQ(HyperLogLog().Estimate(), 0);
}

TEST(ParticipantIndex, NumbersEachKeyOnceThroughGrowth) {
  ParticipantIndex index;
  for (std::uint64_t key = 1; key <= 10'000; ++key) EXPECT_EQ(index.Intern(key * 7919), key - 1);
  EXPECT_EQ(index.size(), 10'000u);
  EXPECT_EQ(index.Intern(7919), 0u);
  EXPECT_EQ(index.Find(7919 * 500), 499u);
  EXPECT_EQ(index.Find(3), kNone);
  EXPECT_EQ(index.key(42), 43u * 7919);
}

TEST(Wilson, MatchesPublishedIntervals) {
  // 81 of 263: the worked example of Newcombe (1998), method 3: 0.2553 to 0.3662.
  auto interval = Wilson(81, 263);
  ASSERT_TRUE(interval);
  EXPECT_NEAR(interval->share, 0.3080, 0.0001);
  EXPECT_NEAR(interval->low, 0.2553, 0.0001);
  EXPECT_NEAR(interval->high, 0.3662, 0.0001);
  // 0 of 10 and 10 of 10: never outside [0, 1], never of zero width.
  interval = Wilson(0, 10);
  EXPECT_DOUBLE_EQ(interval->low, 0);
  EXPECT_NEAR(interval->high, 0.2775, 0.0001);
  interval = Wilson(10, 10);
  EXPECT_NEAR(interval->low, 0.7225, 0.0001);
  EXPECT_LE(interval->high, 1.0);
  interval = Wilson(5, 10);
  EXPECT_NEAR(interval->low, 0.2366, 0.0001);
  EXPECT_NEAR(interval->high, 0.7634, 0.0001);
  EXPECT_FALSE(Wilson(0, 0));
  EXPECT_FALSE(Wilson(3, 2));
}

}  // namespace
}  // namespace kenes::analytics
