#include "analytics/after_vote.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <unordered_map>

#include "analytics/feedback_selection.h"
#include "analytics/feedback_summary.h"
#include "analytics/reach.h"
#include "analytics/totals.h"
#include "analytics/two_threads.h"

namespace kenes::analytics {
namespace {

// Ranks from 1, tied values sharing the mean of the ranks they span.
std::vector<double> Ranks(std::span<const double> values) {
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
  std::vector<double> ranks(values.size());
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i + 1;
    while (j < order.size() && values[order[j]] == values[order[i]]) ++j;
    const double rank = static_cast<double>(i + 1 + j) / 2;  // mean of ranks i+1 .. j
    for (std::size_t k = i; k < j; ++k) ranks[order[k]] = rank;
    i = j;
  }
  return ranks;
}

// The index in `count` sorted values of the nearest-rank percentile `per_mille` / 1000: the
// smallest value with at least that share of the values at or below it, ⌈p·count⌉ − 1. Integer
// arithmetic, so no platform rounds it differently.
std::size_t NearestRank(std::size_t per_mille, std::size_t count) {
  return std::max<std::size_t>((per_mille * count + 999) / 1000, 1) - 1;
}

RankCorrelation Correlate(const std::vector<double>& x, const std::vector<double>& y) {
  RankCorrelation out;
  out.n = static_cast<std::int64_t>(x.size());
  out.rho = Spearman(x, y);
  if (!out.rho) return out;
  // The draw is engine() % n rather than std::uniform_int_distribution, whose output each
  // standard library defines its own way: std::mt19937_64 is the same everywhere, so the interval
  // is too. The modulo's bias is below n / 2⁶⁴.
  std::mt19937_64 engine(kBootstrapSeed);
  const std::size_t n = x.size();
  std::vector<double> rhos;
  rhos.reserve(kBootstrapResamples);
  std::vector<double> bx(n), by(n);
  for (int resample = 0; resample < kBootstrapResamples; ++resample) {
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t k = static_cast<std::size_t>(engine() % n);
      bx[i] = x[k];
      by[i] = y[k];
    }
    // A resample drawing one region many times may have no spread: it has no rho, and is left
    // out rather than counted as zero.
    if (const auto rho = Spearman(bx, by)) rhos.push_back(*rho);
  }
  if (rhos.empty()) return out;
  std::sort(rhos.begin(), rhos.end());
  out.low = rhos[NearestRank(25, rhos.size())];
  out.high = rhos[NearestRank(975, rhos.size())];
  return out;
}

struct Figures {
  const BreakdownRow* totals = nullptr;
  std::int64_t distinct = 0;
  std::int64_t feedback = 0;
  std::optional<Interval> support;
};

AfterVoteRow MakeRow(const CampaignCache& cache, std::uint32_t code, const Figures& campaign,
                     const VoteResult* result) {
  const Place& place = *cache.place(code);
  AfterVoteRow row;
  row.code = place.code;
  row.name_ru = place.name_ru;
  row.name_kk = place.name_kk;
  const std::uint32_t region = cache.RegionOf(code);
  if (region != kNone) row.region_code = cache.places().CodeOf(region);
  if (campaign.totals) {
    row.events = campaign.totals->events;
    row.attendance = campaign.totals->attendance;
  }
  row.population = place.population;
  if (place.population && *place.population > 0) {
    row.events_per_10k =
        static_cast<double>(row.events) * 10'000.0 / static_cast<double>(*place.population);
  }
  row.distinct = campaign.distinct;
  row.feedback = campaign.feedback;
  row.support = campaign.support;
  if (!result) return row;
  row.result = *result;
  row.turnout = Turnout(*result);
  row.for_share = ForShare(*result);
  if (result->eligible && *result->eligible > 0) {
    const double eligible = static_cast<double>(*result->eligible);
    row.attendance_per_1000_eligible =
        AttendanceRate{static_cast<double>(row.attendance.value) * 1000.0 / eligible,
                       static_cast<double>(row.attendance.low) * 1000.0 / eligible,
                       static_cast<double>(row.attendance.high) * 1000.0 / eligible};
  }
  if (row.support && row.for_share) row.gap = row.support->share - *row.for_share;
  return row;
}

}  // namespace

