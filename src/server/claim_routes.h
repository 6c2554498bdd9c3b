// The claim check over HTTP: a text's claims held against the ledger's published figures
// (analytics/claim_check.h). It writes nothing, so it is open to every role, as the figures are.
#pragma once

#include "analytics/analytics.h"
#include "ledger/ledger.h"
#include "server/router.h"

namespace kenes::http {

void AddClaimRoutes(Router& router, Ledger& ledger, analytics::Analytics& analytics);

}  // namespace kenes::http
