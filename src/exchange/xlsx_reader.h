// Reading a workbook as a spreadsheet program saves it (Office Open XML, .xlsx): the rows of one
// sheet as text cells, so an import reads a sheet the way it reads a CSV file. Dates come out as
// "YYYY-MM-DD" whether the sheet stored them as day numbers with a date format or as text, and
// whole numbers as their digits.
//
// The sheet is read as a stream (libxml2's reader), so a sheet of a million rows needs memory for
// its shared strings and one row, not for the whole grid.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace kenes {

struct SheetRow {
  std::size_t number = 0;          // as the spreadsheet shows it: 1 is the first row
  std::vector<std::string> cells;  // column A first; a cell left empty is ""
  // How far the sheet has been read, in bytes of its XML, for progress reports.
  std::size_t read = 0;
  std::size_t total = 0;
};

class XlsxWorkbook {
 public:
  // `bytes` must outlive the workbook; `what` names the file in errors. A file that is not a
  // workbook is kInvalid with a hint (a CSV or an old .xls sent as .xlsx).
  static Result<XlsxWorkbook> Open(std::string_view bytes, const std::string& what);

  XlsxWorkbook(XlsxWorkbook&&) noexcept;
  XlsxWorkbook& operator=(XlsxWorkbook&&) noexcept;
  ~XlsxWorkbook();

  // The sheets' names, in tab order.
  const std::vector<std::string>& sheets() const;

  // Visits the rows of the sheet named `sheet` (empty: the first sheet) in order; rows with no
  // value in any cell are skipped. Stops with the visitor's error when it returns one. A cell the
  // program could not compute (#N/A, #DIV/0!) is an error naming the sheet and the cell.
  Status ForEachRow(std::string_view sheet, const std::function<Status(const SheetRow&)>& visit);

 private:
  struct Parts;
  explicit XlsxWorkbook(std::unique_ptr<Parts> parts);
  std::unique_ptr<Parts> parts_;
};

// A column's letters as a spreadsheet shows them: 0 is "A", 25 "Z", 26 "AA".
std::string ColumnLetters(std::size_t index);

}  // namespace kenes
