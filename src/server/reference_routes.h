// Routes for what records refer to: places (the gazetteer), segments, provisions, campaigns; and
// the campaign totals.
#pragma once

#include "ledger/ledger.h"
#include "server/router.h"

namespace kenes::http {

void AddReferenceRoutes(Router& router, Ledger& ledger);
void AddStatsRoutes(Router& router, Ledger& ledger);

}  // namespace kenes::http
