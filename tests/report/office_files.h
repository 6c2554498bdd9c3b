// Reading back what the report writers wrote, as a user's program would: an XLSX workbook unzipped
// (minizip) and its sheets parsed as XML (libxml2), and an HTML page parsed by libxml2's HTML
// parser into its tables.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace kenes::testing {

using Grid = std::vector<std::vector<std::string>>;  // rows of cells, as text

struct Workbook {
  std::vector<std::string> sheets;  // in tab order
  std::map<std::string, Grid> cells;
  std::map<std::string, std::string> number_formats;  // by "Sheet!B2", when the cell has one
};

// Throws std::runtime_error naming what is wrong when the file is not a readable workbook.
Workbook ReadXlsx(const std::string& path);

struct HtmlPage {
  std::string title;
  std::vector<std::string> headings;   // h1 and h2, in order
  std::map<std::string, Grid> tables;  // by data-name; the first row is the header
  std::string text;                    // all text, for "contains" checks
};

// Parses with libxml2's HTML parser; throws when it reports an error.
HtmlPage ParseHtml(const std::string& html);

}  // namespace kenes::testing
