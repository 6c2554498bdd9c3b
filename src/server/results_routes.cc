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
  router.Add({"GET", "/api/v1/results", Gate::kPublished,
              "The referendum's official results per place (the country as KZ, regions, "
              "districts): eligible, voted, for, against, invalid, turnout_percent, as_of, source; "
              "null where unpublished"},
             [&ledger](const Call&) -> Result<Reply> {
               KENES_ASSIGN(const auto results,
                            ledger.store().Read<std::vector<VoteResult>>(
                                [](Transaction& tx) { return tx.ListVoteResults(); }));
               const auto places = ledger.gazetteer();
               json items = json::array();
               for (const VoteResult& result : results) {
                 items.push_back(ResultJson(result, *places));
               }
               return Reply::Json({{"results", std::move(items)}});
             });
  router.Add(
      {"PUT", "/api/v1/results", Gate::kAdmin,
       "Add or replace official results: [{place_code, eligible, voted, for, against, invalid, "
       "turnout_percent, as_of, source}]; all or none, each checked (sums, districts within their "
       "region) and audited"},
      [&ledger](const Call& call) -> Result<Reply> {
        KENES_ASSIGN(const json body, ReadJsonBody(call.request));
        if (!body.is_array()) return Invalid("", "the body must be a JSON array of results");
        std::vector<VoteResult> results;
        for (std::size_t i = 0; i < body.size(); ++i) {
          KENES_ASSIGN(VoteResult result,
                       VoteResultFromJson(body[i], "[" + std::to_string(i) + "]"));
          results.push_back(std::move(result));
        }
        KENES_ASSIGN(const std::size_t changed,
                     ledger.Write<std::size_t>(call.actor, [&](LedgerSession& session) {
                       return session.PutVoteResults(results);
                     }));
        return Reply::Json({{"results", results.size()}, {"changed", changed}});
      });
  router.Add({"GET", "/api/v1/analytics/after-vote", Gate::kPublished,
              "The official results beside the campaign, per region and district: events per "
              "10,000 inhabitants, attendance per 1,000 eligible, distinct people, support with "
              "its interval, turnout and the 'for' share; Spearman's rank correlation of intensity "
              "and turnout with a bootstrap 95% interval; calibration of support against the vote; "
              "filters campaign, from, to, region, segment",
              Cost::kCostly, AnalyticsParams()},
             [&analytics](const Call& call) -> Result<Reply> {
               KENES_ASSIGN(const auto after, analytics.ComputeAfterVote(AnalyticsOf(call).filter));
               return Reply::Json(ToJson(after));
             });
}

}  // namespace kenes::http
