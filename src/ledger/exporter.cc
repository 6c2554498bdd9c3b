#include "ledger/exporter.h"

#include "core/csv.h"
#include "exchange/csv_columns.h"
#include "exchange/record_json.h"
#include "exchange/xlsx_sheet_writer.h"

namespace kenes {
namespace {

using nlohmann::json;

// Text is handed to the sink in pieces of about this size.
constexpr std::size_t kChunkBytes = 1 << 20;

// One page of records as JSON, and where the next page starts.
struct JsonPage {
  std::vector<json> records;
  std::optional<Id> next_after;
};

template <class T>
JsonPage ToJsonPage(const PageOf<T>& page) {
  JsonPage out;
  for (const T& record : page.items) out.records.push_back(ToJson(record));
  out.next_after = page.next_after;
  return out;
}

Result<JsonPage> ReadPage(Transaction& tx, RecordKind type, Id after) {
  const Page page{Page::kMaxLimit, after};
  switch (type) {
    case RecordKind::kOrganization: {
      OrganizationFilter filter;
      filter.page = page;
      KENES_ASSIGN(auto records, tx.ListOrganizations(filter));
      return ToJsonPage(records);
    }
    case RecordKind::kPerson: {
      PersonFilter filter;
      filter.page = page;
      KENES_ASSIGN(auto records, tx.ListPeople(filter));
      return ToJsonPage(records);
    }
    case RecordKind::kEvent: {
      EventFilter filter;
      filter.page = page;
      KENES_ASSIGN(auto records, tx.ListEvents(filter));
      return ToJsonPage(records);
    }
    case RecordKind::kFeedback: {
      FeedbackFilter filter;
      filter.page = page;
      KENES_ASSIGN(auto records, tx.ListFeedback(filter));
      return ToJsonPage(records);
    }
    case RecordKind::kCheckIn: {
      CheckInFilter filter;
      filter.page = page;
      KENES_ASSIGN(auto records, tx.ListCheckIns(filter));
      return ToJsonPage(records);
    }
    default:
      break;
  }
  return Internal("unknown record type");
}

// Visits every record of the type as JSON, page by page, each page in its own transaction.
Result<std::size_t> ForEachRecord(Store& store, RecordKind type,
                                  const std::function<Status(const json&)>& visit) {
  std::size_t count = 0;
  Id after = 0;
  while (true) {
    KENES_ASSIGN(JsonPage page,
                 store.Read<JsonPage>([&](Transaction& tx) { return ReadPage(tx, type, after); }));
    for (const json& record : page.records) KENES_TRY(visit(record));
    count += page.records.size();
    if (!page.next_after) break;
    after = *page.next_after;
  }
  return count;
}

}  // namespace

Result<std::size_t> ExportWorkbook(Store& store, RecordKind type, const std::string& path) {
  KENES_ASSIGN(XlsxSheetWriter sheet,
               XlsxSheetWriter::Create(path, std::string(PluralName(type)), CsvHeaderOf(type),
                                       CsvNumberColumnsOf(type)));
  KENES_ASSIGN(std::size_t count, ForEachRecord(store, type, [&](const json& record) {
                 return sheet.AddRow(JsonToCsvRow(type, record));
               }));
  KENES_TRY(sheet.Close());
  return count;
}

Result<std::size_t> ExportRecords(Store& store, RecordKind type, FileFormat format,
                                  const std::function<void(std::string_view)>& sink) {
  if (format == FileFormat::kXlsx) {
    return Invalid("format", "a workbook is written to a file: use ExportWorkbook");
  }
  std::string chunk;
  if (format == FileFormat::kCsv) AppendCsvRow(chunk, CsvHeaderOf(type));
  KENES_ASSIGN(std::size_t count, ForEachRecord(store, type, [&](const json& record) -> Status {
                 if (format == FileFormat::kCsv) {
                   AppendCsvRow(chunk, JsonToCsvRow(type, record));
                 } else {
                   chunk += record.dump(-1, ' ', false, json::error_handler_t::replace);
                   chunk += '\n';
                 }
                 if (chunk.size() >= kChunkBytes) {
                   sink(chunk);
                   chunk.clear();
                 }
                 return Ok();
               }));
  sink(chunk);
  return count;
}

}  // namespace kenes
