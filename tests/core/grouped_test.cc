#include "core/grouped.h"

#include <gtest/gtest.h>

#include <limits>

namespace kenes {
namespace {

TEST(Grouped, SetsThousandsApartByANoBreakSpace) {
  EXPECT_EQ(Grouped(0), "0");
  EXPECT_EQ(Grouped(999), "999");
  EXPECT_EQ(Grouped(1000), "1\u00A0000");
  EXPECT_EQ(Grouped(12'482'613), "12\u00A0482\u00A0613");
  EXPECT_EQ(Grouped(-898'099), "-898\u00A0099");
  EXPECT_EQ(Grouped(std::numeric_limits<std::int64_t>::min()),
            "-9\u00A0223\u00A0372\u00A0036\u00A0854\u00A0775\u00A0808");
}

}  // namespace
}  // namespace kenes