std::optional<double> Spearman(std::span<const double> x, std::span<const double> y) {
  if (x.size() != y.size() || x.size() < 3) return std::nullopt;
  // Pearson's correlation of the ranks: with ties (average ranks) the shortcut
  // 1 − 6Σd²/(n(n²−1)) is no longer exact, this is.
  const std::vector<double> rx = Ranks(x);
  const std::vector<double> ry = Ranks(y);
  const double mean = static_cast<double>(x.size() + 1) / 2;  // of ranks 1..n, ties or not
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < rx.size(); ++i) {
    sxy += (rx[i] - mean) * (ry[i] - mean);
    sxx += (rx[i] - mean) * (rx[i] - mean);
    syy += (ry[i] - mean) * (ry[i] - mean);
  }
  if (sxx == 0 || syy == 0) return std::nullopt;
  return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
}

AfterVote ComputeAfterVote(const CampaignCache& cache, const Filter& filter,
                           std::span<const VoteResult> results) {
  AfterVote out;
  const Interner& places = cache.places();
  const std::uint32_t only_region =
      filter.region_code.empty() ? kNone : places.Find(filter.region_code);
  const auto kept = [&](std::uint32_t region) {
    return only_region == kNone || region == only_region;
  };

  // Results by place. The ledger keeps one per place; were there two, the first would stand.
  std::unordered_map<std::uint32_t, const VoteResult*> result_of;
  for (const VoteResult& result : results) {
    if (result.place_code == kCountryCode) {
      if (!out.country) out.country = result;
      continue;
    }
    const std::uint32_t code = places.Find(result.place_code);
    if (cache.place(code)) result_of.try_emplace(code, &result);
  }
  const auto result_at = [&](std::uint32_t code) -> const VoteResult* {
    auto it = result_of.find(code);
    return it == result_of.end() ? nullptr : it->second;
  };
  if (out.country) {
    out.turnout = Turnout(*out.country);
    out.for_share = ForShare(*out.country);
  }

  // The districts that are rows: those with a result, within the filter's region.
  std::vector<std::uint32_t> districts;
  for (const auto& [code, result] : result_of) {
    if (cache.place(code)->level == PlaceLevel::kDistrict && kept(cache.RegionOf(code))) {
      districts.push_back(code);
    }
  }

  // Events and attendance as the dashboard's breakdowns count them.
  const std::vector<BreakdownRow> by_region = Breakdown(cache, filter, Dimension::kRegion);
  const std::vector<BreakdownRow> by_district =
      districts.empty() ? std::vector<BreakdownRow>{}
                        : Breakdown(cache, filter, Dimension::kDistrict);
  std::unordered_map<std::uint32_t, Figures> campaign;
  for (const auto* rows : {&by_region, &by_district}) {
    for (const BreakdownRow& row : *rows) {
      if (!row.key.empty()) campaign[places.Find(row.key)].totals = &row;
    }
  }

  // Two independent parts, one on each of two threads (two_threads.h): the distinct people per
  // place from the check-ins, and support from the feedback.
  const std::uint32_t segment = cache.segment_codes().Find(filter.segment);
  const bool district_rows = !districts.empty();
  std::unordered_map<std::uint32_t, std::int64_t> distinct_at;
  Support support;
  std::unordered_map<std::uint32_t, StanceCounts> district_stances;
  OnTwoThreads(
      [&] {
        // Distinct people per place, as reach counts them (check-ins of cancelled events out):
        // the events of each region and district that has a row, each place's people once. The
        // regions' are reach's own breakdown where the cache keeps its counts between answers;
        // the districts' are counted here.
        const bool regions_kept = RegionCountsKept(filter);
        std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> reach_slots;
        for (std::uint32_t slot = 0; slot < cache.events().size(); ++slot) {
          const EventRecord& event = cache.events()[slot];
          if (!event.CountsForReach() || event.participants.empty() ||
              !cache.Matches(event, filter, only_region, segment)) {
            continue;
          }
          if (!regions_kept && event.region != kNone) reach_slots[event.region].push_back(slot);
          if (district_rows && event.district != kNone && result_at(event.district)) {
            reach_slots[event.district].push_back(slot);
          }
        }
        DistinctCounter distinct(cache);
        for (const auto& [code, slots] : reach_slots) distinct_at[code] = distinct.Count(slots);
        if (!regions_kept) return;
        for (const auto& [code, reach] : ComputeReachByRegion(cache, filter)) {
          distinct_at[places.Find(code)] = reach.distinct;
        }
      },
      [&] {
        // Support as the dashboard's: overall and per region from the feedback summary; per
        // district, the feedback of the district's events, with the same sample (unclear
        // stances out).
        support = ComputeSupport(cache, SummarizeFeedback(cache, filter));
        if (!district_rows) return;
        const auto& f = cache.feedback();
        for (std::uint32_t slot : SelectFeedback(cache, filter)) {
          if (f.event[slot] == kNone) continue;
          const std::uint32_t district = cache.events()[f.event[slot]].district;
          if (district != kNone && result_at(district)) {
            ++district_stances[district][f.stance[slot]];
          }
        }
      });
  for (const auto& [code, distinct] : distinct_at) campaign[code].distinct = distinct;
  for (const SupportRow& row : support.by_region) {
    Figures& place = campaign[places.Find(row.key)];
    place.feedback = row.n;
    place.support = row.support;
  }
  for (const auto& [code, counts] : district_stances) {
    const std::int64_t supports = counts[static_cast<int>(Stance::kSupports)];
    Figures& place = campaign[code];
    place.feedback = supports + counts[static_cast<int>(Stance::kNeutral)] +
                     counts[static_cast<int>(Stance::kOpposes)];
    place.support = Wilson(supports, place.feedback);
  }

  const Figures none;
  const auto campaign_at = [&](std::uint32_t code) -> const Figures& {
    auto it = campaign.find(code);
    return it == campaign.end() ? none : it->second;
  };
  for (std::uint32_t region : cache.regions()) {
    if (!kept(region)) continue;
    out.regions.push_back(MakeRow(cache, region, campaign_at(region), result_at(region)));
  }
  for (std::uint32_t district : districts) {
    out.districts.push_back(MakeRow(cache, district, campaign_at(district), result_at(district)));
  }
  const auto by_code = [](const AfterVoteRow& a, const AfterVoteRow& b) { return a.code < b.code; };
  std::sort(out.regions.begin(), out.regions.end(), by_code);
  std::sort(out.districts.begin(), out.districts.end(), by_code);

  std::vector<double> intensity, turnout;
  double abs_gaps = 0;
  for (const AfterVoteRow& row : out.regions) {
    if (row.events > 0) ++out.regions_with_events;
    if (row.result) ++out.regions_with_results;
    if (row.events_per_10k && row.turnout) {
      intensity.push_back(*row.events_per_10k);
      turnout.push_back(*row.turnout);
    }
    if (row.gap) {
      ++out.calibration.regions;
      abs_gaps += std::abs(*row.gap);
    }
  }
  out.intensity_turnout = Correlate(intensity, turnout);

  Calibration& calibration = out.calibration;
  calibration.support = support.overall.support;
  // With a region filter, the support read there is set beside that region's vote where it was
  // published: the country's share would compare one region's meetings with everyone's ballots.
  calibration.for_share = out.for_share;
  if (!filter.region_code.empty()) {
    calibration.for_share.reset();
    for (const AfterVoteRow& row : out.regions) {
      if (row.code == filter.region_code) calibration.for_share = row.for_share;
    }
  }
  if (calibration.support && calibration.for_share) {
    calibration.gap = calibration.support->share - *calibration.for_share;
    calibration.inside = *calibration.for_share >= calibration.support->low &&
                         *calibration.for_share <= calibration.support->high;
  }
  if (calibration.regions > 0) {
    calibration.mean_abs_gap = abs_gaps / static_cast<double>(calibration.regions);
  }
  return out;
}

}  // namespace kenes::analytics
