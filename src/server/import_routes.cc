#include "server/import_routes.h"

#include "ledger/importer.h"

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
      {"POST",
       "/api/v1/imports",
       Gate::kReport,
       "Import a whole file of records (?type=, the body CSV, JSONL or XLSX): all rows or none",
       Cost::kCostly,
       {EnumParam("type", "the records the file holds", &ParseExchangedKind, ExchangedKindNames())
            .Required("name the records: " + ExchangedKindList()),
        TextParam("format", "when the Content-Type does not say it").OneOf(FileFormatNames()),
        TextParam("sheet", "xlsx: the sheet to read, by the name on its tab (default: the first)"),
        FlagParam("again", "import even a file imported whole before as this type")}},
      [&ledger](const Call& call) -> Result<Reply> {
        const RecordKind type = *call.Enum<RecordKind>("type");
        KENES_ASSIGN(const FileFormat format, FormatOfBody(call.request, call.Text("format")));
        const std::string sheet = call.Text("sheet");
        if (!sheet.empty() && format != FileFormat::kXlsx) {
          return Invalid("sheet", "is for an xlsx workbook; this file is " +
                                      std::string(FileFormatName(format)));
        }
        if (call.request.body.empty()) return Invalid("body", "is empty");
        const Reimport reimport =
            call.Flag("again").value_or(false) ? Reimport::kAgain : Reimport::kRefuse;
        KENES_ASSIGN(const ImportSummary imported,
                     ImportRecords(ledger, call.actor, type, ImportFile(format, sheet),
                                   call.request.body, {}, reimport));
        json answer = {{"type", PluralName(type)},
                       {"format", FileFormatName(format)},
                       {"records", imported.records},
                       {"earlier", nullptr}};
        if (const auto& earlier = imported.earlier) {
          answer["earlier"] = {
              {"actor", earlier->actor}, {"records", earlier->records}, {"at", earlier->at}};
        }
        // 201 when records were written; 200 when the file had been imported before and nothing
        // was.
        return Reply::Json(answer, imported.earlier ? 200 : 201);
      });
}

}  // namespace kenes::http
