// The report as one self-contained HTML page: headline figures, the caveats, every table with its
// note. It prints well (A4, tables that repeat their header on each page and do not split a row)
// and is what the PDF writer prints.
#pragma once

#include <string>

#include "report/report.h"

namespace kenes::report {

std::string ReportHtml(const Report& report);

// `text` as HTML text or an attribute value: & < > " escaped.
void AppendEscaped(std::string& out, std::string_view text);
Status WriteHtml(const Report& report, const std::string& path);

}  // namespace kenes::report
