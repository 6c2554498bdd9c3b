// A calendar date without a time zone: campaign days are civil days in Kazakhstan, and every date
// kenes stores or compares is one of these.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace kenes {

class Date {
 public:
  Date() = default;  // 1970-01-01

  // REQUIRES: a valid civil date.
  static Date FromCivil(int year, unsigned month, unsigned day);
  static Date FromDays(std::int64_t days_since_epoch) { return Date(days_since_epoch); }
  // Reads exactly "YYYY-MM-DD"; `field` names the input in the error.
  static Result<Date> Parse(std::string_view text, std::string_view field = "date");
  // Reads "YYYY-MM-DD", or a date as people in Kazakhstan write it and their spreadsheets save it
  // in a Russian or Kazakh locale: "24.02.2026", "5.3.2026". For files people fill in by hand
  // (CSV, XLSX); the API takes "YYYY-MM-DD" alone.
  static Result<Date> ParseWritten(std::string_view text, std::string_view field = "date");

  int year() const;
  unsigned month() const;
  unsigned day() const;
  std::int64_t days() const { return days_; }
  // 1 = Monday ... 7 = Sunday (ISO 8601).
  unsigned iso_weekday() const;
  // The Monday that starts this date's ISO week.
  Date week_start() const { return Date(days_ - (iso_weekday() - 1)); }

  std::string ToString() const;  // "YYYY-MM-DD"

  Date operator+(std::int64_t days) const { return Date(days_ + days); }
  std::int64_t operator-(Date other) const { return days_ - other.days_; }
  auto operator<=>(const Date&) const = default;

 private:
  explicit Date(std::int64_t days) : days_(days) {}
  std::int64_t days_ = 0;
};

// True when `text` is a time of day "HH:MM" on the 24-hour clock.
bool IsTimeOfDay(std::string_view text);

}  // namespace kenes
