// The report as an Excel workbook, one sheet per table: the header in the first row (frozen, with
// filters), numbers as numbers and shares as percentages, so a regional office can sort and sum;
// the table's note under it.
#pragma once

#include <string>

#include "report/report.h"

namespace kenes::report {

Status WriteXlsx(const Report& report, const std::string& path);

}  // namespace kenes::report
