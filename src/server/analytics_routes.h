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
// `today` is as_of when the query names none (TodayInKazakhstan of the ledger's clock), for a route
// that has a today; nullopt for one that has none, which then refuses an as_of parameter.
Result<AnalyticsRequest> ReadAnalyticsRequest(Query& query, std::optional<Date> today);

void AddAnalyticsRoutes(Router& router, Ledger& ledger, analytics::Analytics& analytics);

}  // namespace kenes::http
