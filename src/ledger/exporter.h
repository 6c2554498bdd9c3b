// Writes every record of a type as CSV or JSONL, page by page, so an export of millions of rows
// needs memory for one page only. The output reimports as it is (see csv_columns.h).
#pragma once

#include <functional>
#include <string_view>

#include "exchange/record_type.h"
#include "store/store.h"

namespace kenes {

// `sink` receives the text in pieces, in order. Each page is read in its own transaction.
Result<std::size_t> ExportRecords(Store& store, RecordType type, FileFormat format,
                                  const std::function<void(std::string_view)>& sink);

}  // namespace kenes
