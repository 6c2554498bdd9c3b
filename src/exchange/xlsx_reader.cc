#include "exchange/xlsx_reader.h"

#include <libxml/xmlreader.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "core/date.h"
#include "exchange/spreadsheet_numbers.h"
#include "exchange/zip_archive.h"

namespace kenes {
namespace {

// No part of a workbook kenes reads may inflate past this: a sheet of a million rows of events
// is a few hundred MiB of XML.
constexpr std::size_t kMaxPartBytes = std::size_t{1} << 30;
// The widest sheet a spreadsheet program makes: columns A to XFD.
constexpr std::size_t kMaxColumns = 16384;

// A streaming XML reader over a part, with the few questions the parts need asked of it.
class XmlStream {
 public:
  XmlStream(const std::string& xml, const std::string& part)
      : reader_(xmlReaderForMemory(
            xml.data(), static_cast<int>(xml.size()), part.c_str(), nullptr,
            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE)),
        part_(part) {}
  ~XmlStream() {
    if (reader_) xmlFreeTextReader(reader_);
  }
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  // Moves to the next node: true when there is one, false at the end, an error when the XML is
  // not well formed.
  Result<bool> Next() {
    if (!reader_) return Invalid(part_, "cannot be read");
    const int status = xmlTextReaderRead(reader_);
    if (status < 0) return Invalid(part_, "is not well-formed XML");
    return status == 1;
  }
  bool IsStart(std::string_view name) const {
    return xmlTextReaderNodeType(reader_) == XML_READER_TYPE_ELEMENT && LocalName() == name;
  }
  bool IsEnd(std::string_view name) const {
    return (xmlTextReaderNodeType(reader_) == XML_READER_TYPE_END_ELEMENT ||
            (xmlTextReaderNodeType(reader_) == XML_READER_TYPE_ELEMENT &&
             xmlTextReaderIsEmptyElement(reader_))) &&
           LocalName() == name;
  }
  bool IsText() const {
    const int type = xmlTextReaderNodeType(reader_);
    return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
           type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE;
  }
  std::string_view Value() const { return View(xmlTextReaderConstValue(reader_)); }
  std::size_t BytesRead() const {
    const long consumed = xmlTextReaderByteConsumed(reader_);
    return consumed > 0 ? static_cast<std::size_t>(consumed) : 0;
  }
  // An attribute by its local name, whatever its prefix ("r:id" is "id").
  std::string Attribute(std::string_view name) const {
    std::string found;
    if (xmlTextReaderMoveToFirstAttribute(reader_) != 1) return found;
    do {
      if (View(xmlTextReaderConstLocalName(reader_)) == name) {
        found = std::string(View(xmlTextReaderConstValue(reader_)));
        break;
      }
    } while (xmlTextReaderMoveToNextAttribute(reader_) == 1);
    xmlTextReaderMoveToElement(reader_);
    return found;
  }

 private:
  static std::string_view View(const xmlChar* text) {
    return text ? std::string_view(reinterpret_cast<const char*>(text)) : std::string_view();
  }
  std::string_view LocalName() const { return View(xmlTextReaderConstLocalName(reader_)); }

  xmlTextReaderPtr reader_;
  std::string part_;
};

// Spreadsheet programs write characters XML cannot hold as "_x000D_"; "_x005F_" is a '_' that
// would otherwise start such an escape.
std::string Unescape(std::string text) {
  std::string out;
  std::size_t from = 0;
  while (true) {
    const std::size_t at = text.find("_x", from);
    unsigned code = 0;
    if (at == std::string::npos || at + 7 > text.size() || text[at + 6] != '_' ||
        std::from_chars(text.data() + at + 2, text.data() + at + 6, code, 16).ptr !=
            text.data() + at + 6) {
      if (at == std::string::npos) break;
      out.append(text, from, at + 2 - from);
      from = at + 2;
      continue;
    }
    out.append(text, from, at - from);
    if (code < 0x80) {
      out.push_back(static_cast<char>(code));
    } else if (code < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (code >> 6)));
      out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xE0 | (code >> 12)));
      out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
    from = at + 7;
  }
  if (from == 0) return text;
  out.append(text, from);
  return out;
}

