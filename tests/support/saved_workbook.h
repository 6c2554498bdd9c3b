// Workbooks the way a spreadsheet program saves them, for the import tests: the package's parts
// (content types, relationships, workbook, styles, shared strings, sheets) written out as XML and
// zipped, with what such programs do that kenes's own writer does not: text kept once in the
// shared strings (rich runs, reading guides, escaped control characters), dates as day numbers
// under a date format, empty cells left out, cells without a reference, an instructions sheet
// before the data.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace kenes::testing {

// One cell as the sheet's XML holds it.
struct SavedCell {
  std::string reference;  // "B3"; empty: the cell after the previous one
  std::string type;       // the t attribute: "s", "inlineStr", "e", or empty for a number
  std::string style;      // the s attribute: an index into the cell formats
  std::string value;      // the number, the text (for "s": the text itself), or the error
  std::string formula;
};

// A text cell kept in the shared strings (t="s"), at `reference` ("B3").
SavedCell SharedText(const std::string& reference, const std::string& text);
// A number with the general format: "12", "1.5".
SavedCell Number(const std::string& reference, const std::string& stored);
// A date as spreadsheet programs store it: the day number (46073 is 20.02.2026) under the
// built-in short date format (id 14).
SavedCell DateNumber(const std::string& reference, int serial);
// Text written into the cell itself (t="inlineStr"), as some programs and scripts do.
SavedCell InlineText(const std::string& reference, const std::string& text);
// A formula whose last computed value was the error `error` ("#N/A").
SavedCell FormulaError(const std::string& reference, const std::string& error);
// A cell with a style and nothing in it, as programs keep for a formatted empty cell.
SavedCell Blank(const std::string& reference);

using SavedRow = std::vector<SavedCell>;

struct SavedSheet {
  std::string name;
  std::vector<SavedRow> rows;  // row numbers are 1, 2, ... unless a cell's reference says other
};

// The bytes of an .xlsx holding `sheets` in tab order. The shared strings are collected from the
// SharedText cells.
std::string SaveWorkbook(const std::vector<SavedSheet>& sheets);

}  // namespace kenes::testing
