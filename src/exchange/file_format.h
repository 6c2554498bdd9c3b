// The formats records are imported and exported in as files. Which kinds of record are, and their
// names (organizations, checkins...), are core/record_kind.h's ExchangedKinds.
#pragma once

#include <span>
#include <string_view>

#include "core/result.h"

namespace kenes {

// XLSX is the first sheet of a workbook (or the one asked for), read as a CSV file's rows.
enum class FileFormat { kCsv, kJsonl, kXlsx };

std::string_view FileFormatName(FileFormat format);  // "csv", "jsonl", "xlsx"
Result<FileFormat> ParseFileFormat(std::string_view name, std::string_view field = "format");
std::span<const std::string_view> FileFormatNames();  // "csv", "jsonl", "xlsx"
// The format a file name's extension names (.csv, .jsonl, .ndjson, .xlsx), or an error.
Result<FileFormat> FileFormatOfPath(std::string_view path);

}  // namespace kenes
