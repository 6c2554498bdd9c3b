#include "ledger/exporter.h"

#include "core/csv.h"
#include "exchange/csv_columns.h"
#include "exchange/record_json.h"

namespace kenes {
namespace {

using nlohmann::json;

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

Result<JsonPage> ReadPage(Transaction& tx, RecordType type, Id after) {
  const Page page{Page::kMaxLimit, after};
  switch (type) {
    case RecordType::kOrganizations: {
      OrganizationFilter filter;
      filter.page = page;
      KENES_ASSIGN(auto records, tx.ListOrganizations(filter));
      return ToJsonPage(records);
    }
    case RecordType::kPeople: {
      PersonFilter filter;
      filter.page = page;
      KENES_ASSIGN(auto records, tx.ListPeople(filter));
      return ToJsonPage(records);
    }
    case RecordType::kEvents: {
      EventFilter filter;
      filter.page = page;
      KENES_ASSIGN(auto records, tx.ListEvents(filter));
      return ToJsonPage(records);
    }
    case RecordType::kFeedback: {
      FeedbackFilter filter;
      filter.page = page;
      KENES_ASSIGN(auto records, tx.ListFeedback(filter));
      return ToJsonPage(records);
    }
    case RecordType::kCheckIns: {
      CheckInFilter filter;
      filter.page = page;
      KENES_ASSIGN(auto records, tx.ListCheckIns(filter));
      return ToJsonPage(records);
    }
  }
  return Internal("unknown record type");
}

}  // namespace

Result<std::size_t> ExportRecords(Store& store, RecordType type, FileFormat format,
                                  const std::function<void(std::string_view)>& sink) {
  std::size_t count = 0;
  std::string chunk;
  if (format == FileFormat::kCsv) AppendCsvRow(chunk, CsvHeaderOf(type));
  Id after = 0;
  while (true) {
    KENES_ASSIGN(JsonPage page,
                 store.Read<JsonPage>([&](Transaction& tx) { return ReadPage(tx, type, after); }));
    for (const json& record : page.records) {
      if (format == FileFormat::kCsv) {
        AppendCsvRow(chunk, JsonToCsvRow(type, record));
      } else {
        chunk += record.dump(-1, ' ', false, json::error_handler_t::replace);
        chunk += '\n';
      }
    }
    count += page.records.size();
    sink(chunk);
    chunk.clear();
    if (!page.next_after) break;
    after = *page.next_after;
  }
  return count;
}

}  // namespace kenes
