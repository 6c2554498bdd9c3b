#include "report/office_files.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <minizip/unzip.h>

#include <memory>
#include <stdexcept>

namespace kenes::testing {
namespace {

struct ZipCloser {
  void operator()(void* zip) const { unzClose(zip); }
};
struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using Doc = std::unique_ptr<xmlDoc, DocFree>;

std::string Entry(unzFile zip, const std::string& name) {
  if (unzLocateFile(zip, name.c_str(), 1) != UNZ_OK) {
    throw std::runtime_error("the workbook has no " + name);
  }
  if (unzOpenCurrentFile(zip) != UNZ_OK) throw std::runtime_error("cannot open " + name);
  std::string data;
  char buffer[65536];
  int read = 0;
  while ((read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0) data.append(buffer, read);
  unzCloseCurrentFile(zip);
  if (read < 0) throw std::runtime_error("cannot inflate " + name);
  return data;
}

Doc ParseXml(const std::string& xml, const std::string& what) {
  Doc doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), what.c_str(), nullptr,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!doc) throw std::runtime_error(what + " is not well-formed XML");
  return doc;
}

std::string Name(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

std::string Attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return {};
  std::string text = reinterpret_cast<const char*>(value);
  xmlFree(value);
  return text;
}

std::string Text(const xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string text = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  return text;
}

template <class F>
void Walk(xmlNode* node, F&& visit) {
  for (; node; node = node->next) {
    if (node->type == XML_ELEMENT_NODE) visit(node);
    Walk(node->children, visit);
  }
}

// "BC12" -> column 54 (0-based), row 11.
std::pair<std::size_t, std::size_t> CellAt(const std::string& ref) {
  std::size_t column = 0, i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i)
    column = column * 26 + (ref[i] - 'A' + 1);
  return {column - 1, std::stoul(ref.substr(i)) - 1};
}

}  // namespace

Workbook ReadXlsx(const std::string& path) {
  std::unique_ptr<void, ZipCloser> zip(unzOpen(path.c_str()));
  if (!zip) throw std::runtime_error(path + " is not a zip file");
  Workbook book;
  std::vector<std::string> shared;
  if (unzLocateFile(zip.get(), "xl/sharedStrings.xml", 1) == UNZ_OK) {
    Doc strings = ParseXml(Entry(zip.get(), "xl/sharedStrings.xml"), "sharedStrings.xml");
    Walk(xmlDocGetRootElement(strings.get()), [&](xmlNode* node) {
      if (Name(node) == "si") shared.push_back(Text(node));
    });
  }
  // Cell formats: the index of each style, to its number format id.
  std::vector<std::string> styles;
  {
    Doc doc = ParseXml(Entry(zip.get(), "xl/styles.xml"), "styles.xml");
    std::map<std::string, std::string> custom;
    bool in_cell_xfs = false;
    Walk(xmlDocGetRootElement(doc.get()), [&](xmlNode* node) {
      if (Name(node) == "numFmt")
        custom[Attribute(node, "numFmtId")] = Attribute(node, "formatCode");
      if (Name(node) == "cellXfs") in_cell_xfs = true;
      if (Name(node) == "xf" && in_cell_xfs && node->parent && Name(node->parent) == "cellXfs") {
        const std::string id = Attribute(node, "numFmtId");
        styles.push_back(custom.count(id) ? custom[id] : id);
      }
    });
  }
  Doc workbook = ParseXml(Entry(zip.get(), "xl/workbook.xml"), "workbook.xml");
  std::vector<std::string> names;
  Walk(xmlDocGetRootElement(workbook.get()), [&](xmlNode* node) {
    if (Name(node) == "sheet") names.push_back(Attribute(node, "name"));
  });
  for (std::size_t i = 0; i < names.size(); ++i) {
    // libxlsxwriter numbers its sheet files in tab order.
    Doc sheet = ParseXml(Entry(zip.get(), "xl/worksheets/sheet" + std::to_string(i + 1) + ".xml"),
                         names[i]);
    Grid grid;
    Walk(xmlDocGetRootElement(sheet.get()), [&](xmlNode* node) {
      if (Name(node) != "c") return;
      const auto [column, row] = CellAt(Attribute(node, "r"));
      std::string value;
      for (xmlNode* child = node->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE && (Name(child) == "v" || Name(child) == "is")) {
          value = Text(child);
        }
      }
      if (Attribute(node, "t") == "s") value = shared.at(std::stoul(value));
      if (grid.size() <= row) grid.resize(row + 1);
      if (grid[row].size() <= column) grid[row].resize(column + 1);
      grid[row][column] = value;
      const std::string style = Attribute(node, "s");
      if (!style.empty() && std::stoul(style) < styles.size()) {
        book.number_formats[names[i] + "!" + Attribute(node, "r")] = styles[std::stoul(style)];
      }
    });
    book.sheets.push_back(names[i]);
    book.cells[names[i]] = std::move(grid);
  }
  return book;
}

HtmlPage ParseHtml(const std::string& html) {
  Doc doc(htmlReadMemory(html.data(), static_cast<int>(html.size()), "report.html", "utf-8",
                         HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING));
  if (!doc) throw std::runtime_error("the HTML does not parse");
  HtmlPage page;
  xmlNode* root = xmlDocGetRootElement(doc.get());
  page.text = Text(root);
  Walk(root, [&](xmlNode* node) {
    const std::string name = Name(node);
    if (name == "title") page.title = Text(node);
    if (name == "h1" || name == "h2") page.headings.push_back(Text(node));
    if (name != "table") return;
    Grid grid;
    Walk(node->children, [&](xmlNode* cell) {
      if (Name(cell) == "tr") grid.emplace_back();
      if ((Name(cell) == "td" || Name(cell) == "th") && !grid.empty()) {
        grid.back().push_back(Text(cell));
      }
    });
    page.tables[Attribute(node, "data-name")] = std::move(grid);
  });
  return page;
}

}  // namespace kenes::testing
