// The CSV columns of each record type, and the mapping of a CSV row to and from the record's JSON.
// CSV goes through JSON so that a row is read by the same strict reader as an API request, and an
// error means the same thing whichever way the record came.
//
// Lists sit in one cell separated by '|' ("miners|students"). Cells left empty are absent fields.
// Columns an export writes but an import recomputes (region_code, the attendance range...) are
// accepted on import and ignored, so an exported file imports as it is.
#pragma once

#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv.h"
#include "core/record_kind.h"
#include "core/result.h"

namespace kenes {

// REQUIRES: `type` is one of ExchangedKinds() (core/record_kind.h).

// The header an export writes.
std::vector<std::string> CsvHeaderOf(RecordKind type);
// For each column of that header, whether it holds a whole number (a workbook keeps it as one).
std::vector<bool> CsvNumberColumnsOf(RecordKind type);

// Checks an import's header: the required columns are there and every column is known.
Result<CsvHeader> ParseCsvHeader(RecordKind type, std::span<const std::string> header);

// One row of an import as the JSON object of its record; errors name the column.
Result<nlohmann::json> CsvRowToJson(RecordKind type, const CsvHeader& header,
                                    std::span<const std::string> row);

// One record's JSON as a row of an export, in the order of CsvHeaderOf.
std::vector<std::string> JsonToCsvRow(RecordKind type, const nlohmann::json& record);

}  // namespace kenes
