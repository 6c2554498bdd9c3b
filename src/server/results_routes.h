// The referendum's official results (GET, and PUT for an administrator) and, beside them, the
// campaign: GET /api/v1/analytics/after-vote.
#pragma once

#include "analytics/analytics.h"
#include "ledger/ledger.h"
#include "server/router.h"

namespace kenes::http {

void AddResultsRoutes(Router& router, Ledger& ledger, analytics::Analytics& analytics);

}  // namespace kenes::http
