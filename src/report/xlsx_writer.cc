#include "report/xlsx_writer.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "core/utf8.h"

namespace kenes::report {
namespace {

// Owns the workbook until it is closed; closing writes the file.
struct WorkbookCloser {
  void operator()(lxw_workbook* workbook) const { workbook_close(workbook); }
};

double Width(const Table& table, std::size_t column) {
  std::size_t widest = utf8::Length(table.columns[column]);
  for (const auto& row : table.rows) {
    if (column < row.size()) widest = std::max(widest, utf8::Length(row[column].text));
  }
  return static_cast<double>(std::clamp<std::size_t>(widest + 2, 8, 60));
}

}  // namespace

Status WriteXlsx(const Report& report, const std::string& path) {
  const std::string partial = path + ".partial";
  std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(workbook_new(partial.c_str()));
  if (!workbook) return Error{ErrorCode::kUnavailable, "cannot write '" + path + "'", "--out"};
  lxw_format* header = workbook_add_format(workbook.get());
  format_set_bold(header);
  format_set_bg_color(header, 0xEEEEEE);
  format_set_text_wrap(header);
  lxw_format* share = workbook_add_format(workbook.get());
  format_set_num_format(share, "0.0%");
  lxw_format* integer = workbook_add_format(workbook.get());
  format_set_num_format(integer, "#,##0");
  lxw_format* decimal = workbook_add_format(workbook.get());
  format_set_num_format(decimal, "0.00");
  lxw_format* wrap = workbook_add_format(workbook.get());
  format_set_text_wrap(wrap);
  lxw_format* note = workbook_add_format(workbook.get());
  format_set_italic(note);

  for (const Table& table : report.tables) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook.get(), table.sheet.c_str());
    if (!sheet) {
      workbook_close(workbook.release());
      std::remove(partial.c_str());
      return Internal("the sheet name '" + table.sheet + "' is not valid in Excel");
    }
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const auto col = static_cast<lxw_col_t>(c);
      const double width = Width(table, c);
      worksheet_set_column(sheet, col, col, width, width >= 60 ? wrap : nullptr);
      worksheet_write_string(sheet, 0, col, table.columns[c].c_str(), header);
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      const auto row = static_cast<lxw_row_t>(r + 1);
      for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
        const Cell& cell = table.rows[r][c];
        const auto col = static_cast<lxw_col_t>(c);
        switch (cell.kind) {
          case Cell::Kind::kText:
            if (!cell.text.empty())
              worksheet_write_string(sheet, row, col, cell.text.c_str(), nullptr);
            break;
          case Cell::Kind::kInteger:
            worksheet_write_number(sheet, row, col, cell.number, integer);
            break;
          case Cell::Kind::kShare:
            worksheet_write_number(sheet, row, col, cell.number, share);
            break;
          case Cell::Kind::kDecimal:
            worksheet_write_number(sheet, row, col, cell.number, decimal);
            break;
        }
      }
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (!table.rows.empty()) {
      worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                           static_cast<lxw_col_t>(table.columns.size() - 1));
    }
    if (!table.note.empty()) {
      worksheet_write_string(sheet, static_cast<lxw_row_t>(table.rows.size() + 2), 0,
                             table.note.c_str(), note);
    }
  }
  const lxw_error closed = workbook_close(workbook.release());
  if (closed != LXW_NO_ERROR) {
    std::remove(partial.c_str());
    return Error{ErrorCode::kUnavailable, "cannot write '" + path + "': " + lxw_strerror(closed),
                 "--out"};
  }
  if (std::rename(partial.c_str(), path.c_str()) != 0) {
    std::remove(partial.c_str());
    return Error{ErrorCode::kUnavailable, "cannot write '" + path + "'", "--out"};
  }
  return Ok();
}

}  // namespace kenes::report
