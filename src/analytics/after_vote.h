// After the vote: the official results beside the campaign, per region and per district where
// results were published. Where the campaign worked hardest, whether turnout followed, and how far
// the meetings' reading of support was from the vote.
//
// Every region of the gazetteer is a row, with or without results and with or without events (a
// region with results and no events shows its campaign figures as zero); a district is a row when
// it has a result. Campaign figures follow the filter (campaign, dates, segment; a region filter
// keeps that region and its districts); results do not depend on it.
//
// The correlation is Spearman's rank correlation, over the regions that have both an intensity
// (events per 10,000 inhabitants, so a population) and a turnout, with a percentile bootstrap 95%
// interval from `kBootstrapResamples` resamples of regions drawn with a fixed seed, so the same
// data always gives the same interval. Over twenty regions it shows association, not effect.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "analytics/campaign_cache.h"
#include "analytics/filter.h"
#include "analytics/support.h"
#include "core/attendance.h"
#include "core/vote_result.h"

namespace kenes::analytics {

inline constexpr int kBootstrapResamples = 2000;
inline constexpr std::uint64_t kBootstrapSeed = 20260315;

inline constexpr const char* kAssociationCaveat =
    "Over some twenty regions a rank correlation shows association, not effect: regions where the "
    "campaign held more meetings may differ in turnout for reasons of their own.";
inline constexpr const char* kAssociationCaveatRu =
    "По двадцати регионам ранговая корреляция показывает связь, а не влияние: регионы, где "
    "встреч было больше, могут отличаться явкой по своим причинам.";

struct AttendanceRate {
  double value = 0;
  double low = 0;
  double high = 0;
};

struct AfterVoteRow {
  std::string code;  // KATO code
  std::string name_ru;
  std::string name_kk;
  std::string region_code;  // the row's own code for a region
  // The campaign, as the filter selects it.
  std::int64_t events = 0;  // held
  std::optional<std::int64_t> population;
  std::optional<double> events_per_10k;  // per 10,000 inhabitants, where the population is known
  AttendanceTotal attendance;            // counted figures, as the dashboard counts them
  std::optional<AttendanceRate> attendance_per_1000_eligible;  // where eligible is published
  std::int64_t distinct = 0;                                   // people checked in, each once
  std::int64_t feedback = 0;        // feedback with a stance (the support sample)
  std::optional<Interval> support;  // absent without such feedback
  // The vote, where published.
  std::optional<VoteResult> result;
  std::optional<double> turnout;    // 0–1
  std::optional<double> for_share;  // 0–1
  // support.share − for_share, when both exist: how far the meetings' reading was from the vote.
  std::optional<double> gap;
};

struct RankCorrelation {
  std::int64_t n = 0;          // regions with both figures
  std::optional<double> rho;   // absent below 3 regions, or when one side has no spread
  std::optional<double> low;   // the bootstrap 95% interval
  std::optional<double> high;  // (absent when rho is)
  int resamples = kBootstrapResamples;
  std::uint64_t seed = kBootstrapSeed;
};

struct Calibration {
  // The campaign's overall support share (all feedback the filter selects) and the country's
  // "for" share (with a region filter, that region's, absent where unpublished); inside is whether
  // the vote's share lies within the support interval.
  std::optional<Interval> support;
  std::optional<double> for_share;
  std::optional<double> gap;  // support.share − for_share
  bool inside = false;
  // Over the regions that have both: how many, and their mean absolute gap.
  std::int64_t regions = 0;
  std::optional<double> mean_abs_gap;
};

struct AfterVote {
  std::optional<VoteResult> country;  // the result under kCountryCode, if loaded
  std::optional<double> turnout;      // the country's
  std::optional<double> for_share;
  std::vector<AfterVoteRow> regions;    // every region, in code order
  std::vector<AfterVoteRow> districts;  // those with a result, in code order
  std::int64_t regions_with_events = 0;
  std::int64_t regions_with_results = 0;
  RankCorrelation intensity_turnout;  // events_per_10k against turnout, over regions
  Calibration calibration;
};

// Spearman's rho of paired values (average ranks for ties); absent below 3 pairs or when either
// side has no spread.
std::optional<double> Spearman(std::span<const double> x, std::span<const double> y);

// REQUIRES: the filter was checked (Analytics::CheckFilter). `results` may be in any order and may
// hold places the gazetteer lacks (they are skipped).
AfterVote ComputeAfterVote(const CampaignCache& cache, const Filter& filter,
                           std::span<const VoteResult> results);

}  // namespace kenes::analytics
