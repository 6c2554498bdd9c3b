// The final campaign report as data: the headline figures and every table, built once from the
// analytics, so the HTML, PDF, XLSX and CSV writers print the same figures.
#pragma once

#include <string>
#include <vector>

#include "analytics/analytics.h"

namespace kenes::report {

// A cell keeps its number for spreadsheets and its text for people.
struct Cell {
  enum class Kind { kText, kInteger, kShare, kDecimal };
  Kind kind = Kind::kText;
  std::string text;   // as printed: "1 234", "60,0 %", "Шетский район"
  double number = 0;  // the value of a kInteger, kShare (0..1) or kDecimal cell

  static Cell Text(std::string text);
  static Cell Integer(std::int64_t value);
  static Cell Share(double value);  // printed as a percentage with one decimal
  static Cell Decimal(double value, int decimals);
  static Cell Empty() { return Text(""); }
};

struct Table {
  std::string name;   // file and anchor name, ASCII: "regions"
  std::string sheet;  // spreadsheet tab, at most 31 characters: "Регионы"
  std::string title;  // heading: "Мероприятия и участники по регионам"
  std::string note;  // what a reader must know to read it right; may be empty
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
};

struct Headline {
  std::string label;  // "участников (сумма по мероприятиям)"
  std::string value;  // "12 345 (11 800 – 13 100)"
};

struct Report {
  std::string title;
  std::string campaign;  // its name and days
  std::string scope;  // the filter in words: "вся кампания", "Карагандинская область, ..."
  std::string as_of;  // "2026-03-14"
  std::vector<Headline> headlines;
  std::vector<std::string> notes;  // the caveats printed under the headlines
  std::vector<Table> tables;

  const Table* Find(std::string_view name) const;
};

// Builds the report for `filter`, as of `as_of` (days since the last visit, planned events that
// are overdue).
Result<Report> BuildReport(analytics::Analytics& analytics, const analytics::Filter& filter,
                           Date as_of);

}  // namespace kenes::report
