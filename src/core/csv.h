// RFC 4180 CSV, read as a stream of rows over text already in memory, written one row at a time.
// Excel in a Russian locale writes ';' between fields, so the reader detects the delimiter from
// the first line. Every error names the row (1-based, the header is row 1) and, where it can, the
// column, and says what to fix.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace kenes {

class CsvReader {
 public:
  // `text` must outlive the reader. A UTF-8 byte order mark at its start is skipped.
  explicit CsvReader(std::string_view text);

  // Reads the next row into `fields`. Returns false at the end of the text. A row with an
  // unclosed quote, a quote inside an unquoted field, or bytes that are not UTF-8 is an error.
  Result<bool> Next(std::vector<std::string>& fields);

  // The row the last call to Next read, counted as a spreadsheet counts them (1-based; a field
  // with a line break inside quotes does not start a new row).
  std::size_t row() const { return row_; }
  char delimiter() const { return delimiter_; }
  // Bytes consumed so far, for progress reports.
  std::size_t offset() const { return pos_; }
  std::size_t size() const { return text_.size(); }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t row_ = 0;
  char delimiter_ = ',';
};

// Appends one row ended by "\n"; a field is quoted only when it holds the delimiter, a quote or a
// line break.
void AppendCsvRow(std::string& out, std::span<const std::string> fields, char delimiter = ',');
// Appends one field of a row as AppendCsvRow writes it, for a writer that builds a row itself.
void AppendCsvField(std::string& out, std::string_view field, char delimiter = ',');

// Where a header names its columns: the index of each required name, or an error naming the
// first missing one. Column names are matched exactly; unknown columns are an error too, so a
// misspelt column is never silently ignored.
class CsvHeader {
 public:
  static Result<CsvHeader> Parse(std::span<const std::string> header,
                                 std::span<const std::string_view> required,
                                 std::span<const std::string_view> optional);
  // -1 when an optional column is absent.
  int Index(std::string_view name) const;
  // The field of `row` in column `name`, empty when the column is absent.
  std::string_view Get(std::span<const std::string> row, std::string_view name) const;
  std::size_t width() const { return names_.size(); }

 private:
  std::vector<std::string> names_;
};

}  // namespace kenes
