// The final report over HTTP: the same report `kenes report` writes (src/report), as a download.
#pragma once

#include "analytics/analytics.h"
#include "server/router.h"

namespace kenes::http {

void AddReportRoutes(Router& router, analytics::Analytics& analytics);

}  // namespace kenes::http
