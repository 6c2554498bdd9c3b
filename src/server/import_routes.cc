#include "server/import_routes.h"

#include "ledger/importer.h"
#include "server/http_json.h"

namespace kenes::http {
namespace {

using nlohmann::json;

// The media types each format is sent as; a `format` parameter overrides them, for a client
// that can only say application/octet-stream.
Result<FileFormat> FormatOfBody(const httplib::Request& request, const std::string& asked) {
  if (!asked.empty()) return ParseFileFormat(asked);
  const std::string type = request.get_header_value("Content-Type");
  const auto is = [&](std::string_view media) { return type.rfind(media, 0) == 0; };
  if (is("text/csv")) return FileFormat::kCsv;
  if (is("application/jsonl") || is("application/x-ndjson") || is("application/x-jsonlines")) {
    return FileFormat::kJsonl;
  }
  if (is("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
    return FileFormat::kXlsx;
  }
  return Error{ErrorCode::kUnsupported,
               "send the file as text/csv, application/jsonl or "
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (xlsx), or name "
               "its format with ?format=csv|jsonl|xlsx",
               "Content-Type"};
}

}  // namespace

void AddImportRoutes(Router& router, Ledger& ledger) {
  router.Add(
      "POST", "/api/v1/imports", Gate::kReport,
      "Import a whole file of records (?type=, the body CSV, JSONL or XLSX): all rows or none",
      [&ledger](const httplib::Request& request, httplib::Response& response, const Actor& actor) {
        Query query(request);
        const std::string type_name = query.Text("type");
        const std::string format_name = query.Text("format");
        const std::string sheet = query.Text("sheet");
        auto again = query.Flag("again");
        if (!again.ok()) return SendError(response, again.error());
        if (Status done = query.Finish(); !done.ok()) return SendError(response, done.error());
        if (type_name.empty()) {
          return SendError(response, Invalid("type",
                                             "name the records: organizations, people, "
                                             "events, feedback or checkins"));
        }
        auto type = ParseRecordType(type_name);
        if (!type.ok()) return SendError(response, type.error());
        auto format = FormatOfBody(request, format_name);
        if (!format.ok()) return SendError(response, format.error());
        if (!sheet.empty() && *format != FileFormat::kXlsx) {
          return SendError(response, Invalid("sheet", "is for an xlsx workbook; this file is " +
                                                          std::string(FileFormatName(*format))));
        }
        if (request.body.empty()) return SendError(response, Invalid("body", "is empty"));
        auto imported =
            ImportRecords(ledger, actor, *type, ImportFile(*format, sheet), request.body, {},
                          again->value_or(false) ? Reimport::kAgain : Reimport::kRefuse);
        if (!imported.ok()) return SendError(response, imported.error());
        json answer = {{"type", type_name},
                       {"format", FileFormatName(*format)},
                       {"records", imported->records},
                       {"earlier", nullptr}};
        if (const auto& earlier = imported->earlier) {
          answer["earlier"] = {
              {"actor", earlier->actor}, {"records", earlier->records}, {"at", earlier->at}};
        }
        // 201 when records were written; 200 when the file had been imported before and nothing
        // was.
        SendJson(response, answer, imported->earlier ? 200 : 201);
      },
      Cost::kCostly);
}

}  // namespace kenes::http
