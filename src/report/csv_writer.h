// The report as CSV, one file per table in a folder: `<folder>/<table>.csv`, UTF-8 with a byte
// order mark so Excel reads the Cyrillic right, numbers as plain digits (shares as fractions of 1)
// so other programs read them as numbers.
#pragma once

#include <string>

#include "report/report.h"

namespace kenes::report {

// Creates `folder` when missing. Errors name "--out".
Status WriteCsv(const Report& report, const std::string& folder);

// One table as CSV text, without the byte order mark.
std::string TableCsv(const Table& table);

}  // namespace kenes::report