// A date typed into a cell formatted as text, the way Kazakhstan writes it ("20.02.2026",
// "5.3.2026"), as kenes writes dates; any other text is left as it is.
std::string DottedDateAsIso(std::string text) {
  unsigned day = 0, month = 0;
  int year = 0;
  const char* p = text.data();
  const char* end = p + text.size();
  auto number = [&](auto& value, std::size_t min_digits, std::size_t max_digits) {
    const auto [next, error] = std::from_chars(p, end, value);
    const auto digits = static_cast<std::size_t>(next - p);
    if (error != std::errc() || digits < min_digits || digits > max_digits) return false;
    p = next;
    return true;
  };
  auto dot = [&] { return p < end && *p == '.' ? (++p, true) : false; };
  if (!(number(day, 1, 2) && dot() && number(month, 1, 2) && dot() && number(year, 4, 4)) ||
      p != end || month < 1 || month > 12 || day < 1 || day > 31) {
    return text;
  }
  char iso[16];
  std::snprintf(iso, sizeof iso, "%04d-%02u-%02u", year, month, day);
  // 31.02.2026 is no date: leave it for the field's own check to refuse as written.
  if (!Date::Parse(iso).ok()) return text;
  return iso;
}

// The folder of a part, for resolving its relationships: "xl/workbook.xml" -> "xl/".
std::string FolderOf(const std::string& part) {
  const std::size_t slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

// A relationship's target as a part name: absolute ("/xl/...") or relative to `folder`.
std::string Resolve(const std::string& folder, const std::string& target) {
  if (!target.empty() && target.front() == '/') return target.substr(1);
  return folder + target;
}

// The targets of a part's relationships, by id.
Result<std::map<std::string, std::string>> Relationships(const ZipArchive& zip,
                                                         const std::string& part) {
  const std::string folder = FolderOf(part);
  const std::string rels = folder + "_rels/" + part.substr(folder.size()) + ".rels";
  std::map<std::string, std::string> targets;
  if (!zip.Has(rels)) return targets;
  KENES_ASSIGN(std::string xml, zip.Read(rels, kMaxPartBytes));
  XmlStream stream(xml, rels);
  while (true) {
    KENES_ASSIGN(bool more, stream.Next());
    if (!more) break;
    if (stream.IsStart("Relationship")) {
      targets[stream.Attribute("Id")] = Resolve(folder, stream.Attribute("Target"));
    }
  }
  return targets;
}

// Parses "C12" into its column (0-based) and row; false when it is not a cell reference.
bool ParseReference(std::string_view reference, std::size_t& column, std::size_t& row) {
  std::size_t i = 0;
  column = 0;
  for (; i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z'; ++i) {
    column = column * 26 + static_cast<std::size_t>(reference[i] - 'A' + 1);
    if (column > kMaxColumns) return false;
  }
  if (i == 0) return false;
  --column;
  const auto [end, error] =
      std::from_chars(reference.data() + i, reference.data() + reference.size(), row);
  return error == std::errc() && end == reference.data() + reference.size() && row > 0;
}

}  // namespace

std::string ColumnLetters(std::size_t index) {
  std::string letters;
  for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return letters;
}

struct XlsxWorkbook::Parts {
  std::string what;
  ZipArchive zip;
  std::vector<std::string> sheet_names;
  std::vector<std::string> sheet_parts;  // in the same order
  std::vector<std::string> shared;       // shared strings, by index
  std::vector<NumberShown> styles;       // what each cell style shows a number as, by index
  bool date1904 = false;
  std::string styles_part;
  std::string strings_part;
  bool cell_parts_loaded = false;

  Status ReadWorkbook(const std::string& part) {
    KENES_ASSIGN(auto targets, Relationships(zip, part));
    KENES_ASSIGN(std::string xml, zip.Read(part, kMaxPartBytes));
    XmlStream stream(xml, part);
    while (true) {
      KENES_ASSIGN(bool more, stream.Next());
      if (!more) break;
      if (stream.IsStart("workbookPr")) {
        const std::string value = stream.Attribute("date1904");
        date1904 = value == "1" || value == "true";
      } else if (stream.IsStart("sheet")) {
        const auto target = targets.find(stream.Attribute("id"));
        if (target == targets.end()) continue;  // a chart sheet or a dangling entry: no cells
        sheet_names.push_back(stream.Attribute("name"));
        sheet_parts.push_back(target->second);
      }
    }
    if (sheet_names.empty()) return Invalid(what, "has no sheets");
    // Styles and shared strings are found by their relationship's target; their usual names are
    // the fallback.
    styles_part = FolderOf(part) + "styles.xml";
    strings_part = FolderOf(part) + "sharedStrings.xml";
    for (const auto& [id, target] : targets) {
      if (target.ends_with("styles.xml")) styles_part = target;
      if (target.ends_with("sharedStrings.xml")) strings_part = target;
    }
    return Ok();
  }

