// kenes report: the final campaign report as HTML, PDF, XLSX or CSV.
#include <cstdio>

#include "cli/commands.h"
#include "cli/context.h"
#include "report/csv_writer.h"
#include "report/html_writer.h"
#include "report/pdf_writer.h"
#include "report/xlsx_writer.h"
#include "store/today.h"

namespace kenes::cli {
namespace {

struct ReportOptions {
  std::string format;
  std::string out;
  std::string region;
  std::string segment;
  std::string from;
  std::string to;
  std::string as_of;
  std::int64_t campaign = 0;
};

Result<analytics::Filter> FilterOf(const ReportOptions& options) {
  analytics::Filter filter;
  if (options.campaign) filter.campaign_id = options.campaign;
  filter.region_code = options.region;
  filter.segment = options.segment;
  if (!options.from.empty()) {
    KENES_ASSIGN(filter.from, Date::Parse(options.from, "--from"));
  }
  if (!options.to.empty()) {
    KENES_ASSIGN(filter.to, Date::Parse(options.to, "--to"));
  }
  return filter;
}

}  // namespace

void AddReport(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand(
      "report",
      "Write the final campaign report: totals with ranges, reach, coverage, segments, "
      "themes, support, the coalition, events per day");
  auto database = std::make_shared<DatabaseOptions>();
  auto options = std::make_shared<ReportOptions>();
  command->add_option("--db", database->db, "database file")->capture_default_str();
  command->add_option("--format", options->format, "html, pdf, xlsx, or csv (one file per table)")
      ->required()
      ->check(CLI::IsMember({"html", "pdf", "xlsx", "csv"}));
  command->add_option("--out", options->out, "the file to write; for csv, a folder")->required();
  command->add_option("--campaign", options->campaign, "campaign id (default: all)");
  command->add_option("--region", options->region, "KATO code of a region");
  command->add_option("--segment", options->segment, "audience segment code");
  command->add_option("--from", options->from, "first day, YYYY-MM-DD");
  command->add_option("--to", options->to, "last day, YYYY-MM-DD");
  command->add_option("--as-of", options->as_of,
                      "the day the report is as of (default: today in Kazakhstan)");
  command->callback(Command(exit_code, [=]() -> Status {
    KENES_ASSIGN(const analytics::Filter filter, FilterOf(*options));
    Date as_of = TodayInKazakhstan(SystemClock());
    if (!options->as_of.empty()) {
      KENES_ASSIGN(as_of, Date::Parse(options->as_of, "--as-of"));
    }
    KENES_ASSIGN(OpenDatabase open, Open(*database, false));
    analytics::Analytics figures(*open.store);
    auto built = report::BuildReport(figures, filter, as_of);
    if (!built.ok()) return WithContext(built.error(), "--" + built.error().field);
    KENES_TRY(options->format == "html"   ? report::WriteHtml(*built, options->out)
              : options->format == "pdf"  ? report::WritePdf(*built, options->out)
              : options->format == "xlsx" ? report::WriteXlsx(*built, options->out)
                                          : report::WriteCsv(*built, options->out));
    std::fprintf(stderr, "wrote the %s report to %s\n", options->format.c_str(),
                 options->out.c_str());
    return Ok();
  }));
}

}  // namespace kenes::cli
