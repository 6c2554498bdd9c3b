#include "support/saved_workbook.h"

#include <minizip/zip.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kenes::testing {
namespace {

std::string Escape(const std::string& text) {
  std::string out;
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
      // XML 1.0 cannot hold a carriage return as written; spreadsheet programs escape it so.
      case '\r':
        out += "_x000D_";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A shared string as programs keep text that was edited: in runs, the second one bold.
std::string SharedItem(const std::string& text) {
  const std::size_t space = text.find(' ');
  if (space == std::string::npos) return "<si><t>" + Escape(text) + "</t></si>";
  return "<si><r><t>" + Escape(text.substr(0, space)) +
         "</t></r><r><rPr><b/><sz val=\"11\"/></rPr><t xml:space=\"preserve\">" +
         Escape(text.substr(space)) + "</t></r></si>";
}

constexpr const char* kContentTypes = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>)";

constexpr const char* kRootRelationships =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";

// Style 0 is General; 1 the built-in short date (14); 2 a custom long date in Russian; 3 a time.
// cellStyleXfs comes first and holds xf elements too, which are not cell formats.
constexpr const char* kStyles = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="[$-419]d\ mmmm\ yyyy\ &quot;г.&quot;;@"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" xfId="0"/><xf numFmtId="14" fontId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="20" fontId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>)";

void AddPart(zipFile zip, const std::string& name, const std::string& content) {
  zip_fileinfo info{};
  if (zipOpenNewFileInZip(zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                          Z_DEFAULT_COMPRESSION) != ZIP_OK ||
      zipWriteInFileInZip(zip, content.data(), static_cast<unsigned>(content.size())) != ZIP_OK ||
      zipCloseFileInZip(zip) != ZIP_OK) {
    throw std::runtime_error("cannot add " + name + " to the workbook");
  }
}

}  // namespace

SavedCell SharedText(const std::string& reference, const std::string& text) {
  return {reference, "s", "", text, ""};
}
SavedCell Number(const std::string& reference, const std::string& stored) {
  return {reference, "", "", stored, ""};
}
SavedCell DateNumber(const std::string& reference, int serial) {
  return {reference, "", "1", std::to_string(serial), ""};
}
SavedCell InlineText(const std::string& reference, const std::string& text) {
  return {reference, "inlineStr", "", text, ""};
}
SavedCell FormulaError(const std::string& reference, const std::string& error) {
  return {reference, "e", "", error, "VLOOKUP(A2,Лист2!A:B,2,FALSE)"};
}
SavedCell Blank(const std::string& reference) { return {reference, "", "1", "", ""}; }

std::string SaveWorkbook(const std::vector<SavedSheet>& sheets) {
  std::vector<std::string> shared;
  std::map<std::string, std::size_t> shared_index;
  std::map<std::string, std::string> parts;
  std::string workbook =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      "\n"
      R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr defaultThemeVersion="124226"/><sheets>)";
  std::string relationships =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      "\n"
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  for (std::size_t s = 0; s < sheets.size(); ++s) {
    const std::string id = "rId" + std::to_string(s + 1);
    const std::string file = "sheet" + std::to_string(s + 1) + ".xml";
    workbook += "<sheet name=\"" + Escape(sheets[s].name) + "\" sheetId=\"" +
                std::to_string(s + 1) + "\" r:id=\"" + id + "\"/>";
    relationships += "<Relationship Id=\"" + id +
                     "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                     "relationships/worksheet\" Target=\"worksheets/" +
                     file + "\"/>";
    std::ostringstream xml;
    xml << R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
        << "\n"
        << R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>)";
    for (std::size_t r = 0; r < sheets[s].rows.size(); ++r) {
      xml << "<row r=\"" << r + 1 << "\" spans=\"1:30\">";
      for (const SavedCell& cell : sheets[s].rows[r]) {
        xml << "<c";
        if (!cell.reference.empty()) xml << " r=\"" << cell.reference << "\"";
        if (!cell.style.empty()) xml << " s=\"" << cell.style << "\"";
        if (!cell.type.empty()) xml << " t=\"" << cell.type << "\"";
        xml << ">";
        if (!cell.formula.empty()) xml << "<f>" << Escape(cell.formula) << "</f>";
        if (cell.type == "s") {
          auto [at, added] = shared_index.emplace(cell.value, shared.size());
          if (added) shared.push_back(cell.value);
          xml << "<v>" << at->second << "</v>";
        } else if (cell.type == "inlineStr") {
          xml << "<is><t>" << Escape(cell.value) << "</t></is>";
        } else if (!cell.value.empty()) {
          xml << "<v>" << Escape(cell.value) << "</v>";
        }
        xml << "</c>";
      }
      xml << "</row>";
    }
    xml << R"(</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>)";
    parts["xl/worksheets/" + file] = xml.str();
  }
  workbook += "</sheets><calcPr calcId=\"191029\"/></workbook>";
  const std::size_t n = sheets.size();
  relationships += "<Relationship Id=\"rId" + std::to_string(n + 1) +
                   "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                   "relationships/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId" +
                   std::to_string(n + 2) +
                   "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                   "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";
  std::string strings =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      "\n"
      R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count=")" +
      std::to_string(shared.size()) + "\" uniqueCount=\"" + std::to_string(shared.size()) + "\">";
  for (const std::string& text : shared) strings += SharedItem(text);
  strings += "</sst>";

  const std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("kenes-saved-" + std::to_string(::getpid()) + "-" +
       std::to_string(reinterpret_cast<std::uintptr_t>(&sheets)) + ".xlsx");
  zipFile zip = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
  if (!zip) throw std::runtime_error("cannot create " + path.string());
  AddPart(zip, "[Content_Types].xml", kContentTypes);
  AddPart(zip, "_rels/.rels", kRootRelationships);
  AddPart(zip, "xl/workbook.xml", workbook);
  AddPart(zip, "xl/_rels/workbook.xml.rels", relationships);
  AddPart(zip, "xl/styles.xml", kStyles);
  AddPart(zip, "xl/sharedStrings.xml", strings);
  for (const auto& [name, content] : parts) AddPart(zip, name, content);
  if (zipClose(zip, nullptr) != ZIP_OK) throw std::runtime_error("cannot finish the workbook");
  std::ifstream file(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  std::filesystem::remove(path);
  return bytes;
}

}  // namespace kenes::testing