  // What the cells refer to, read on the first sheet asked for: opening a workbook to learn its
  // sheets' names stays cheap.
  Status LoadCellParts() {
    if (cell_parts_loaded) return Ok();
    if (zip.Has(styles_part)) KENES_TRY(ReadStyles(styles_part));
    if (zip.Has(strings_part)) KENES_TRY(ReadSharedStrings(strings_part));
    cell_parts_loaded = true;
    return Ok();
  }

  Status ReadStyles(const std::string& part) {
    KENES_ASSIGN(std::string xml, zip.Read(part, kMaxPartBytes));
    XmlStream stream(xml, part);
    std::map<int, std::string> codes;
    bool in_cell_formats = false;
    while (true) {
      KENES_ASSIGN(bool more, stream.Next());
      if (!more) break;
      if (stream.IsStart("numFmt")) {
        codes[std::atoi(stream.Attribute("numFmtId").c_str())] = stream.Attribute("formatCode");
      } else if (stream.IsStart("cellXfs")) {
        in_cell_formats = true;
      } else if (stream.IsEnd("cellXfs")) {
        in_cell_formats = false;
      } else if (in_cell_formats && stream.IsStart("xf")) {
        const int id = std::atoi(stream.Attribute("numFmtId").c_str());
        const auto code = codes.find(id);
        styles.push_back(ShownAs(id, code == codes.end() ? std::string() : code->second));
      }
    }
    return Ok();
  }

  Status ReadSharedStrings(const std::string& part) {
    KENES_ASSIGN(std::string xml, zip.Read(part, kMaxPartBytes));
    XmlStream stream(xml, part);
    std::string text;
    bool in_text = false, in_phonetic = false;
    while (true) {
      KENES_ASSIGN(bool more, stream.Next());
      if (!more) break;
      if (stream.IsStart("si")) text.clear();
      if (stream.IsEnd("si")) shared.push_back(Unescape(std::move(text)));
      // A Japanese reading guide (rPh) is not part of the text.
      if (stream.IsStart("rPh")) in_phonetic = true;
      if (stream.IsEnd("rPh")) in_phonetic = false;
      if (stream.IsStart("t"))
        in_text = !stream.IsEnd("t");
      else if (stream.IsEnd("t"))
        in_text = false;
      else if (in_text && !in_phonetic && stream.IsText())
        text += stream.Value();
    }
    return Ok();
  }
};

XlsxWorkbook::XlsxWorkbook(std::unique_ptr<Parts> parts) : parts_(std::move(parts)) {}
XlsxWorkbook::XlsxWorkbook(XlsxWorkbook&&) noexcept = default;
XlsxWorkbook& XlsxWorkbook::operator=(XlsxWorkbook&&) noexcept = default;
XlsxWorkbook::~XlsxWorkbook() = default;

const std::vector<std::string>& XlsxWorkbook::sheets() const { return parts_->sheet_names; }

Result<XlsxWorkbook> XlsxWorkbook::Open(std::string_view bytes, const std::string& what) {
  if (bytes.starts_with("\xD0\xCF\x11\xE0")) {
    return Invalid(what, "is an old Excel workbook (.xls); save it as .xlsx (Excel Workbook)");
  }
  KENES_ASSIGN(ZipArchive zip, ZipArchive::Open(bytes, what));
  auto parts =
      std::make_unique<Parts>(Parts{what, std::move(zip), {}, {}, {}, {}, false, {}, {}, false});
  // The package says where its workbook is; "xl/workbook.xml" is where every program puts it.
  KENES_ASSIGN(auto root, Relationships(parts->zip, ""));
  std::string workbook = "xl/workbook.xml";
  for (const auto& [id, target] : root) {
    if (target.ends_with("workbook.xml")) workbook = target;
  }
  if (!parts->zip.Has(workbook)) {
    return Invalid(what,
                   "is a zip archive but not a workbook: save it from the spreadsheet "
                   "program as .xlsx");
  }
  KENES_TRY(parts->ReadWorkbook(workbook));
  return XlsxWorkbook(std::move(parts));
}

