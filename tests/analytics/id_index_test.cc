// The id index finds every record by id, whether its id landed in the vector or in the map.
#include "analytics/id_index.h"

#include <gtest/gtest.h>

namespace kenes::analytics {
namespace {

TEST(IdIndex, FindsDenseIdsAndReportsAbsentOnes) {
  IdIndex index;
  for (Id id = 1; id <= 1000; ++id) index.Insert(id, static_cast<std::uint32_t>(id - 1));
  EXPECT_EQ(index.Find(1), 0u);
  EXPECT_EQ(index.Find(1000), 999u);
  EXPECT_EQ(index.Find(1001), kNone);
  EXPECT_EQ(index.Find(0), kNone);
  EXPECT_EQ(index.Find(-5), kNone);
  EXPECT_EQ(index.size(), 1000u);
}

TEST(IdIndex, AnIdFarAheadStaysFoundAfterTheVectorGrowsPastIt) {
  // An import that kept its ids from elsewhere: 5,000,000 arrives while few records are held and
  // goes to the map; later dense ids push the vector beyond it.
  IdIndex index;
  const Id far = 5'000'000;
  index.Insert(far, 0);
  index.Insert(1, 1);
  index.Insert(far + 2'000'000, 2);
  EXPECT_EQ(index.Find(far), 0u);
  for (Id id = 2; id < far + 10; ++id) {
    if (id != far) index.Insert(id, static_cast<std::uint32_t>(id + 10));
  }
  EXPECT_EQ(index.Find(far), 0u);
  EXPECT_EQ(index.Find(far + 1), static_cast<std::uint32_t>(far + 11));
  EXPECT_EQ(index.Find(far + 2'000'000), 2u);
  EXPECT_EQ(index.Find(far + 3'000'000), kNone);
}

}  // namespace
}  // namespace kenes::analytics
