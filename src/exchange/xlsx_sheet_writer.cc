#include "exchange/xlsx_sheet_writer.h"

#include <xlsxwriter.h>

#include <charconv>
#include <cstdio>
#include <optional>

#include "core/date.h"

namespace kenes {
namespace {

// A cell's text as a whole number a spreadsheet keeps exactly (below 2^53, without leading zeros
// that a number would lose), or nothing.
std::optional<double> WholeNumber(const std::string& text) {
  if (text.empty() || text.size() > 15 || (text.size() > 1 && text[0] == '0')) return {};
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return {};
  return static_cast<double>(value);
}

}  // namespace

struct XlsxSheetWriter::State {
  lxw_workbook* workbook = nullptr;
  lxw_worksheet* sheet = nullptr;
  lxw_format* date = nullptr;
  std::vector<bool> number_columns;
  std::string path;
  lxw_row_t next_row = 0;

  ~State() {
    // Closing is the only way to free a workbook; an unfinished one is then removed.
    if (workbook) {
      workbook_close(workbook);
      std::remove(path.c_str());
    }
  }
};

XlsxSheetWriter::XlsxSheetWriter(std::unique_ptr<State> state) : state_(std::move(state)) {}
XlsxSheetWriter::XlsxSheetWriter(XlsxSheetWriter&&) noexcept = default;
XlsxSheetWriter& XlsxSheetWriter::operator=(XlsxSheetWriter&&) noexcept = default;
XlsxSheetWriter::~XlsxSheetWriter() = default;

Result<XlsxSheetWriter> XlsxSheetWriter::Create(const std::string& path, const std::string& sheet,
                                                std::span<const std::string> header,
                                                std::vector<bool> number_columns) {
  auto state = std::make_unique<State>();
  state->path = path;
  state->number_columns = std::move(number_columns);
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  state->workbook = workbook_new_opt(path.c_str(), &options);
  if (!state->workbook) {
    return Error{ErrorCode::kUnavailable, "cannot write the workbook '" + path + "'", "--out"};
  }
  state->sheet = workbook_add_worksheet(state->workbook, sheet.c_str());
  if (!state->sheet) return Internal("cannot add the sheet '" + sheet + "'");
  state->date = workbook_add_format(state->workbook);
  format_set_num_format(state->date, "yyyy-mm-dd");
  lxw_format* bold = workbook_add_format(state->workbook);
  format_set_bold(bold);
  for (std::size_t c = 0; c < header.size(); ++c) {
    worksheet_write_string(state->sheet, 0, static_cast<lxw_col_t>(c), header[c].c_str(), bold);
  }
  worksheet_freeze_panes(state->sheet, 1, 0);
  state->next_row = 1;
  return XlsxSheetWriter(std::move(state));
}

Status XlsxSheetWriter::AddRow(std::span<const std::string> cells) {
  State& state = *state_;
  if (state.next_row >= kMaxRows) {
    return Error{ErrorCode::kTooLarge,
                 "a sheet holds at most " + std::to_string(kMaxRows - 1) +
                     " records; export this type as csv or jsonl",
                 "format"};
  }
  for (std::size_t c = 0; c < cells.size(); ++c) {
    const std::string& text = cells[c];
    if (text.empty()) continue;
    const auto column = static_cast<lxw_col_t>(c);
    const bool numeric = c < state.number_columns.size() && state.number_columns[c];
    lxw_error written = LXW_NO_ERROR;
    if (const auto number = numeric ? WholeNumber(text) : std::nullopt) {
      written = worksheet_write_number(state.sheet, state.next_row, column, *number, nullptr);
    } else if (auto date = text.size() == 10 ? Date::Parse(text) : Result<Date>(Invalid("", ""));
               date.ok()) {
      lxw_datetime when{
          date->year(), static_cast<int>(date->month()), static_cast<int>(date->day()), 0, 0, 0};
      written = worksheet_write_datetime(state.sheet, state.next_row, column, &when, state.date);
    } else {
      written = worksheet_write_string(state.sheet, state.next_row, column, text.c_str(), nullptr);
    }
    if (written != LXW_NO_ERROR) {
      return Invalid("row " + std::to_string(state.next_row + 1),
                     std::string("cannot be written to the sheet: ") + lxw_strerror(written));
    }
  }
  ++state.next_row;
  return Ok();
}

Status XlsxSheetWriter::Close() {
  lxw_workbook* workbook = state_->workbook;
  state_->workbook = nullptr;
  const lxw_error closed = workbook_close(workbook);
  if (closed != LXW_NO_ERROR) {
    std::remove(state_->path.c_str());
    return Error{ErrorCode::kUnavailable,
                 "writing the workbook '" + state_->path + "' failed: " + lxw_strerror(closed),
                 "--out"};
  }
  return Ok();
}

}  // namespace kenes
