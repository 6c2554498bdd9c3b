// A check-in's line of an export written straight from the store's scan (CheckInRecordRow), with
// the bytes its JSON (record_json.h) or its CSV row (csv_columns.h) would give but without building
// either: a JSON object and a row of strings per check-in were most of an export's time.
//
// The columns are csv_columns.h's, found by name: a column there that this writer does not know
// is an error at Create, never a column left out (tests/ledger/exporter_test.cc holds both ways
// to the same bytes).
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "store/store.h"

namespace kenes {

class CheckInRows {
 public:
  static Result<CheckInRows> Create();

  // Appends the check-in as a CSV row, in the order of CsvHeaderOf(kCheckIns).
  void AppendCsv(std::string& out, const CheckInRecordRow& row) const;
  // Appends the check-in as a JSONL line: its JSON, keys in the order ToJson's object keeps them.
  void AppendJsonLine(std::string& out, const CheckInRecordRow& row) const;
  // The CSV row's cells, for a workbook.
  std::vector<std::string> Cells(const CheckInRecordRow& row) const;

  enum class Column { kId, kVersion, kEventId, kParticipantHash, kSegment, kAgeBand, kCreatedAt };

 private:
  struct Named {
    std::string_view name;
    Column column;
    std::string json_key;  // what comes before the value in a JSON line: {"id": or ,"version":
  };
  CheckInRows(std::vector<Named> csv, std::vector<Named> json, std::size_t json_bound)
      : csv_(std::move(csv)), json_(std::move(json)), json_bound_(json_bound) {}

  std::vector<Named> csv_;   // in the CSV header's order
  std::vector<Named> json_;  // in the JSON object's order: by name
  std::size_t json_bound_;   // a JSON line's longest form but for its strings' own bytes
};

}  // namespace kenes
