#include "ledger/checkin_rows.h"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>

#include "core/csv.h"
#include "exchange/csv_columns.h"

namespace kenes {
namespace {

using Column = CheckInRows::Column;

// The columns by the names csv_columns.h and ToJson(CheckIn) give them.
constexpr struct {
  std::string_view name;
  Column column;
} kColumns[] = {
    {"id", Column::kId},
    {"version", Column::kVersion},
    {"event_id", Column::kEventId},
    {"participant_hash", Column::kParticipantHash},
    {"segment", Column::kSegment},
    {"age_band", Column::kAgeBand},
    {"created_at", Column::kCreatedAt},
};

// One value of a row: a number's digits, a string's bytes, or null (an empty CSV cell).
struct Value {
  enum Kind { kNull, kNumber, kString } kind;
  std::string_view text;
};

// A row's values, with the text of its numbers and participant hash kept here.
class RowValues {
 public:
  explicit RowValues(const CheckInRecordRow& record) : record_(record) {
    WriteParticipantKeyHex(record.row.participant, hash_);
  }

  Value Of(Column column) {
    const CheckInRow& row = record_.row;
    switch (column) {
      case Column::kId:
        return Number(row.id, id_);
      case Column::kVersion:
        return Number(record_.version, version_);
      case Column::kEventId:
        return Number(row.event_id, event_id_);
      case Column::kParticipantHash:
        return {Value::kString, {hash_, sizeof hash_}};
      case Column::kSegment:
        // ToJson writes no segment as null.
        if (row.segment.empty()) return {Value::kNull, {}};
        return {Value::kString, row.segment};
      case Column::kAgeBand:
        if (!row.age_band) return {Value::kNull, {}};
        return {Value::kString, AgeBandName(*row.age_band)};
      case Column::kCreatedAt:
        return {Value::kString, record_.created_at};
    }
    return {Value::kNull, {}};
  }

 private:
  static Value Number(std::int64_t number, char (&buffer)[20]) {
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, number).ptr;
    return {Value::kNumber, {buffer, static_cast<std::size_t>(end - buffer)}};
  }

  const CheckInRecordRow& record_;
  char id_[20], version_[20], event_id_[20];
  char hash_[kParticipantHashHexLength];
};

// A JSON string as nlohmann::json's dump writes it (UTF-8 kept, bad bytes replaced): most text
// here is plain ASCII, copied as it is; anything else is left to the library.
void AppendJsonString(std::string& out, std::string_view text) {
  const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
    return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
  });
  if (plain) {
    out += '"';
    out += text;
    out += '"';
    return;
  }
  out += nlohmann::json(std::string(text))
             .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

Result<CheckInRows> CheckInRows::Create() {
  std::vector<Named> csv, json;
  for (const std::string& name : CsvHeaderOf(RecordKind::kCheckIn)) {
    const auto known = std::find_if(std::begin(kColumns), std::end(kColumns),
                                    [&](const auto& column) { return column.name == name; });
    if (known == std::end(kColumns)) {
      return Internal("the check-in export does not know the CSV column " + name);
    }
    csv.push_back({known->name, known->column, {}});
  }
  for (const auto& column : kColumns) json.push_back({column.name, column.column, {}});
  std::sort(json.begin(), json.end(),
            [](const Named& a, const Named& b) { return a.name < b.name; });
  // Each key with its punctuation as one piece of text: a line appends seven of them rather than
  // some thirty single characters and names.
  for (std::size_t i = 0; i < json.size(); ++i) {
    json[i].json_key = (i ? ",\"" : "{\"") + std::string(json[i].name) + "\":";
  }
  return CheckInRows(std::move(csv), std::move(json));
}

void CheckInRows::AppendCsv(std::string& out, const CheckInRecordRow& row) const {
  RowValues values(row);
  for (std::size_t i = 0; i < csv_.size(); ++i) {
    if (i) out += ',';
    const Value value = values.Of(csv_[i].column);
    if (value.kind == Value::kString) {
      AppendCsvField(out, value.text);
    } else {
      out += value.text;
    }
  }
  out += '\n';
}

void CheckInRows::AppendJsonLine(std::string& out, const CheckInRecordRow& row) const {
  RowValues values(row);
  for (const Named& named : json_) {
    out += named.json_key;
    const Value value = values.Of(named.column);
    switch (value.kind) {
      case Value::kNull:
        out += "null";
        break;
      case Value::kNumber:
        out += value.text;
        break;
      case Value::kString:
        AppendJsonString(out, value.text);
        break;
    }
  }
  out += "}\n";
}

std::vector<std::string> CheckInRows::Cells(const CheckInRecordRow& row) const {
  RowValues values(row);
  std::vector<std::string> cells;
  cells.reserve(csv_.size());
  for (const Named& named : csv_) cells.emplace_back(values.Of(named.column).text);
  return cells;
}

}  // namespace kenes
