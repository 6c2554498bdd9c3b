// The kinds of record that are imported and exported as files, and the file formats.
#pragma once

#include <string_view>

#include "core/result.h"

namespace kenes {

enum class RecordType { kOrganizations, kPeople, kEvents, kFeedback, kCheckIns };
enum class FileFormat { kCsv, kJsonl };

std::string_view RecordTypeName(RecordType type);  // "organizations", "checkins", ...
Result<RecordType> ParseRecordType(std::string_view name);
std::string_view FileFormatName(FileFormat format);  // "csv", "jsonl"
Result<FileFormat> ParseFileFormat(std::string_view name);
// The format a file name's extension names (.csv, .jsonl, .ndjson), or an error.
Result<FileFormat> FileFormatOfPath(std::string_view path);

}  // namespace kenes
