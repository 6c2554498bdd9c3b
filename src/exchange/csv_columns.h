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
#include "core/result.h"
#include "exchange/record_type.h"

namespace kenes {

// The header an export writes.
std::vector<std::string> CsvHeaderOf(RecordType type);
// For each column of that header, whether it holds a whole number (a workbook keeps it as one).
std::vector<bool> CsvNumberColumnsOf(RecordType type);

// Checks an import's header: the required columns are there and every column is known.
Result<CsvHeader> ParseCsvHeader(RecordType type, std::span<const std::string> header);

// One row of an import as the JSON object of its record; errors name the column.
Result<nlohmann::json> CsvRowToJson(RecordType type, const CsvHeader& header,
                                    std::span<const std::string> row);

// One record's JSON as a row of an export, in the order of CsvHeaderOf.
std::vector<std::string> JsonToCsvRow(RecordType type, const nlohmann::json& record);

}  // namespace kenes
