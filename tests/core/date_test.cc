#include "core/date.h"

#include <gtest/gtest.h>

namespace kenes {
namespace {

TEST(Date, ParsesAndPrintsIsoDates) {
  auto date = Date::Parse("2026-02-24");
  ASSERT_TRUE(date.ok());
  EXPECT_EQ(date->year(), 2026);
  EXPECT_EQ(date->month(), 2u);
  EXPECT_EQ(date->day(), 24u);
  EXPECT_EQ(date->ToString(), "2026-02-24");
  EXPECT_EQ(date->iso_weekday(), 2u);  // a Tuesday
  EXPECT_EQ(date->week_start().ToString(), "2026-02-23");
}

TEST(Date, RejectsDaysNotInTheCalendarNamingTheField) {
  auto date = Date::Parse("2026-02-30", "joined_on");
  ASSERT_FALSE(date.ok());
  EXPECT_EQ(date.error().field, "joined_on");
  EXPECT_NE(date.error().message.find("no such day"), std::string::npos);
  EXPECT_FALSE(Date::Parse("24.02.2026").ok());
  EXPECT_FALSE(Date::Parse("2026-2-4").ok());
  EXPECT_FALSE(Date::Parse("").ok());
}

TEST(Date, ReadsDatesAsPeopleWriteThemInFilesTheyFillIn) {
  EXPECT_EQ(Date::ParseWritten("24.02.2026")->ToString(), "2026-02-24");
  EXPECT_EQ(Date::ParseWritten("5.3.2026")->ToString(), "2026-03-05");
  EXPECT_EQ(Date::ParseWritten("2026-03-05")->ToString(), "2026-03-05");
  auto no_day = Date::ParseWritten("31.02.2026", "column date");
  ASSERT_FALSE(no_day.ok());
  EXPECT_EQ(no_day.error().field, "column date");
  EXPECT_NE(no_day.error().message.find("no such day"), std::string::npos);
  EXPECT_FALSE(Date::ParseWritten("24.02.26").ok());
  EXPECT_FALSE(Date::ParseWritten("02/24/2026").ok());
  EXPECT_FALSE(Date::ParseWritten("24..2026").ok());
  EXPECT_FALSE(Date::ParseWritten("124.02.2026").ok());
}

TEST(Date, ArithmeticCountsDays) {
  const Date start = Date::FromCivil(2026, 2, 12);
  const Date end = Date::FromCivil(2026, 3, 14);
  EXPECT_EQ(end - start, 30);
  EXPECT_EQ((start + 30), end);
  EXPECT_LT(start, end);
}

TEST(TimeOfDay, AcceptsOnlyHoursAndMinutes) {
  EXPECT_TRUE(IsTimeOfDay("09:30"));
  EXPECT_TRUE(IsTimeOfDay("23:59"));
  EXPECT_FALSE(IsTimeOfDay("24:00"));
  EXPECT_FALSE(IsTimeOfDay("9:30"));
  EXPECT_FALSE(IsTimeOfDay("09:60"));
}

}  // namespace
}  // namespace kenes
