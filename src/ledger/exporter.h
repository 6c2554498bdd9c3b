// Writes every record of a type as CSV, JSONL or an XLSX workbook, page by page, so an export of
// millions of rows needs memory for one page only. The output reimports as it is (see
// csv_columns.h).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/record_kind.h"
#include "exchange/file_format.h"
#include "store/store.h"

namespace kenes {

// `sink` receives the text in pieces, in order. Each page is read in its own transaction.
// REQUIRES: `format` is csv or jsonl.
Result<std::size_t> ExportRecords(Store& store, RecordKind type, FileFormat format,
                                  const std::function<void(std::string_view)>& sink);

// Writes every record of the type as one sheet of an XLSX workbook at `path`, with the columns of
// the CSV export; a type of more records than a sheet holds is kTooLarge, and no file is left.
Result<std::size_t> ExportWorkbook(Store& store, RecordKind type, const std::string& path);

}  // namespace kenes
