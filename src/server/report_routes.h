// The final report over HTTP: the same report `kenes report` writes (src/report), as a download.
#pragma once

#include "analytics/analytics.h"
#include "server/router.h"
#include "store/today.h"

namespace kenes::http {

// `clock` says what day it is when the request names no as_of.
void AddReportRoutes(Router& router, analytics::Analytics& analytics, const Clock& clock);

}  // namespace kenes::http
