// The analytics API: the whole dashboard in one answer, and each part of it on its own, over the
// same filters (campaign, from, to, region, segment); plausibility reviews and venue capacities.
#pragma once

#include "analytics/analytics.h"
#include "ledger/ledger.h"
#include "server/http_json.h"
#include "server/router.h"

namespace kenes::http {

// The filters every analytics route takes (campaign, from, to, region, segment), and `as_of`
// where the route has a today.
struct AnalyticsRequest {
  analytics::Filter filter;
  Date as_of;
};
// The filters' parameters, declared once for every route that takes them; with `as_of` for a
// route that has a today (a route without one refuses as_of as it does any unknown parameter).
Params AnalyticsParams(bool with_as_of = false);
// The filters as `call` read them. `today` is as_of when the query names none (TodayInKazakhstan
// of the ledger's clock), for a route declared with_as_of; nullopt for one without.
AnalyticsRequest AnalyticsOf(const Call& call, std::optional<Date> today = std::nullopt);

void AddAnalyticsRoutes(Router& router, Ledger& ledger, analytics::Analytics& analytics);

}  // namespace kenes::http
