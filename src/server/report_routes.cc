#include "server/report_routes.h"

#include "report/download.h"
#include "server/analytics_routes.h"
#include "server/http_json.h"

namespace kenes::http {

void AddReportRoutes(Router& router, analytics::Analytics& analytics, const Clock& clock) {
  router.Add(
      "GET", "/api/v1/report", Gate::kPublished,
      "The final report as a file: format html, xlsx or pdf; filters campaign, from, to, region, "
      "segment, as_of",
      [&analytics, &clock](const httplib::Request& request, httplib::Response& response) {
        Query query(request);
        const std::string format = query.Text("format");
        auto parsed = ReadAnalyticsRequest(query, TodayInKazakhstan(clock));
        Status done = query.Finish();
        if (!parsed.ok()) return SendError(response, parsed.error());
        if (!done.ok()) return SendError(response, done.error());
        if (format.empty()) return SendError(response, Invalid("format", "html, xlsx or pdf"));
        auto built = report::BuildReport(analytics, parsed->filter, parsed->as_of);
        if (!built.ok()) return SendError(response, built.error());
        auto file = report::RenderDownload(*built, format);
        if (!file.ok()) return SendError(response, file.error());
        response.set_header("Content-Disposition", "attachment; filename=\"kenes-report-" +
                                                       parsed->as_of.ToString() + "." +
                                                       file->extension + "\"");
        response.set_header("Cache-Control", "no-store");
        response.set_content(std::move(file->bytes), file->content_type);
      },
      Cost::kCostly);
}

}  // namespace kenes::http
