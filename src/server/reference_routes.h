// Routes for what records refer to: places (the gazetteer), segments, provisions, campaigns; and
// the server's health. The campaign totals (/stats) are analytics (analytics_routes.h).
#pragma once

#include "ledger/ledger.h"
#include "server/router.h"

namespace kenes::http {

void AddReferenceRoutes(Router& router, Ledger& ledger);
void AddHealthRoutes(Router& router, Ledger& ledger);

}  // namespace kenes::http
