#include "ledger/checkin_rows.h"

#include <algorithm>
#include <charconv>
#include <cstring>

#include "core/csv.h"
#include "exchange/csv_columns.h"
#include "exchange/json_string.h"

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

// What each key of a JSON line may take at most beyond its key: a number's digits (an int64 has
// at most 20 with its sign), a participant hash with its quotes, "null".
constexpr std::size_t kNumberBound = 20;
constexpr std::size_t kHashBound = kParticipantHashHexLength + 2;

// Writes the row's value of `column` as JSON at `p`; returns the end of what it wrote. The
// numbers and the participant hash go straight into the line, with no text of their own first.
char* WriteJsonValue(char* p, Column column, const CheckInRecordRow& record) {
  const CheckInRow& row = record.row;
  switch (column) {
    case Column::kId:
      return std::to_chars(p, p + kNumberBound, row.id).ptr;
    case Column::kVersion:
      return std::to_chars(p, p + kNumberBound, record.version).ptr;
    case Column::kEventId:
      return std::to_chars(p, p + kNumberBound, row.event_id).ptr;
    case Column::kParticipantHash:
      *p++ = '"';
      WriteParticipantKeyHex(row.participant, p);
      p += kParticipantHashHexLength;
      *p++ = '"';
      return p;
    case Column::kSegment:
      // ToJson writes no segment as null.
      if (row.segment.empty()) break;
      return WriteJsonString(p, row.segment);
    case Column::kAgeBand:
      if (!row.age_band) break;
      return WriteJsonString(p, AgeBandName(*row.age_band));
    case Column::kCreatedAt:
      return WriteJsonString(p, record.created_at);
  }
  std::memcpy(p, "null", 4);
  return p + 4;
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
  // The line's longest form but for its strings, which each line adds by their length: every key,
  // the numbers' and the hash's longest, "null" where a string is absent, "}\n".
  std::size_t json_bound = 2;
  for (const Named& named : json) {
    json_bound += named.json_key.size() + std::max({kNumberBound, kHashBound, std::size_t{4}});
  }
  return CheckInRows(std::move(csv), std::move(json), json_bound);
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
  // The line is written into a buffer on the stack when its longest form fits there, as almost
  // every check-in's does, and appended at once: one append a line rather than one for each key,
  // value and quote.
  const std::size_t bound =
      json_bound_ + JsonStringBound(row.row.segment) + JsonStringBound(row.created_at) +
      (row.row.age_band ? JsonStringBound(AgeBandName(*row.row.age_band)) : 0);
  char stack[512];
  std::string heap;
  char* const line = bound <= sizeof stack ? stack : (heap.resize(bound), heap.data());
  char* p = line;
  for (const Named& named : json_) {
    std::memcpy(p, named.json_key.data(), named.json_key.size());
    p = WriteJsonValue(p + named.json_key.size(), named.column, row);
  }
  std::memcpy(p, "}\n", 2);
  out.append(line, p + 2 - line);
}

std::vector<std::string> CheckInRows::Cells(const CheckInRecordRow& row) const {
  RowValues values(row);
  std::vector<std::string> cells;
  cells.reserve(csv_.size());
  for (const Named& named : csv_) cells.emplace_back(values.Of(named.column).text);
  return cells;
}

}  // namespace kenes
