// The kinds of record that are imported and exported as files, and the file formats.
#pragma once

#include <string_view>

#include "core/result.h"

namespace kenes {

enum class RecordType { kOrganizations, kPeople, kEvents, kFeedback, kCheckIns };
// XLSX is the first sheet of a workbook (or the one asked for), read as a CSV file's rows.
enum class FileFormat { kCsv, kJsonl, kXlsx };

std::string_view RecordTypeName(RecordType type);  // "organizations", "checkins", ...
Result<RecordType> ParseRecordType(std::string_view name);
std::string_view FileFormatName(FileFormat format);  // "csv", "jsonl", "xlsx"
Result<FileFormat> ParseFileFormat(std::string_view name);
// The format a file name's extension names (.csv, .jsonl, .ndjson, .xlsx), or an error.
Result<FileFormat> FileFormatOfPath(std::string_view path);

}  // namespace kenes
