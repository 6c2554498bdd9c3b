#include "exchange/csv_columns.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <deque>

#include "core/checkin_fields.h"
#include "core/event_fields.h"
#include "core/feedback_fields.h"
#include "core/organization_fields.h"
#include "core/person_fields.h"
#include "core/utf8.h"

namespace kenes {

using nlohmann::json;

namespace {

// kDate: read as people write dates too (Date::ParseWritten), written as YYYY-MM-DD.
enum class Cell { kText, kInteger, kDate, kIdList, kTextList };

// A column: where its value goes in the record's JSON on import (empty: export only) and where it
// comes from on export.
struct Column {
  std::string_view name;
  Cell cell;
  std::string_view import_pointer;
  std::string_view export_pointer;
  bool required = false;
};

// A membership is one JSON object and three columns.
constexpr Column kMembershipColumns[] = {
    {"member_campaign_id", Cell::kInteger, "/membership/campaign_id", "/membership/campaign_id"},
    {"member_since", Cell::kDate, "/membership/joined_on", "/membership/joined_on"},
    {"claimed_members", Cell::kInteger, "/membership/claimed_members",
     "/membership/claimed_members"},
};

// CSV holds one position per person, the current one; JSONL holds them all.
constexpr Column kPositionColumns[] = {
    {"title", Cell::kText, "/positions/0/title", "/positions/0/title"},
    {"title_organization_id", Cell::kInteger, "/positions/0/organization_id",
     "/positions/0/organization_id"},
    {"title_from", Cell::kDate, "/positions/0/from", "/positions/0/from"},
    {"title_to", Cell::kDate, "/positions/0/to", "/positions/0/to"},
};

// Attendance is one JSON object and five columns: the words go in, the figures come out too.
constexpr Column kAttendanceColumns[] = {
    {"attendance", Cell::kText, "/attendance", "/attendance/text"},
    {"attendance_qualifier", Cell::kText, "", "/attendance/qualifier"},
    {"attendance_value", Cell::kInteger, "", "/attendance/value"},
    {"attendance_low", Cell::kInteger, "", "/attendance/low"},
    {"attendance_high", Cell::kInteger, "", "/attendance/high"},
};

Cell CellOf(FieldType type) {
  switch (type) {
    case FieldType::kInteger:
    case FieldType::kOptionalId:
      return Cell::kInteger;
    case FieldType::kDate:
    case FieldType::kOptionalDate:
      return Cell::kDate;
    case FieldType::kIdList:
      return Cell::kIdList;
    case FieldType::kTextList:
      return Cell::kTextList;
    default:
      return Cell::kText;
  }
}

// The columns written by hand for a composite field.
struct CompositeColumns {
  std::string_view field;
  std::span<const Column> columns;
};

constexpr CompositeColumns kCompositeColumns[] = {
    {"attendance", kAttendanceColumns},
    {"membership", kMembershipColumns},
    {"positions", kPositionColumns},
};

// One column per field, named as the field, in the fields' order; what kenes derives or stamps
// is exported only. A composite field has the columns written for it.
template <class R>
std::vector<Column> ColumnsFromFields(std::span<const FieldSpec<R>> specs) {
  static std::deque<std::string> pointers;  // the columns' pointers live as long as the columns
  std::vector<Column> columns;
  for (const FieldSpec<R>& spec : specs) {
    if (!spec.shown()) continue;
    if (spec.type == FieldType::kComposite) {
      const auto composite =
          std::find_if(std::begin(kCompositeColumns), std::end(kCompositeColumns),
                       [&](const CompositeColumns& c) { return c.field == spec.name; });
      // A composite field without its columns: a programming error any test finds.
      if (composite == std::end(kCompositeColumns)) std::abort();
      columns.insert(columns.end(), composite->columns.begin(), composite->columns.end());
      continue;
    }
    const std::string_view pointer = pointers.emplace_back("/" + std::string(spec.name));
    const bool imported = spec.role() == FieldRole::kInput || spec.role() == FieldRole::kIdentity;
    columns.push_back(
        {spec.name, CellOf(spec.type), imported ? pointer : "", pointer, spec.required()});
  }
  return columns;
}

// The check-ins' columns from their fields, and the raw participant before the hash: imported
// (the ledger hashes it), never exported, since kenes does not keep it.
std::vector<Column> CheckInColumns() {
  std::vector<Column> columns = ColumnsFromFields(CheckInFields());
  const auto hash = std::find_if(columns.begin(), columns.end(),
                                 [](const Column& c) { return c.name == "participant_hash"; });
  columns.insert(hash, {"participant", Cell::kText, "/participant", ""});
  return columns;
}

std::span<const Column> ColumnsOf(RecordKind type) {
  switch (type) {
    case RecordKind::kOrganization: {
      static const std::vector<Column> columns = ColumnsFromFields(OrganizationFields());
      return columns;
    }
    case RecordKind::kPerson: {
      static const std::vector<Column> columns = ColumnsFromFields(PersonFields());
      return columns;
    }
    case RecordKind::kEvent: {
      static const std::vector<Column> columns = ColumnsFromFields(EventFields());
      return columns;
    }
    case RecordKind::kFeedback: {
      static const std::vector<Column> columns = ColumnsFromFields(FeedbackFields());
      return columns;
    }
    case RecordKind::kCheckIn: {
      static const std::vector<Column> columns = CheckInColumns();
      return columns;
    }
    default:
      return {};
  }
}

Result<std::int64_t> ParseInteger(std::string_view text, std::string_view column) {
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    return Invalid("column " + std::string(column),
                   "'" + std::string(text) + "' is not a whole number");
  }
  return value;
}

std::vector<std::string_view> SplitList(std::string_view cell) {
  std::vector<std::string_view> items;
  while (true) {
    const std::size_t bar = cell.find('|');
    const std::string_view item = utf8::Trim(cell.substr(0, bar));
    if (!item.empty()) items.push_back(item);
    if (bar == std::string_view::npos) break;
    cell.remove_prefix(bar + 1);
  }
  return items;
}

Result<json> CellToJson(const Column& column, std::string_view cell) {
  switch (column.cell) {
    case Cell::kText:
      return json(std::string(cell));
    case Cell::kInteger: {
      KENES_ASSIGN(std::int64_t value, ParseInteger(cell, column.name));
      return json(value);
    }
    case Cell::kDate: {
      KENES_ASSIGN(Date date, Date::ParseWritten(cell, "column " + std::string(column.name)));
      return json(date.ToString());
    }
    case Cell::kIdList: {
      json ids = json::array();
      for (std::string_view item : SplitList(cell)) {
        KENES_ASSIGN(std::int64_t id, ParseInteger(item, column.name));
        ids.push_back(id);
      }
      return ids;
    }
    case Cell::kTextList: {
      json items = json::array();
      for (std::string_view item : SplitList(cell)) items.push_back(std::string(item));
      return items;
    }
  }
  return json();
}

std::string JsonToCell(const json& value) {
  if (value.is_null()) return {};
  if (value.is_string()) return value.get<std::string>();
  if (value.is_array()) {
    std::string joined;
    for (const json& item : value) joined += (joined.empty() ? "" : "|") + JsonToCell(item);
    return joined;
  }
  return value.dump();
}

}  // namespace

