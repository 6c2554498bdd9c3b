// Whole files of records over HTTP, as `kenes import` takes them: CSV, JSONL, or a sheet of an XLSX
// workbook, all rows or none.
#pragma once

#include "ledger/ledger.h"
#include "server/router.h"

namespace kenes::http {

void AddImportRoutes(Router& router, Ledger& ledger);

}  // namespace kenes::http
