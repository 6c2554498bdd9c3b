#include "report/download.h"

#include <algorithm>

#include "core/enum_names.h"
#include "report/files.h"
#include "report/html_writer.h"
#include "report/pdf_writer.h"
#include "report/xlsx_writer.h"

namespace kenes::report {
namespace {

// The writers speak of "--out" and "--format" (the command line's words); over HTTP the one field
// a caller controls is the format.
Error AsFormatError(Error error) {
  error.field = "format";
  return error;
}

constexpr std::string_view kFormats[] = {"html", "xlsx", "pdf"};

}  // namespace

std::span<const std::string_view> DownloadFormats() { return kFormats; }

Result<Download> RenderDownload(const Report& report, std::string_view format) {
  if (format == "html") return Download{ReportHtml(report), "text/html; charset=utf-8", "html"};
  const bool xlsx = format == "xlsx";
  if (std::find(std::begin(kFormats), std::end(kFormats), format) == std::end(kFormats)) {
    return Invalid("format", "'" + std::string(format) + "' is not one of: " + JoinNames(kFormats));
  }
  ScratchFolder scratch;
  if (scratch.path().empty()) {
    return Error{ErrorCode::kUnavailable, "cannot create a temporary folder for the report",
                 "format"};
  }
  const std::string path = scratch.path() + "/report." + std::string(format);
  Status written = xlsx ? WriteXlsx(report, path) : WritePdf(report, path);
  if (!written.ok()) return AsFormatError(written.error());
  auto bytes = ReadWholeFile(path, "format");
  if (!bytes.ok()) return bytes.error();
  return Download{std::move(*bytes),
                  xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                       : "application/pdf",
                  std::string(format)};
}

}  // namespace kenes::report