std::vector<std::string> CsvHeaderOf(RecordKind type) {
  std::vector<std::string> header;
  for (const Column& column : ColumnsOf(type)) {
    if (!column.export_pointer.empty()) header.emplace_back(column.name);
  }
  return header;
}

std::vector<bool> CsvNumberColumnsOf(RecordKind type) {
  std::vector<bool> numbers;
  for (const Column& column : ColumnsOf(type)) {
    if (!column.export_pointer.empty()) numbers.push_back(column.cell == Cell::kInteger);
  }
  return numbers;
}

Result<CsvHeader> ParseCsvHeader(RecordKind type, std::span<const std::string> header) {
  std::vector<std::string_view> required, optional;
  for (const Column& column : ColumnsOf(type)) {
    (column.required ? required : optional).push_back(column.name);
  }
  return CsvHeader::Parse(header, required, optional);
}

Result<json> CsvRowToJson(RecordKind type, const CsvHeader& header,
                          std::span<const std::string> row) {
  if (row.size() > header.width()) {
    return Invalid("", "has " + std::to_string(row.size()) + " fields but the header names " +
                           std::to_string(header.width()) + " columns");
  }
  json record = json::object();
  for (const Column& column : ColumnsOf(type)) {
    if (column.import_pointer.empty()) continue;
    const std::string_view cell = utf8::Trim(header.Get(row, column.name));
    if (cell.empty()) continue;
    KENES_ASSIGN(json value, CellToJson(column, cell));
    record[json::json_pointer(std::string(column.import_pointer))] = std::move(value);
  }
  return record;
}

std::vector<std::string> JsonToCsvRow(RecordKind type, const json& record) {
  std::vector<std::string> row;
  for (const Column& column : ColumnsOf(type)) {
    if (column.export_pointer.empty()) continue;
    const json::json_pointer pointer{std::string(column.export_pointer)};
    row.push_back(record.contains(pointer) ? JsonToCell(record.at(pointer)) : std::string());
  }
  return row;
}

}  // namespace kenes
