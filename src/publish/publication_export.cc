#include "publish/publication_export.h"

#include "core/enum_names.h"
#include "report/files.h"
#include "report/html_writer.h"
#include "report/pdf_writer.h"

namespace kenes::publish {
namespace {

constexpr EnumName<ExportFormat> kFormats[] = {
    {ExportFormat::kText, "txt"},
    {ExportFormat::kHtml, "html"},
    {ExportFormat::kPdf, "pdf"},
};

constexpr std::string_view kStyle = R"css(
body { font-family: "DejaVu Serif", Georgia, serif; max-width: 42em; margin: 2em auto;
       line-height: 1.45; color: #111; padding: 0 1em; }
h1 { font-size: 1.35em; line-height: 1.25; }
.draft { color: #a40000; font-family: sans-serif; font-size: 0.9em; }
.imprint { margin-top: 2.5em; font-size: 0.85em; border-top: 1px solid #999; padding-top: 0.5em; }
.imprint p { margin: 0.1em 0; }
@page { size: A4; margin: 20mm 18mm; }
)css";

// A status line in the page's language: who approved it, or that it is not approved yet.
std::string StatusLine(const Publication& publication) {
  const bool kazakh = publication.language == PublicationLanguage::kKazakh;
  if (publication.status == PublicationStatus::kDraft) {
    return kazakh ? "Жоба: әлі бекітілмеген" : "Проект: ещё не утверждён";
  }
  return std::string(kazakh ? "Бекіткен: " : "Утверждено: ") + publication.approved_by + ", " +
         publication.approved_at + " · SHA-256 " + publication.text_sha256;
}

std::string Html(const Publication& publication) {
  std::string out = "<!doctype html>\n<html lang=\"";
  out += PublicationLanguageName(publication.language);
  out += "\"><head><meta charset=\"utf-8\"><title>";
  report::AppendEscaped(out, publication.title);
  out += "</title><style>";
  out += kStyle;
  out += "</style></head><body>\n<p class=\"draft\">";
  report::AppendEscaped(out, StatusLine(publication));
  out += "</p>\n<h1>";
  report::AppendEscaped(out, publication.title);
  out += "</h1>\n";
  // The body's paragraphs are its blank-line-separated blocks, as the text export has them.
  std::string_view body = publication.text;
  while (!body.empty()) {
    const std::size_t end = body.find("\n\n");
    const std::string_view paragraph = body.substr(0, end);
    if (paragraph.find_first_not_of(" \n") != std::string_view::npos) {
      out += "<p>";
      report::AppendEscaped(out, paragraph);
      out += "</p>\n";
    }
    body = end == std::string_view::npos ? std::string_view() : body.substr(end + 2);
  }
  // The imprint as the text export prints it.
  out += "<div class=\"imprint\">";
  for (const std::string& line : ImprintLines(publication)) {
    out += "<p>";
    report::AppendEscaped(out, line);
    out += "</p>";
  }
  out += "</div>\n</body></html>\n";
  return out;
}

}  // namespace

Result<ExportFormat> ParseExportFormat(std::string_view name, std::string_view field) {
  return ParseName(kFormats, name, field);
}
std::span<const std::string_view> ExportFormatNames() {
  static constexpr auto kNames = NamesOf(kFormats);
  return kNames;
}

std::string_view ContentType(ExportFormat format) {
  switch (format) {
    case ExportFormat::kText:
      return "text/plain; charset=utf-8";
    case ExportFormat::kHtml:
      return "text/html; charset=utf-8";
    case ExportFormat::kPdf:
      return "application/pdf";
  }
  return "application/octet-stream";
}

std::string_view FileExtension(ExportFormat format) { return NameOf(kFormats, format); }

Result<std::string> Export(const Publication& publication, ExportFormat format) {
  switch (format) {
    case ExportFormat::kText:
      return ExportedText(publication);
    case ExportFormat::kHtml:
      return Html(publication);
    case ExportFormat::kPdf: {
      report::ScratchFolder scratch("kenes-publication");
      if (scratch.path().empty()) {
        return Error{ErrorCode::kUnavailable, "cannot create a temporary folder for the PDF",
                     "format"};
      }
      const std::string pdf = scratch.path() + "/publication.pdf";
      KENES_TRY(report::PrintHtmlToPdf(Html(publication), pdf));
      return report::ReadWholeFile(pdf, "format");
    }
  }
  return Invalid("format", "unknown format");
}

}  // namespace kenes::publish
