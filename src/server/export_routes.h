// Whole files of records out over HTTP, as `kenes export` writes them: every record of a type as
// CSV or JSONL, streamed as it is read, so an export of ten million check-ins needs the memory of
// one piece.
#pragma once

#include "ledger/ledger.h"
#include "server/router.h"

namespace kenes::http {

void AddExportRoutes(Router& router, Ledger& ledger);

}  // namespace kenes::http
