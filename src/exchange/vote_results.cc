#include "exchange/vote_results.h"

#include <cmath>
#include <cstdlib>
#include <map>
#include <variant>

#include "core/csv.h"
#include "core/utf8.h"
#include "exchange/json_fields.h"

namespace kenes {
namespace {

using Count = std::optional<std::int64_t> VoteResult::*;
using Percent = std::optional<double> VoteResult::*;
using Text = std::string VoteResult::*;

// One field of a result: its name in CSV and JSON, its name in Validate's errors, its member.
struct Field {
  std::string_view column;
  std::string_view member;
  std::variant<Count, Percent, Text> target;
  bool required;
};

constexpr Field kVoteResultFields[] = {
    {"place_code", "place_code", &VoteResult::place_code, true},
    {"eligible", "eligible", &VoteResult::eligible, false},
    {"voted", "voted", &VoteResult::voted, false},
    {"for", "votes_for", &VoteResult::votes_for, false},
    {"against", "against", &VoteResult::against, false},
    {"invalid", "invalid", &VoteResult::invalid, false},
    {"turnout_percent", "turnout_percent", &VoteResult::turnout_percent, false},
    {"as_of", "as_of", &VoteResult::as_of, true},
    {"source", "source", &VoteResult::source, true},
};

// Digits, optionally grouped by spaces (a no-break or thin space too, as word processors put).
Result<std::optional<std::int64_t>> ParseCount(std::string_view cell, std::string_view column) {
  if (cell.empty()) return std::optional<std::int64_t>();
  std::string digits;
  bool separator = false;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    const char c = cell[i];
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c == ' ') {
      continue;
    } else if (cell.substr(i, 2) == "\xC2\xA0") {  // U+00A0
      ++i;
    } else if (cell.substr(i, 3) == "\xE2\x80\xAF" || cell.substr(i, 3) == "\xE2\x80\x89") {
      i += 2;  // U+202F, U+2009
    } else if (c == '%' || c == ',' || c == '.') {
      separator = true;
      digits += c;
    } else {
      return Invalid("column " + std::string(column),
                     "'" + std::string(cell) + "' is not a count of people");
    }
  }
  if (separator) {
    return Invalid("column " + std::string(column),
                   "'" + std::string(cell) +
                       "' looks like a percentage or a fraction; this "
                       "column holds a count of people (turnout as a "
                       "percentage goes in turnout_percent)");
  }
  if (digits.size() > 12) {
    return Invalid("column " + std::string(column),
                   "'" + std::string(cell) + "' is too large for a count");
  }
  return std::optional<std::int64_t>(std::stoll(digits));
}

// "73.12", "73,12" or "73.12%".
Result<std::optional<double>> ParsePercent(std::string_view cell, std::string_view column) {
  if (cell.empty()) return std::optional<double>();
  std::string text(utf8::Trim(cell));
  if (!text.empty() && text.back() == '%') text.pop_back();
  for (char& c : text) {
    if (c == ',') c = '.';
  }
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(value)) {
    return Invalid("column " + std::string(column),
                   "'" + std::string(cell) + "' is not a percentage");
  }
  return std::optional<double>(value);
}

Status SetFromText(VoteResult& result, const Field& field, std::string_view cell) {
  if (const auto* count = std::get_if<Count>(&field.target)) {
    KENES_ASSIGN(result.*(*count), ParseCount(cell, field.column));
  } else if (const auto* percent = std::get_if<Percent>(&field.target)) {
    KENES_ASSIGN(result.*(*percent), ParsePercent(cell, field.column));
  } else {
    result.*std::get<Text>(field.target) = std::string(cell);
  }
  return Ok();
}

// Validate names members; the files name columns.
Error InColumns(Error error) {
  error.field = VoteResultColumn(error.field);
  return error;
}

}  // namespace

std::string VoteResultColumn(std::string_view field) {
  for (const Field& f : kVoteResultFields) {
    if (f.member == field) return std::string(f.column);
  }
  return std::string(field);
}

