// The bit set that is emptied without touching its memory (participant_bits.h): after Clear no
// number is in it, whichever blocks the last count touched or left alone.
#include "analytics/participant_bits.h"

#include <gtest/gtest.h>

#include <set>

namespace kenes::analytics {
namespace {

TEST(ParticipantBits, EachNumberCountsOnceUntilCleared) {
  ParticipantBits bits(10'000);
  bits.Clear();
  EXPECT_EQ(bits.Insert(0), 1);
  EXPECT_EQ(bits.Insert(0), 0);
  EXPECT_EQ(bits.Insert(4095), 1);  // the last of the first block
  EXPECT_EQ(bits.Insert(4096), 1);  // the first of the next
  EXPECT_EQ(bits.Insert(9999), 1);
  EXPECT_EQ(bits.Insert(4095), 0);
  bits.Clear();
  EXPECT_EQ(bits.Insert(4095), 1);
  EXPECT_EQ(bits.Insert(9999), 1);
  EXPECT_EQ(bits.Insert(0), 1);
}

TEST(ParticipantBits, ManyCountsOverDifferentBlocksAgreeWithASet) {
  constexpr std::uint32_t kPeople = 50'000;
  ParticipantBits bits(kPeople);
  std::uint32_t state = 12345;
  for (int count = 0; count < 200; ++count) {
    bits.Clear();
    std::set<std::uint32_t> expected;
    std::int64_t distinct = 0;
    // Each count touches a different stretch of the numbers, so that some blocks hold bits of
    // an earlier count that this one must not see.
    const std::uint32_t from = (static_cast<std::uint32_t>(count) * 7919) % kPeople;
    for (int i = 0; i < 300; ++i) {
      state = state * 1664525 + 1013904223;
      const std::uint32_t number = (from + state % 9000) % kPeople;
      distinct += bits.Insert(number);
      expected.insert(number);
    }
    ASSERT_EQ(distinct, static_cast<std::int64_t>(expected.size())) << "count " << count;
  }
}

}  // namespace
}  // namespace kenes::analytics
