// The analytics API: the whole dashboard in one answer, and each part of it on its own, over the
// same filters (campaign, from, to, region, segment); plausibility reviews and venue capacities.
#pragma once

#include "analytics/analytics.h"
#include "ledger/ledger.h"
#include "server/router.h"

namespace kenes::http {

void AddAnalyticsRoutes(Router& router, Ledger& ledger, analytics::Analytics& analytics);

}  // namespace kenes::http