Status XlsxWorkbook::ForEachRow(std::string_view sheet,
                                const std::function<Status(const SheetRow&)>& visit) {
  KENES_TRY(parts_->LoadCellParts());
  const Parts& parts = *parts_;
  std::size_t index = 0;
  if (!sheet.empty()) {
    while (index < parts.sheet_names.size() && parts.sheet_names[index] != sheet) ++index;
    if (index == parts.sheet_names.size()) {
      std::string names;
      for (const std::string& name : parts.sheet_names) names += (names.empty() ? "" : ", ") + name;
      return Invalid("sheet", "the workbook has no sheet named '" + std::string(sheet) +
                                  "'; its sheets: " + names);
    }
  }
  const std::string label = "sheet " + parts.sheet_names[index];
  KENES_ASSIGN(std::string xml, parts.zip.Read(parts.sheet_parts[index], kMaxPartBytes));
  XmlStream stream(xml, parts.sheet_parts[index]);

  SheetRow row;
  bool row_has_value = false;
  std::size_t column = 0;
  std::string type, value;
  NumberShown shown = NumberShown::kNumber;
  bool in_value = false, in_inline = false, in_phonetic = false;
  while (true) {
    KENES_ASSIGN(bool more, stream.Next());
    if (!more) break;
    if (stream.IsStart("row")) {
      const std::string number = stream.Attribute("r");
      row.number = number.empty() ? row.number + 1 : std::strtoull(number.c_str(), nullptr, 10);
      row.cells.clear();
      row_has_value = false;
      column = 0;
    }
    if (stream.IsStart("c")) {
      const std::string reference = stream.Attribute("r");
      std::size_t at_row = 0;
      if (!reference.empty() && !ParseReference(reference, column, at_row)) {
        return Invalid(label, "has a cell named '" + reference + "', which is no cell");
      }
      type = stream.Attribute("t");
      const std::string style = stream.Attribute("s");
      const std::size_t style_index = style.empty() ? 0 : std::strtoull(style.c_str(), nullptr, 10);
      shown = style_index < parts.styles.size() ? parts.styles[style_index] : NumberShown::kNumber;
      value.clear();
    }
    if (stream.IsStart("v"))
      in_value = !stream.IsEnd("v");
    else if (stream.IsEnd("v"))
      in_value = false;
    if (stream.IsStart("is")) in_inline = true;
    if (stream.IsEnd("is")) in_inline = false;
    if (stream.IsStart("rPh")) in_phonetic = true;
    if (stream.IsEnd("rPh")) in_phonetic = false;
    if (stream.IsText() && (in_value || (in_inline && !in_phonetic))) value += stream.Value();
    if (stream.IsEnd("c")) {
      const std::string cell =
          label + ", cell " + ColumnLetters(column) + std::to_string(row.number);
      std::string text;
      if (type == "s") {
        const std::size_t at = std::strtoull(value.c_str(), nullptr, 10);
        if (value.empty() || at >= parts.shared.size()) {
          return Invalid(cell, "names a shared text that the workbook does not have");
        }
        text = parts.shared[at];
      } else if (type == "inlineStr" || type == "str") {
        text = Unescape(value);
      } else if (type == "b") {
        text = value == "1" ? "true" : "false";
      } else if (type == "e") {
        return Invalid(
            cell, "holds the spreadsheet error " + value + ": fix the formula or type the value");
      } else if (!value.empty()) {
        text = NumberText(value, shown, parts.date1904);
        if (text.empty()) return Invalid(cell, "holds '" + value + "', which is not a number");
      }
      if (type != "" && type != "n") text = DottedDateAsIso(std::move(text));
      if (!text.empty()) {
        if (row.cells.size() <= column) row.cells.resize(column + 1);
        row.cells[column] = std::move(text);
        row_has_value = true;
      }
      ++column;
    }
    if (stream.IsEnd("row") && row_has_value) {
      row.read = std::min(stream.BytesRead(), xml.size());
      row.total = xml.size();
      KENES_TRY(visit(row));
    }
  }
  return Ok();
}

}  // namespace kenes
