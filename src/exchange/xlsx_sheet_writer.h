// Records written as one sheet of an XLSX workbook, the way a spreadsheet program would keep them:
// whole numbers as numbers, dates as dates, everything else as text, under a bold header row. The
// import reads such a sheet back to the same records (xlsx_reader.h).
//
// The workbook is written row by row to a file (libxlsxwriter's constant-memory mode), so a sheet
// of a million rows needs memory for one row.
#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"

namespace kenes {

class XlsxSheetWriter {
 public:
  // A sheet holds at most this many rows, the header included (a spreadsheet program's limit).
  static constexpr std::size_t kMaxRows = 1'048'576;

  // Starts the workbook at `path` with one sheet named `sheet` whose first row is `header`.
  // `number_columns` flags, by position, the columns whose whole numbers are written as numbers.
  static Result<XlsxSheetWriter> Create(const std::string& path, const std::string& sheet,
                                        std::span<const std::string> header,
                                        std::vector<bool> number_columns);

  XlsxSheetWriter(XlsxSheetWriter&&) noexcept;
  XlsxSheetWriter& operator=(XlsxSheetWriter&&) noexcept;
  ~XlsxSheetWriter();  // a writer not closed leaves no finished file behind

  // Appends a row; past kMaxRows it is kTooLarge (export as CSV instead).
  Status AddRow(std::span<const std::string> cells);
  // Finishes the file; the workbook is complete only once this returns Ok.
  Status Close();

 private:
  struct State;
  explicit XlsxSheetWriter(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace kenes
