#include "exchange/catalog_csv.h"

#include <functional>

#include "core/csv.h"
#include "core/utf8.h"

namespace kenes {
namespace {

// Reads every row after the header into `each` with the header to look columns up by name.
Status ReadRows(std::string_view text, std::span<const std::string_view> required,
                std::span<const std::string_view> optional,
                const std::function<Status(const CsvHeader&, std::span<const std::string>)>& each) {
  CsvReader reader(text);
  std::vector<std::string> fields;
  KENES_ASSIGN(bool has_header, reader.Next(fields));
  if (!has_header) return Invalid("row 1", "the file is empty");
  KENES_ASSIGN(CsvHeader header, CsvHeader::Parse(fields, required, optional));
  while (true) {
    KENES_ASSIGN(bool more, reader.Next(fields));
    if (!more) return Ok();
    if (Status status = each(header, fields); !status.ok()) {
      return WithContext(status.error(), "row " + std::to_string(reader.row()));
    }
  }
}

std::string Cell(const CsvHeader& header, std::span<const std::string> row, std::string_view name) {
  return std::string(utf8::Trim(header.Get(row, name)));
}

}  // namespace

Result<std::vector<Segment>> ParseSegmentsCsv(std::string_view text) {
  static constexpr std::string_view kRequired[] = {"code", "name_ru"};
  static constexpr std::string_view kOptional[] = {"name_kk", "name_en"};
  std::vector<Segment> segments;
  KENES_TRY(ReadRows(text, kRequired, kOptional, [&](const CsvHeader& h, auto row) -> Status {
    Segment segment{Cell(h, row, "code"), Cell(h, row, "name_ru"), Cell(h, row, "name_kk"),
                    Cell(h, row, "name_en")};
    KENES_TRY(Validate(segment));
    segments.push_back(std::move(segment));
    return Ok();
  }));
  return segments;
}

Result<std::vector<Provision>> ParseProvisionsCsv(std::string_view text) {
  static constexpr std::string_view kRequired[] = {"code", "title_ru"};
  static constexpr std::string_view kOptional[] = {"section", "title_kk", "themes"};
  std::vector<Provision> provisions;
  KENES_TRY(ReadRows(text, kRequired, kOptional, [&](const CsvHeader& h, auto row) -> Status {
    Provision provision{Cell(h, row, "code"),
                        Cell(h, row, "section"),
                        Cell(h, row, "title_ru"),
                        Cell(h, row, "title_kk"),
                        {}};
    std::string_view themes = h.Get(row, "themes");
    while (!themes.empty()) {
      const std::size_t bar = themes.find('|');
      const std::string_view theme = utf8::Trim(themes.substr(0, bar));
      if (!theme.empty()) provision.themes.emplace_back(theme);
      themes = bar == std::string_view::npos ? std::string_view() : themes.substr(bar + 1);
    }
    KENES_TRY(Validate(provision));
    provisions.push_back(std::move(provision));
    return Ok();
  }));
  return provisions;
}

}  // namespace kenes
