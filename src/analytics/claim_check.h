// The claim check: each claim of a text held against the ledger's figures, with a verdict, the
// figure behind it and a sentence saying why (in Kazakh for a Kazakh text, else in Russian).
//
// Two kinds of claim are checked:
//   - the figures the extractor reads (Extraction::claims): "миллионы граждан", "десятки тысяч
//     мероприятий", "пять политических партий", "порядка 5 миллионов членов". A claim's words
//     allow a range (docs/attendance.md): "миллионы" 2–9 млн, "около 300" 270–330. "более N" and
//     "не менее N" bound the count from below only, "до N" and "менее N" from above only: a
//     campaign that says "более 2 миллионов" of 2,6 млн people says nothing false. The claim is
//     supported only when every value of the ledger's range is allowed: one true only at the high
//     end of the ledger's range is not supported, one needing only its low end is;
//   - the qualitative claims found here, in Russian and Kazakh (case and ё ignored): that most
//     people support the provisions ("большинство позитивно оценивают", "көпшілігі қолдайды";
//     supported only when the 95% lower bound of the support share is above 50%, and the verdict
//     always says that meeting feedback is no poll), that every region was reached ("все
//     регионы", "барлық өңірлер"), that (almost) every town and village was ("практически все
//     города и сёла": at least kNearlyAll of the gazetteer's districts and of its towns).
// A claim about something kenes does not count (support of the president) is not checkable.
//
// Topics and the figure each is held against: events → held events; people → summed attendance
// (a range; figures awaiting review are left out and said apart), with the distinct people at
// check-ins beside it; parties → the coalition's parties; organizations → coalition members that
// are not parties; members → the membership the coalition's members state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analytics/analytics.h"
#include "analytics/support.h"
#include "core/attendance.h"
#include "core/date.h"
#include "extract/extraction.h"

namespace kenes::analytics {

enum class Verdict : std::uint8_t { kSupported, kNotSupported, kNotCheckable };
// "supported", "not_supported", "not_checkable".
std::string_view VerdictName(Verdict verdict);

// "Almost all" of the districts and of the towns: this share of each has had a held event.
inline constexpr double kNearlyAll = 0.9;

// What a claim is checked against, gathered once per text.
struct LedgerFigures {
  std::int64_t events_held = 0;
  AttendanceTotal attendance;  // counted figures of held events
  std::int64_t events_flagged = 0;
  AttendanceTotal attendance_flagged;  // awaiting review, not in `attendance`
  std::int64_t distinct_people = 0;    // at check-ins
  std::int64_t parties = 0;            // coalition members that are parties
  std::int64_t other_members = 0;      // coalition members that are not
  std::int64_t claimed_members = 0;    // membership the members state, summed
  std::int64_t regions = 0;
  std::int64_t regions_visited = 0;
  std::vector<std::string> unvisited_regions_ru;  // names, in code order
  std::vector<std::string> unvisited_regions_kk;
  std::int64_t districts = 0;
  std::int64_t districts_visited = 0;
  std::int64_t towns = 0;
  std::int64_t towns_visited = 0;
  std::int64_t support_n = 0;  // feedback with a stance
  std::optional<Interval> support;
};

// The figures of the campaign that pass `filter`, as of `today` for coverage.
Result<LedgerFigures> GatherFigures(Analytics& analytics, const Filter& filter, Date today);

struct CheckedClaim {
  std::string text;  // the claim's words in the input (a qualitative claim: its sentence)
  Verdict verdict = Verdict::kNotCheckable;
  std::string figure;  // the ledger's figure behind the verdict, in words
  std::string why;
  extract::ByteSpan span;  // into the input
};

// The claims of `input` in the order they appear. REQUIRES: `extraction` is Extract(input).
std::vector<CheckedClaim> CheckClaims(std::string_view input, const extract::Extraction& extraction,
                                      const LedgerFigures& figures);

}  // namespace kenes::analytics
