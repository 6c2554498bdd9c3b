// The report as PDF: the HTML page printed by headless Chromium, so print and screen look alike
// and no second layout has to be kept. Chromium is found at $KENES_CHROMIUM, else
// /usr/bin/chromium; it runs with a fresh profile in a temporary folder, no network services, and
// a time limit.
#pragma once

#include <string>

#include "report/report.h"

namespace kenes::report {

Status WritePdf(const Report& report, const std::string& path);

// Any page of kenes's own HTML (a publication too), printed the same way to `path`.
Status PrintHtmlToPdf(const std::string& html, const std::string& path);

}  // namespace kenes::report
