#include "report/html_writer.h"

#include "report/files.h"

namespace kenes::report {
namespace {

constexpr const char* kStyle = R"css(
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #111;
       margin: 2em auto; max-width: 75em; padding: 0 1em; }
h1 { font-size: 18pt; margin-bottom: 0.2em; }
h2 { font-size: 13pt; margin: 1.6em 0 0.3em; break-after: avoid; }
.meta { color: #444; margin: 0 0 1em; }
.headlines { display: flex; flex-wrap: wrap; gap: 0.6em; margin: 1em 0; padding: 0; }
.headlines li { list-style: none; border: 1px solid #bbb; border-radius: 4px; padding: 0.5em 0.8em;
                min-width: 12em; }
.headlines .value { display: block; font-size: 13pt; font-weight: bold; }
.note { color: #333; font-size: 9.5pt; margin: 0.2em 0 0.5em; }
.caveat { border-left: 4px solid #c60; padding: 0.3em 0.8em; background: #fff7ef; }
table { border-collapse: collapse; width: 100%; margin-bottom: 0.5em; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.45em; vertical-align: top; }
th { background: #eee; text-align: left; }
td.number { text-align: right; white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
@page { size: A4; margin: 15mm 12mm; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
)css";

}  // namespace

void AppendEscaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
}

namespace {

void Element(std::string& out, std::string_view tag, std::string_view text,
             std::string_view attributes = "") {
  out += "<";
  out += tag;
  out += attributes;
  out += ">";
  AppendEscaped(out, text);
  out += "</";
  out += tag;
  out += ">";
}

}  // namespace

std::string ReportHtml(const Report& report) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\" />\n";
  Element(out, "title", report.title + " — " + report.campaign);
  out += "\n<style>";
  out += kStyle;
  out += "</style>\n</head>\n<body>\n";
  Element(out, "h1", report.title);
  out += "\n<p class=\"meta\">";
  AppendEscaped(out, report.campaign + ". Охват отчёта: " + report.scope + ". Данные на " +
                         report.as_of + ".");
  out += "</p>\n<ul class=\"headlines\">\n";
  for (const Headline& headline : report.headlines) {
    out += "<li><span class=\"value\">";
    AppendEscaped(out, headline.value);
    out += "</span>";
    AppendEscaped(out, headline.label);
    out += "</li>\n";
  }
  out += "</ul>\n";
  for (const std::string& note : report.notes) {
    Element(out, "p", note, " class=\"note caveat\"");
    out += "\n";
  }
  out += "<nav><p class=\"note\">";
  for (std::size_t i = 0; i < report.tables.size(); ++i) {
    out += i ? " · " : "";
    out += "<a href=\"#" + report.tables[i].name + "\">";
    AppendEscaped(out, report.tables[i].sheet);
    out += "</a>";
  }
  out += "</p></nav>\n";
  for (const Table& table : report.tables) {
    out += "<section>\n";
    Element(out, "h2", table.title, " id=\"" + table.name + "\"");
    out += "\n";
    if (!table.note.empty()) {
      Element(out, "p", table.note, " class=\"note\"");
      out += "\n";
    }
    out += "<table data-name=\"" + table.name + "\">\n<thead><tr>";
    for (const std::string& column : table.columns) Element(out, "th", column);
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : table.rows) {
      out += "<tr>";
      for (const Cell& cell : row) {
        Element(out, "td", cell.text, cell.kind == Cell::Kind::kText ? "" : " class=\"number\"");
      }
      out += "</tr>\n";
    }
    if (table.rows.empty()) {
      out += "<tr><td colspan=\"" + std::to_string(table.columns.size()) + "\">нет</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

Status WriteHtml(const Report& report, const std::string& path) {
  return WriteFileAtomically(path, ReportHtml(report));
}

}  // namespace kenes::report
