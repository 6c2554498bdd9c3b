// The five routes every record type has: list with filters, create, read, change, delete.
#pragma once

#include "ledger/ledger.h"
#include "server/router.h"

namespace kenes::http {

// Registers /api/v1/{organizations,people,events,feedback,checkins}[/{id}].
void AddRecordRoutes(Router& router, Ledger& ledger);

}  // namespace kenes::http
