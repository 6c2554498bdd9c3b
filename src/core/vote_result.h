// The official result of the referendum in one place, as the election commission published it:
// a region, a district where districts were published, or the whole country (kCountryCode). Each
// count is absent where it was not published; where only turnout was published (as the evening
// figures of the day were, per region), `turnout_percent` holds it as printed and the counts stay
// empty. kenes never estimates a missing figure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace kenes {

// The place code of the whole country's result. KATO numbers regions and below; the country has
// no unit of its own.
inline constexpr std::string_view kCountryCode = "KZ";

struct VoteResult {
  std::string place_code;  // a KATO code of a region or district, or kCountryCode
  std::optional<std::int64_t> eligible;
  std::optional<std::int64_t> voted;
  std::optional<std::int64_t> votes_for;
  std::optional<std::int64_t> against;
  std::optional<std::int64_t> invalid;    // ballots declared invalid
  std::optional<double> turnout_percent;  // as published, 0–100, e.g. 73.12
  std::string as_of;   // when the figures stood: "2026-03-15" or "2026-03-15T20:00:00+05:00"
  std::string source;  // who published them, where: a URL or a reference a reader can follow

  bool operator==(const VoteResult&) const = default;
};

// Intrinsic rules: the code's form; counts not negative; for + against + invalid ≤ voted ≤
// eligible where those are published; a published turnout within 0–100 and, when eligible and
// voted are published too, agreeing with them to the precision it was printed with; as_of a date
// or a date and time; a source. The error names the field ("votes_for", not the CSV's "for"; the
// importer names its column). Whether the place exists, and whether districts add up within their
// region, is the ledger's check against the gazetteer.
Status Validate(const VoteResult& result);

// Turnout as a share of 0–1: voted / eligible when both are published, else the published percent.
std::optional<double> Turnout(const VoteResult& result);
// The "for" share of those who voted, 0–1, when both counts are published.
std::optional<double> ForShare(const VoteResult& result);

}  // namespace kenes
