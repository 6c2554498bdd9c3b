#include "store/today.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace kenes {
namespace {

class FixedClock final : public Clock {
 public:
  explicit FixedClock(std::string now) : now_(std::move(now)) {}
  std::string NowUtc() const override { return now_; }

 private:
  const std::string now_;
};

Date TodayAt(const std::string& utc) { return TodayInKazakhstan(FixedClock(utc)); }

TEST(TodayInKazakhstan, IsFiveHoursAheadOfUtc) {
  EXPECT_EQ(TodayAt("2026-03-13T00:00:00Z"), Date::FromCivil(2026, 3, 13));
  EXPECT_EQ(TodayAt("2026-03-13T18:59:59Z"), Date::FromCivil(2026, 3, 13));
  // 19:00 UTC is midnight in Astana: the vote's day has begun there.
  EXPECT_EQ(TodayAt("2026-03-13T19:00:00Z"), Date::FromCivil(2026, 3, 14));
  EXPECT_EQ(TodayAt("2026-12-31T23:30:00Z"), Date::FromCivil(2027, 1, 1));
  EXPECT_EQ(TodayAt("2028-02-28T20:00:00Z"), Date::FromCivil(2028, 2, 29));
}

}  // namespace
}  // namespace kenes
