// Analytics figures as the API's JSON: ranges as {"value","low","high"}, shares as fractions of 1,
// places and segments with their code and names.
#pragma once

#include <nlohmann/json.hpp>

#include "analytics/after_vote.h"
#include "analytics/analytics.h"

namespace kenes::http {

nlohmann::json ToJson(const analytics::Filter& filter);
nlohmann::json ToJson(const analytics::Totals& totals);
nlohmann::json ToJson(const analytics::BreakdownRow& row);
nlohmann::json ToJson(const analytics::Reach& reach);
nlohmann::json ToJson(const analytics::SupportRow& row);
// Overall support with its caveat, and the rows by region and segment.
nlohmann::json ToJson(const analytics::Support& support);
nlohmann::json ToJson(const analytics::ThemeSummary& theme);
nlohmann::json ToJson(const analytics::Themes& themes);
nlohmann::json ToJson(const analytics::Coverage& coverage, bool with_places);
nlohmann::json ToJson(const analytics::FlaggedFigure& figure);
nlohmann::json ToJson(const analytics::Planning& planning);
nlohmann::json ToJson(const analytics::Attribution& attribution);
nlohmann::json ToJson(const analytics::Dashboard& dashboard, Date as_of);
// /api/v1/stats: the dashboard's totals (same names), by_region with `code`, reach as
// `checkins` and `distinct_participants`, the coalition's composition and the registry's size.
nlohmann::json ToJson(const analytics::Stats& stats);
// /api/v1/analytics/after-vote: the rows with their results (exchange/vote_results.h), the
// correlation and the calibration, each with its caveat.
nlohmann::json ToJson(const analytics::AfterVote& after);

}  // namespace kenes::http