Result<std::vector<VoteResult>> ParseVoteResultsCsv(std::string_view text,
                                                    std::vector<std::string>* rows) {
  std::vector<std::string_view> required;
  std::vector<std::string_view> optional;
  for (const Field& field : kVoteResultFields) {
    (field.required ? required : optional).push_back(field.column);
  }
  CsvReader reader(text);
  std::vector<std::string> cells;
  KENES_ASSIGN(bool has_header, reader.Next(cells));
  if (!has_header) return Invalid("row 1", "the file is empty");
  auto header = CsvHeader::Parse(cells, required, optional);
  if (!header.ok()) return WithContext(header.error(), "row 1");
  std::vector<VoteResult> results;
  std::map<std::string, std::size_t> row_of;
  while (true) {
    KENES_ASSIGN(bool more, reader.Next(cells));
    if (!more) break;
    const std::string row = "row " + std::to_string(reader.row());
    VoteResult result;
    for (const Field& field : kVoteResultFields) {
      Status set = SetFromText(result, field, utf8::Trim(header->Get(cells, field.column)));
      if (!set.ok()) return WithContext(set.error(), row);
    }
    if (Status valid = Validate(result); !valid.ok()) {
      Error error = InColumns(valid.error());
      error.field = "column " + error.field;
      return WithContext(error, row);
    }
    const auto [at, fresh] = row_of.emplace(result.place_code, reader.row());
    if (!fresh) {
      return Invalid(
          row + ": column place_code",
          "place " + result.place_code + " is already in row " + std::to_string(at->second));
    }
    results.push_back(std::move(result));
    if (rows) rows->push_back(row);
  }
  return results;
}

std::string VoteResultsCsv(const std::vector<VoteResult>& results) {
  std::vector<std::string> cells;
  for (const Field& field : kVoteResultFields) cells.emplace_back(field.column);
  std::string out;
  AppendCsvRow(out, cells);
  for (const VoteResult& result : results) {
    cells.clear();
    const nlohmann::json object = VoteResultJson(result);
    for (const Field& field : kVoteResultFields) {
      const nlohmann::json& value = object.at(std::string(field.column));
      if (value.is_null()) {
        cells.emplace_back();
      } else if (value.is_string()) {
        cells.push_back(value.get<std::string>());
      } else {
        cells.push_back(value.dump());
      }
    }
    AppendCsvRow(out, cells);
  }
  return out;
}

nlohmann::json VoteResultJson(const VoteResult& result) {
  nlohmann::json object = nlohmann::json::object();
  for (const Field& field : kVoteResultFields) {
    nlohmann::json& value = object[std::string(field.column)];
    if (const auto* count = std::get_if<Count>(&field.target)) {
      if (const auto& n = result.*(*count)) value = *n;
    } else if (const auto* percent = std::get_if<Percent>(&field.target)) {
      if (const auto& p = result.*(*percent)) value = *p;
    } else {
      value = result.*std::get<Text>(field.target);
    }
  }
  return object;
}

Result<VoteResult> VoteResultFromJson(const nlohmann::json& value, const std::string& path) {
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(value, path));
  VoteResult result;
  for (const Field& field : kVoteResultFields) {
    if (const auto* count = std::get_if<Count>(&field.target)) {
      KENES_TRY(fields.Integer(field.column, result.*(*count)));
    } else if (const auto* percent = std::get_if<Percent>(&field.target)) {
      KENES_TRY(fields.Number(field.column, result.*(*percent)));
    } else {
      KENES_TRY(fields.Text(field.column, result.*std::get<Text>(field.target), field.required));
    }
  }
  KENES_TRY(fields.Finish());
  if (Status valid = Validate(result); !valid.ok()) {
    Error error = InColumns(valid.error());
    error.field = fields.FieldName(error.field);
    return error;
  }
  return result;
}

}  // namespace kenes
