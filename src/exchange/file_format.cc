#include "exchange/file_format.h"

#include "core/enum_names.h"

namespace kenes {
namespace {

constexpr EnumName<FileFormat> kFormats[] = {
    {FileFormat::kCsv, "csv"},
    {FileFormat::kJsonl, "jsonl"},
    {FileFormat::kXlsx, "xlsx"},
};

}  // namespace

std::string_view FileFormatName(FileFormat format) { return NameOf(kFormats, format); }
Result<FileFormat> ParseFileFormat(std::string_view name, std::string_view field) {
  return ParseName(kFormats, name, field);
}
std::span<const std::string_view> FileFormatNames() {
  static constexpr auto kNames = NamesOf(kFormats);
  return kNames;
}

Result<FileFormat> FileFormatOfPath(std::string_view path) {
  const auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix;
  };
  if (ends_with(".csv") || ends_with(".CSV")) return FileFormat::kCsv;
  if (ends_with(".jsonl") || ends_with(".ndjson") || ends_with(".JSONL")) return FileFormat::kJsonl;
  if (ends_with(".xlsx") || ends_with(".XLSX")) return FileFormat::kXlsx;
  if (ends_with(".xls") || ends_with(".XLS")) {
    return Invalid("format", "'" + std::string(path) +
                                 "' is an old Excel workbook (.xls); save it as .xlsx (Excel "
                                 "Workbook) and import that");
  }
  return Invalid("format", "cannot tell the format of '" + std::string(path) +
                               "' from its name; name it .csv, .jsonl or .xlsx, or give --format");
}

}  // namespace kenes
