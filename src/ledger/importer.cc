#include "ledger/importer.h"

#include "core/csv.h"
#include "crypto/fingerprint.h"
#include "exchange/csv_columns.h"
#include "exchange/record_json.h"
#include "exchange/xlsx_reader.h"
#include "ledger/record_ops.h"

namespace kenes {
namespace {

using nlohmann::json;

// How often progress is reported, in records.
constexpr std::size_t kProgressEvery = 2000;

// Writes one record through the session's rules.
Status WriteRecord(LedgerSession& session, RecordKind kind, const json& record) {
  return WithRecordOf(kind, [&]<class T>(std::type_identity<T>) -> Status {
    std::string extra;
    KENES_ASSIGN(T parsed, RecordOps<T>::FromJson(record, JsonSource::kRecord, extra));
    KENES_TRY(RecordOps<T>::Create(session, std::move(parsed), extra));
    return Ok();
  });
}

using EachRecord = std::function<Status(const json&, std::size_t offset)>;

// An error in a sheet's row names the column as the sheet shows it, when its field is one:
// "column date (C)".
Error WithColumnLetter(Error error, const std::vector<std::string>& header) {
  std::string_view name = error.field;
  if (name.starts_with("column ")) name.remove_prefix(7);
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) {
      error.field = "column " + header[i] + " (" + ColumnLetters(i) + ")";
      break;
    }
  }
  return error;
}

// The records of a workbook's sheet: its first row with a value is the header, as in a CSV file.
Status ForEachSheetRecord(RecordKind type, const std::string& sheet, std::string_view bytes,
                          const EachRecord& each, std::string& where) {
  where.clear();  // the workbook's errors name the file's part or the sheet themselves
  KENES_ASSIGN(XlsxWorkbook book, XlsxWorkbook::Open(bytes, "file"));
  const std::string label = "sheet " + (sheet.empty() ? book.sheets().front() : sheet);
  std::vector<std::string> header_names;
  std::optional<CsvHeader> header;
  KENES_TRY(book.ForEachRow(sheet, [&](const SheetRow& row) -> Status {
    where = label + ", row " + std::to_string(row.number);
    if (!header) {
      header_names = row.cells;
      auto parsed = ParseCsvHeader(type, header_names);
      if (!parsed.ok()) return WithColumnLetter(parsed.error(), header_names);
      header = std::move(*parsed);
      where.clear();
      return Ok();
    }
    if (row.cells.size() > header_names.size()) {
      return Invalid("column " + ColumnLetters(header_names.size()),
                     "holds a value, but the header row names no column there");
    }
    auto record = CsvRowToJson(type, *header, row.cells);
    if (!record.ok()) return WithColumnLetter(record.error(), header_names);
    const std::size_t offset = bytes.size() * row.read / std::max<std::size_t>(row.total, 1);
    const Status written = each(*record, offset);
    if (!written.ok()) return WithColumnLetter(written.error(), header_names);
    // Past this row, an error of the workbook itself names its own sheet and cell.
    where.clear();
    return Ok();
  }));
  if (!header) {
    where = label;
    return Invalid("", "is empty: it has no header row");
  }
  return Ok();
}

// Calls `each` for every record of the file, with where it stands ("row 3", "line 3",
// "sheet Events, row 3").
Status ForEachRecord(RecordKind type, const ImportFile& file, std::string_view text,
                     const EachRecord& each, std::string& where) {
  if (file.format == FileFormat::kXlsx) {
    return ForEachSheetRecord(type, file.sheet, text, each, where);
  }
  if (file.format == FileFormat::kCsv) {
    CsvReader reader(text);
    std::vector<std::string> fields;
    where = "row 1";
    KENES_ASSIGN(bool has_header, reader.Next(fields));
    if (!has_header) return Invalid("file", "is empty: it has no header row");
    KENES_ASSIGN(CsvHeader header, ParseCsvHeader(type, fields));
    while (true) {
      auto more = reader.Next(fields);
      if (!more.ok()) {
        where.clear();  // the reader's error names its own row
        return more.error();
      }
      if (!*more) return Ok();
      where = "row " + std::to_string(reader.row());
      KENES_ASSIGN(json record, CsvRowToJson(type, header, fields));
      KENES_TRY(each(record, reader.offset()));
    }
  }
  std::size_t line = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view content = text.substr(pos, end - pos);
    pos = end + 1;
    ++line;
    if (!content.empty() && content.back() == '\r') content.remove_suffix(1);
    if (content.find_first_not_of(" \t") == std::string_view::npos) continue;
    where = "line " + std::to_string(line);
    KENES_ASSIGN(json record, ParseJsonText(content, ""));
    KENES_TRY(each(record, std::min(pos, text.size())));
  }
  return Ok();
}

}  // namespace

Result<ImportSummary> ImportRecords(Ledger& ledger, const Actor& actor, RecordKind type,
                                    const ImportFile& file, std::string_view text,
                                    const ImportProgress& progress, Reimport reimport) {
  ImportSummary summary;
  std::string where;
  // Imports are remembered among the stored replies, under an account of their own, keyed by type
  // and content: the same bytes as another type, or another sheet of a workbook, are another
  // import.
  const std::string content = Fingerprint(text);
  std::string key = std::string(PluralName(type)) + ":" + content;
  ImportFile source = file;
  if (file.format == FileFormat::kXlsx) {
    // The sheet by its name, so "the first sheet" and the same sheet named are one import.
    KENES_ASSIGN(XlsxWorkbook book, XlsxWorkbook::Open(text, "file"));
    if (source.sheet.empty()) source.sheet = book.sheets().front();
    key += ":" + source.sheet;
  }
  Status status = ledger.Write(actor, [&](LedgerSession& session) -> Status {
    summary = {};  // a write may be run again (store.h); count from zero each time
    Transaction& tx = session.transaction();
    KENES_ASSIGN(std::optional<StoredReply> before, tx.FindStoredReply(kImportsAccount, key));
    if (before && reimport == Reimport::kRefuse) {
      const json earlier = json::parse(before->body, nullptr, false);
      summary.earlier = EarlierImport{earlier.value("actor", std::string()),
                                      earlier.value("records", std::size_t{0}), before->created_at};
      return Ok();
    }
    KENES_TRY(ForEachRecord(
        type, source, text,
        [&](const json& record, std::size_t offset) -> Status {
          KENES_TRY(WriteRecord(session, type, record));
          if (++summary.records % kProgressEvery == 0 && progress) {
            progress(offset, text.size(), summary.records);
          }
          return Ok();
        },
        where));
    StoredReply record{std::string(kImportsAccount),
                       key,
                       content,
                       200,
                       json{{"actor", actor.name}, {"records", summary.records}}.dump(),
                       "application/json",
                       {}};
    if (!before) KENES_TRY(tx.ReserveStoredReply(record));
    return tx.CompleteStoredReply(record);
  });
  if (!status.ok()) return where.empty() ? status.error() : WithContext(status.error(), where);
  if (progress && !summary.earlier) progress(text.size(), text.size(), summary.records);
  return summary;
}

}  // namespace kenes
