#include "server/claim_routes.h"

#include "analytics/claim_check.h"
#include "exchange/json_fields.h"
#include "exchange/record_json.h"
#include "extract/extractor.h"
#include "server/analytics_routes.h"
#include "server/http_json.h"
#include "server/intake_routes.h"
#include "store/today.h"

namespace kenes::http {
namespace {

using nlohmann::json;

// {"text": ...}; a text past kMaxIntakeBytes is 413, as a press release taken in is (intake
// refuses a body longer than the limit and some room for the JSON around it unread).
Result<std::string> ReadClaimsBody(const httplib::Request& request) {
  if (request.body.size() > kMaxIntakeBytes + 4096) {
    return Error{ErrorCode::kTooLarge,
                 "the body is " + std::to_string(request.body.size()) +
                     " bytes; the text's limit is " + std::to_string(kMaxIntakeBytes),
                 "text"};
  }
  const std::string type = request.get_header_value("Content-Type");
  if (type.rfind("application/json", 0) != 0) {
    return Error{ErrorCode::kUnsupported, "send the text as JSON {\"text\": ...}", "Content-Type"};
  }
  KENES_ASSIGN(json body, ParseJsonText(request.body, "body"));
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(body));
  std::string text;
  KENES_TRY(fields.Text("text", text, true));
  KENES_TRY(fields.Finish());
  if (text.size() > kMaxIntakeBytes) {
    return Error{ErrorCode::kTooLarge,
                 "the text is " + std::to_string(text.size()) + " bytes; the limit is " +
                     std::to_string(kMaxIntakeBytes),
                 "text"};
  }
  return text;
}

json ToJson(const analytics::CheckedClaim& claim) {
  return {{"text", claim.text},
          {"verdict", analytics::VerdictName(claim.verdict)},
          {"figure", claim.figure},
          {"why", claim.why},
          {"span", json::array({claim.span.begin.value(), claim.span.end.value()})}};
}

}  // namespace

void AddClaimRoutes(Router& router, Ledger& ledger, analytics::Analytics& analytics) {
  router.Add(
      {"POST", "/api/v1/claims/check", Gate::kPublished,
       "Check a text's claims against the ledger: {\"text\"} → {\"claims\":[{text, verdict "
       "(supported, not_supported, not_checkable), figure, why, span}]}; the analytics filters "
       "campaign, from, to, region, segment narrow the figures",
       Cost::kCostly, AnalyticsParams()},
      [&ledger, &analytics](const Call& call) -> Result<Reply> {
        const Date today = TodayInKazakhstan(ledger.clock());
        KENES_ASSIGN(const std::string text, ReadClaimsBody(call.request));
        KENES_ASSIGN(const auto extraction,
                     extract::Extract(text, *ledger.gazetteer(), {.reference_date = today}));
        KENES_ASSIGN(const auto figures,
                     analytics::GatherFigures(analytics, AnalyticsOf(call).filter, today));
        json claims = json::array();
        for (const auto& claim : analytics::CheckClaims(text, extraction, figures)) {
          claims.push_back(ToJson(claim));
        }
        return Reply::Json({{"claims", std::move(claims)}});
      });
}

}  // namespace kenes::http
