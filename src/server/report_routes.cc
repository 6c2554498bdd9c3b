#include "server/report_routes.h"

#include "core/enum_names.h"
#include "report/download.h"
#include "server/analytics_routes.h"
#include "server/http_json.h"

namespace kenes::http {

void AddReportRoutes(Router& router, analytics::Analytics& analytics, const Clock& clock) {
  Params params = AnalyticsParams(true);
  params.push_back(TextParam("format", "the report as a file of this format")
                       .OneOf(report::DownloadFormats())
                       .Required("is required: " + JoinNames(report::DownloadFormats())));
  router.Add(
      {"GET", "/api/v1/report", Gate::kPublished,
       "The final report as a file in the format asked for; filters campaign, from, to, region, "
       "segment, as_of",
       Cost::kCostly, std::move(params)},
      [&analytics, &clock](const Call& call) -> Result<Reply> {
        const AnalyticsRequest asked = AnalyticsOf(call, TodayInKazakhstan(clock));
        KENES_ASSIGN(const auto built, report::BuildReport(analytics, asked.filter, asked.as_of));
        KENES_ASSIGN(auto file, report::RenderDownload(built, call.Text("format")));
        return Reply::Bytes(std::move(file.bytes), file.content_type)
            .Header("Content-Disposition", "attachment; filename=\"kenes-report-" +
                                               asked.as_of.ToString() + "." + file.extension + "\"")
            .Header("Cache-Control", "no-store");
      });
}

}  // namespace kenes::http
