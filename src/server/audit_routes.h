// The audit log over HTTP: the entries (headquarters), a check of the chain, and the history of
// one event for its page.
#pragma once

#include "ledger/ledger.h"
#include "server/router.h"

namespace kenes::http {

void AddAuditRoutes(Router& router, Ledger& ledger);

}  // namespace kenes::http
