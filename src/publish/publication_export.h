// A publication as it leaves kenes: plain text, an HTML page, or a PDF printed from that page.
// Every format carries the title, the body and the imprint (core's ExportedText), so no copy of a
// publication ever goes out without its imprint; a draft says so on its face.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "core/publication.h"
#include "core/result.h"

namespace kenes::publish {

enum class ExportFormat { kText, kHtml, kPdf };

// "txt", "html" or "pdf"; an error names `field` and the formats there are.
Result<ExportFormat> ParseExportFormat(std::string_view name, std::string_view field = "format");
std::span<const std::string_view> ExportFormatNames();
std::string_view ContentType(ExportFormat format);
std::string_view FileExtension(ExportFormat format);

// The bytes of the export. PDF needs Chromium (report/pdf_writer.h); its absence is an error.
Result<std::string> Export(const Publication& publication, ExportFormat format);

}  // namespace kenes::publish
