#include "server/results_routes.h"

#include "exchange/vote_results.h"
#include "server/analytics_json.h"
#include "server/analytics_routes.h"
#include "server/http_json.h"

namespace kenes::http {
namespace {

using nlohmann::json;

// A result as the API gives it: its fields (exchange/vote_results.h) and the place's names.
json ResultJson(const VoteResult& result, const Gazetteer& places) {
  json out = VoteResultJson(result);
  const Place* place = places.Find(result.place_code);
  out["name_ru"] = place ? place->name_ru : std::string("Республика Казахстан");
  out["name_kk"] = place ? place->name_kk : std::string("Қазақстан Республикасы");
  return out;
}

}  // namespace

void AddResultsRoutes(Router& router, Ledger& ledger, analytics::Analytics& analytics) {
  router.Add("GET", "/api/v1/results", Gate::kPublished,
             "The referendum's official results per place (the country as KZ, regions, districts): "
             "eligible, voted, for, against, invalid, turnout_percent, as_of, source; null where "
             "unpublished",
             [&ledger](const httplib::Request& request, httplib::Response& response) {
               Query query(request);
               if (Status done = query.Finish(); !done.ok()) {
                 return SendError(response, done.error());
               }
               auto results = ledger.store().Read<std::vector<VoteResult>>(
                   [](Transaction& tx) { return tx.ListVoteResults(); });
               if (!results.ok()) return SendError(response, results.error());
               const auto places = ledger.gazetteer();
               json items = json::array();
               for (const VoteResult& result : *results) {
                 items.push_back(ResultJson(result, *places));
               }
               SendJson(response, {{"results", std::move(items)}});
             });
  router.Add(
      "PUT", "/api/v1/results", Gate::kAdmin,
      "Add or replace official results: [{place_code, eligible, voted, for, against, invalid, "
      "turnout_percent, as_of, source}]; all or none, each checked (sums, districts within their "
      "region) and audited",
      [&ledger](const httplib::Request& request, httplib::Response& response, const Actor& actor) {
        auto body = ReadJsonBody(request);
        if (!body.ok()) return SendError(response, body.error());
        if (!body->is_array()) {
          return SendError(response, Invalid("", "the body must be a JSON array of results"));
        }
        std::vector<VoteResult> results;
        for (std::size_t i = 0; i < body->size(); ++i) {
          auto result = VoteResultFromJson((*body)[i], "[" + std::to_string(i) + "]");
          if (!result.ok()) return SendError(response, result.error());
          results.push_back(std::move(*result));
        }
        auto changed = ledger.Write<std::size_t>(
            actor, [&](LedgerSession& session) { return session.PutVoteResults(results); });
        if (!changed.ok()) return SendError(response, changed.error());
        SendJson(response, {{"results", results.size()}, {"changed", *changed}});
      });
  router.Add(
      "GET", "/api/v1/analytics/after-vote", Gate::kPublished,
      "The official results beside the campaign, per region and district: events per "
      "10,000 inhabitants, attendance per 1,000 eligible, distinct people, support with "
      "its interval, turnout and the 'for' share; Spearman's rank correlation of intensity "
      "and turnout with a bootstrap 95% interval; calibration of support against the vote; "
      "filters campaign, from, to, region, segment",
      [&analytics](const httplib::Request& request, httplib::Response& response) {
        Query query(request);
        auto parsed = ReadAnalyticsRequest(query, std::nullopt);
        if (Status done = query.Finish(); !done.ok()) {
          return SendError(response, done.error());
        }
        if (!parsed.ok()) return SendError(response, parsed.error());
        auto after = analytics.ComputeAfterVote(parsed->filter);
        if (!after.ok()) return SendError(response, after.error());
        SendJson(response, ToJson(*after));
      },
      Cost::kCostly);
}

}  // namespace kenes::http
