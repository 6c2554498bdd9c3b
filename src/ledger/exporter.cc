#include "ledger/exporter.h"

#include <optional>

#include "core/csv.h"
#include "exchange/csv_columns.h"
#include "exchange/record_json.h"
#include "exchange/xlsx_sheet_writer.h"
#include "ledger/checkin_rows.h"

namespace kenes {
namespace {

using nlohmann::json;

// Check-ins read per transaction: about a megabyte of CSV.
constexpr std::size_t kCheckInsPerPage = 10'000;

// Where a page's records go: one writer per format, taking a record either as its JSON or, for
// check-ins, as the store's row.
class RowWriter {
 public:
  virtual ~RowWriter() = default;
  virtual Status Record(const json& record) = 0;
  virtual Status CheckIn(const CheckInRecordRow& row) = 0;
};

// Reads the page of records after `after` into `out`; where the next page starts, or nullopt
// after the last.
using ReadPage = Result<std::optional<Id>> (*)(Transaction& tx, Id after, RowWriter& out);

template <class T, class Filter, Result<PageOf<T>> (Transaction::*list)(const Filter&)>
Result<std::optional<Id>> ListedPage(Transaction& tx, Id after, RowWriter& out) {
  Filter filter;
  filter.page = {Page::kMaxLimit, after};
  KENES_ASSIGN(PageOf<T> page, (tx.*list)(filter));
  for (const T& record : page.items) KENES_TRY(out.Record(ToJson(record)));
  return page.next_after;
}

Result<std::optional<Id>> CheckInPage(Transaction& tx, Id after, RowWriter& out) {
  std::size_t count = 0;
  Id last = after;
  KENES_TRY(tx.ScanCheckInRecords(after, kCheckInsPerPage, [&](const CheckInRecordRow& row) {
    ++count;
    last = row.row.id;
    return out.CheckIn(row);
  }));
  if (count < kCheckInsPerPage) return std::optional<Id>();
  return std::optional<Id>(last);
}

// How each type is read.
constexpr struct {
  RecordKind type;
  ReadPage read;
} kReaders[] = {
    {RecordKind::kOrganization,
     &ListedPage<Organization, OrganizationFilter, &Transaction::ListOrganizations>},
    {RecordKind::kPerson, &ListedPage<Person, PersonFilter, &Transaction::ListPeople>},
    {RecordKind::kEvent, &ListedPage<Event, EventFilter, &Transaction::ListEvents>},
    {RecordKind::kFeedback, &ListedPage<FeedbackItem, FeedbackFilter, &Transaction::ListFeedback>},
    {RecordKind::kCheckIn, &CheckInPage},
};

ReadPage ReaderOf(RecordKind type) {
  for (const auto& reader : kReaders) {
    if (reader.type == type) return reader.read;
  }
  return nullptr;
}

// Reads a type page after page, each in its own transaction, into a writer.
class PageReader {
 public:
  PageReader(Store& store, RecordKind type, RowWriter& out)
      : store_(store), read_(ReaderOf(type)), out_(out) {}

  // Reads the next page; false once there is none.
  Result<bool> Next() {
    if (!after_) return false;
    if (!read_) return Internal("no reader for this record type");
    KENES_ASSIGN(after_, store_.Read<std::optional<Id>>(
                             [&](Transaction& tx) { return read_(tx, *after_, out_); }));
    return true;
  }

 private:
  Store& store_;
  const ReadPage read_;
  RowWriter& out_;
  std::optional<Id> after_ = 0;
};

// Rows as CSV or JSONL text, appended to `text`.
class TextWriter final : public RowWriter {
 public:
  TextWriter(RecordKind type, FileFormat format, CheckInRows checkins)
      : type_(type), csv_(format == FileFormat::kCsv), checkins_(std::move(checkins)) {}

  Status Record(const json& record) override {
    ++records_;
    if (csv_) {
      AppendCsvRow(text, JsonToCsvRow(type_, record));
    } else {
      text += record.dump(-1, ' ', false, json::error_handler_t::replace);
      text += '\n';
    }
    return Ok();
  }
  Status CheckIn(const CheckInRecordRow& row) override {
    ++records_;
    if (csv_) {
      checkins_.AppendCsv(text, row);
    } else {
      checkins_.AppendJsonLine(text, row);
    }
    return Ok();
  }

