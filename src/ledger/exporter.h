// Writes every record of a type as CSV, JSONL or an XLSX workbook, a page at a time and each page
// in its own transaction, so an export of millions of rows needs memory for one page and holds no
// snapshot open while whoever reads it is slow. The output reimports as it is (see csv_columns.h).
//
// Check-ins, the type of millions, are read by the store's scan and written from its rows
// (checkin_rows.h); the other types are read as records and written through their JSON, as the
// API shows them.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "exchange/file_format.h"
#include "store/store.h"

namespace kenes {

// An export of CSV or JSONL text taken piece by piece, for a reader that asks for the next piece
// when it is ready for it (an HTTP download).
class RecordExport {
 public:
  // Text is handed out in pieces of about this size.
  static constexpr std::size_t kPieceBytes = 1 << 20;

  // REQUIRES: `store` outlives the export. A format other than csv or jsonl is kInvalid, naming
  // "format".
  static Result<RecordExport> Start(Store& store, RecordKind type, FileFormat format);
  RecordExport(RecordExport&&) noexcept;
  RecordExport& operator=(RecordExport&&) noexcept;
  ~RecordExport();

  // Appends the next piece to `out` (the CSV header comes with the first); false once nothing
  // is left. Each call reads the store in transactions of its own.
  Result<bool> Next(std::string& out);
  // Records written so far.
  std::size_t records() const;

 private:
  struct State;
  explicit RecordExport(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// The whole export handed to `sink` in pieces, in order; the number of records.
Result<std::size_t> ExportRecords(Store& store, RecordKind type, FileFormat format,
                                  const std::function<void(std::string_view)>& sink);

// Writes every record of the type as one sheet of an XLSX workbook at `path`, with the columns of
// the CSV export; a type of more records than a sheet holds is kTooLarge, and no file is left.
Result<std::size_t> ExportWorkbook(Store& store, RecordKind type, const std::string& path);

}  // namespace kenes
