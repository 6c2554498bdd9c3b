#include "server/export_routes.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>

#include "ledger/exporter.h"

namespace kenes::http {
namespace {

constexpr const char* kXlsxType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

std::string ContentTypeOf(FileFormat format) {
  switch (format) {
    case FileFormat::kCsv:
      return "text/csv; charset=utf-8";
    case FileFormat::kJsonl:
      return "application/jsonl; charset=utf-8";
    case FileFormat::kXlsx:
      return kXlsxType;
  }
  return "application/octet-stream";
}

// CSV or JSONL, read a piece at a time as the client takes them. The first piece is read before
// answering, so a store that fails gets its error as the answer rather than a download broken off.
Result<Reply::Pieces> TextPieces(Store& store, RecordKind type, FileFormat format) {
  KENES_ASSIGN(RecordExport text, RecordExport::Start(store, type, format));
  auto first = std::make_shared<std::string>();
  KENES_ASSIGN(const bool more, text.Next(*first));
  auto rest = std::make_shared<RecordExport>(std::move(text));
  auto done = std::make_shared<bool>(!more);
  return Reply::Pieces([first, rest, done](std::string& piece) -> Result<bool> {
    if (!first->empty()) {
      piece.swap(*first);
      return !*done;
    }
    if (*done) return false;
    return rest->Next(piece);
  });
}

// A workbook is a zip file, finished only at its end: written whole to a temporary file first (a
// sheet holds at most about a million rows), then sent from it a piece at a time. The file is
// unlinked at once and read through its descriptor, so nothing is left behind however the
// download ends.
Result<Reply::Pieces> WorkbookPieces(Store& store, RecordKind type) {
  const std::filesystem::path folder = std::filesystem::temp_directory_path();
  std::string path = (folder / "kenes-export-XXXXXX").string();
  const int made = ::mkstemp(path.data());
  if (made < 0) return Error{ErrorCode::kUnavailable, "cannot make a temporary file", ""};
  ::close(made);
  auto written = ExportWorkbook(store, type, path);
  std::shared_ptr<std::FILE> file(written.ok() ? std::fopen(path.c_str(), "rb") : nullptr,
                                  [](std::FILE* f) {
                                    if (f) std::fclose(f);
                                  });
  std::remove(path.c_str());
  if (!written.ok()) return written.error();
  if (!file) return Error{ErrorCode::kUnavailable, "cannot read the workbook written", ""};
  return Reply::Pieces([file](std::string& piece) -> Result<bool> {
    piece.resize(RecordExport::kPieceBytes);
    const std::size_t read = std::fread(piece.data(), 1, piece.size(), file.get());
    piece.resize(read);
    if (std::ferror(file.get())) return Error{ErrorCode::kUnavailable, "reading the workbook", ""};
    return read > 0 && !std::feof(file.get());
  });
}

}  // namespace

void AddExportRoutes(Router& router, Ledger& ledger) {
  router.Add(
      {"GET",
       "/api/v1/exports",
       Gate::kExport,
       "Every record of a type as a file (?type=, ?format=csv|jsonl|xlsx), streamed as it is read",
       Cost::kCostly,
       {EnumParam("type", "the records to export", &ParseExchangedKind, ExchangedKindNames())
            .Required("name the records: " + ExchangedKindList()),
        EnumParam("format", "the file's format (default csv)", &ParseFileFormat,
                  FileFormatNames())}},
      [&ledger](const Call& call) -> Result<Reply> {
        const RecordKind type = *call.Enum<RecordKind>("type");
        const FileFormat format = call.Enum<FileFormat>("format").value_or(FileFormat::kCsv);
        KENES_ASSIGN(Reply::Pieces pieces, format == FileFormat::kXlsx
                                               ? WorkbookPieces(ledger.store(), type)
                                               : TextPieces(ledger.store(), type, format));
        const std::string name =
            "kenes-" + std::string(PluralName(type)) + "." + std::string(FileFormatName(format));
        return Reply::Streamed(std::move(pieces), ContentTypeOf(format))
            .Header("Content-Disposition", "attachment; filename=\"" + name + "\"")
            .Header("Cache-Control", "no-store");
      });
}

}  // namespace kenes::http