  std::size_t records() const { return records_; }
  std::string text;

 private:
  const RecordKind type_;
  const bool csv_;
  const CheckInRows checkins_;
  std::size_t records_ = 0;
};

// Rows as the cells of a workbook's sheet.
class SheetWriter final : public RowWriter {
 public:
  SheetWriter(RecordKind type, XlsxSheetWriter& sheet, CheckInRows checkins)
      : type_(type), sheet_(sheet), checkins_(std::move(checkins)) {}

  Status Record(const json& record) override {
    ++records_;
    return sheet_.AddRow(JsonToCsvRow(type_, record));
  }
  Status CheckIn(const CheckInRecordRow& row) override {
    ++records_;
    return sheet_.AddRow(checkins_.Cells(row));
  }
  std::size_t records() const { return records_; }

 private:
  const RecordKind type_;
  XlsxSheetWriter& sheet_;
  const CheckInRows checkins_;
  std::size_t records_ = 0;
};

}  // namespace

struct RecordExport::State {
  State(Store& store, RecordKind type, FileFormat format, CheckInRows checkins)
      : writer(type, format, std::move(checkins)), pages(store, type, writer) {}
  TextWriter writer;
  PageReader pages;
  bool done = false;
};

Result<RecordExport> RecordExport::Start(Store& store, RecordKind type, FileFormat format) {
  if (format != FileFormat::kCsv && format != FileFormat::kJsonl) {
    return Invalid("format",
                   "is written as text in pieces only as csv or jsonl; a workbook is a "
                   "file (ExportWorkbook)");
  }
  KENES_ASSIGN(CheckInRows checkins, CheckInRows::Create());
  auto state = std::make_unique<State>(store, type, format, std::move(checkins));
  if (format == FileFormat::kCsv) AppendCsvRow(state->writer.text, CsvHeaderOf(type));
  return RecordExport(std::move(state));
}

RecordExport::RecordExport(std::unique_ptr<State> state) : state_(std::move(state)) {}
RecordExport::RecordExport(RecordExport&&) noexcept = default;
RecordExport& RecordExport::operator=(RecordExport&&) noexcept = default;
RecordExport::~RecordExport() = default;

Result<bool> RecordExport::Next(std::string& out) {
  State& state = *state_;
  if (state.done) return false;
  while (state.writer.text.size() < kPieceBytes) {
    KENES_ASSIGN(const bool more, state.pages.Next());
    if (!more) {
      state.done = true;
      break;
    }
  }
  if (out.empty()) {
    out.swap(
        state.writer.text);  // no copy of the piece; the writer takes `out`'s room for the next
  } else {
    out += state.writer.text;
  }
  state.writer.text.clear();
  return !state.done;
}

std::size_t RecordExport::records() const { return state_->writer.records(); }

Result<std::size_t> ExportRecords(Store& store, RecordKind type, FileFormat format,
                                  const std::function<void(std::string_view)>& sink) {
  KENES_ASSIGN(RecordExport text, RecordExport::Start(store, type, format));
  std::string piece;
  while (true) {
    piece.clear();
    KENES_ASSIGN(const bool more, text.Next(piece));
    if (!piece.empty()) sink(piece);
    if (!more) break;
  }
  return text.records();
}

Result<std::size_t> ExportWorkbook(Store& store, RecordKind type, const std::string& path) {
  KENES_ASSIGN(CheckInRows checkins, CheckInRows::Create());
  KENES_ASSIGN(XlsxSheetWriter sheet,
               XlsxSheetWriter::Create(path, std::string(PluralName(type)), CsvHeaderOf(type),
                                       CsvNumberColumnsOf(type)));
  SheetWriter writer(type, sheet, std::move(checkins));
  PageReader pages(store, type, writer);
  while (true) {
    KENES_ASSIGN(const bool more, pages.Next());
    if (!more) break;
  }
  KENES_TRY(sheet.Close());
  return writer.records();
}

}  // namespace kenes
