// Totals and breakdowns of events and attendance. Attendance sums value, low and high separately
// (docs/attendance.md), over held events that reported a figure; a figure that failed a
// plausibility check is shown apart until reviewed (plausibility.h): confirmed ones count,
// rejected ones stay out.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analytics/campaign_cache.h"
#include "analytics/filter.h"
#include "core/attendance.h"
#include "core/result.h"

namespace kenes::analytics {

struct Totals {
  std::int64_t events_held = 0;
  std::int64_t events_planned = 0;
  std::int64_t events_cancelled = 0;
  std::int64_t events_with_figure = 0;  // held events whose figure counts
  AttendanceTotal attendance;           // their figures
  std::int64_t events_flagged = 0;      // held events whose figure awaits review
  AttendanceTotal attendance_flagged;
  std::int64_t events_rejected = 0;  // figures an analyst rejected
  AttendanceTotal attendance_rejected;
};

Totals ComputeTotals(const CampaignCache& cache, const Filter& filter);

// What a breakdown groups by. An event of several audience segments or speakers counts in the
// row of each, so those rows add up to more than the total.
enum class Dimension { kRegion, kDistrict, kDay, kWeek, kKind, kSegment, kHostKind, kSpeaker };

std::string_view DimensionName(Dimension dimension);
Result<Dimension> ParseDimension(std::string_view name, std::string_view field = "by");
std::span<const std::string_view> DimensionNames();

struct BreakdownRow {
  std::string key;       // a KATO code, a date (a week by its Monday), a kind, a code, a person id
  std::string label;     // Russian name, or the key when it has none
  std::string label_kk;  // Kazakh name where there is one
  std::int64_t events = 0;  // held
  std::int64_t events_with_figure = 0;
  AttendanceTotal attendance;
  std::int64_t events_flagged = 0;
};

// Rows in key order (speakers by events, most first); only rows with a held event.
std::vector<BreakdownRow> Breakdown(const CampaignCache& cache, const Filter& filter,
                                    Dimension dimension);

}  // namespace kenes::analytics
