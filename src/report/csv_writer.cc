#include "report/csv_writer.h"

#include <cstdio>
#include <filesystem>

#include "core/csv.h"
#include "report/files.h"

namespace kenes::report {
namespace {

std::string Plain(const Cell& cell) {
  char buffer[64];
  switch (cell.kind) {
    case Cell::Kind::kText:
      return cell.text;
    case Cell::Kind::kInteger:
      std::snprintf(buffer, sizeof buffer, "%.0f", cell.number);
      return buffer;
    case Cell::Kind::kShare:
      std::snprintf(buffer, sizeof buffer, "%.4f", cell.number);
      return buffer;
    case Cell::Kind::kDecimal:
      std::snprintf(buffer, sizeof buffer, "%.2f", cell.number);
      return buffer;
  }
  return cell.text;
}

}  // namespace

std::string TableCsv(const Table& table) {
  std::string out;
  AppendCsvRow(out, table.columns);
  std::vector<std::string> fields;
  for (const auto& row : table.rows) {
    fields.clear();
    for (const Cell& cell : row) fields.push_back(Plain(cell));
    AppendCsvRow(out, fields);
  }
  return out;
}

Status WriteCsv(const Report& report, const std::string& folder) {
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) {
    return Error{ErrorCode::kUnavailable,
                 "cannot create the folder '" + folder + "': " + error.message(), "--out"};
  }
  for (const Table& table : report.tables) {
    const std::string path = (std::filesystem::path(folder) / (table.name + ".csv")).string();
    KENES_TRY(WriteFileAtomically(path, "\xEF\xBB\xBF" + TableCsv(table)));
  }
  return Ok();
}

}  // namespace kenes::report
