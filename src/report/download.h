// The report as one file in memory, for sending over HTTP: the same writers as `kenes report`,
// with the writers that need a file (XLSX, PDF) writing into a scratch folder that is read back
// and removed.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "report/report.h"

namespace kenes::report {

struct Download {
  std::string bytes;
  std::string content_type;  // "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  std::string extension;     // "xlsx"
};

// The formats a download may take: html, xlsx and pdf (csv is a folder of files, so it is not
// offered).
std::span<const std::string_view> DownloadFormats();

// `format` is one of DownloadFormats(); errors name the field "format".
Result<Download> RenderDownload(const Report& report, std::string_view format);

}  // namespace kenes::report
