#include "extract/markup.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>

#include "core/utf8.h"

namespace kenes::extract {
namespace {

struct NamedEntity {
  std::string_view name;
  char32_t code_point;
};

// The entities Russian news sites use, and the letters of the Kazakh Latin alphabets that have
// one (ä ö ü á ó ú ý ñ, latin_kazakh.h); a numeric reference covers the rest.
constexpr NamedEntity kEntities[] = {
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},        {"quot", '"'},
    {"apos", '\''},    {"nbsp", 0xA0},    {"laquo", 0xAB},    {"raquo", 0xBB},
    {"bdquo", 0x201E}, {"ldquo", 0x201C}, {"rdquo", 0x201D},  {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"mdash", 0x2014}, {"ndash", 0x2013},  {"hellip", 0x2026},
    {"minus", 0x2212}, {"shy", 0xAD},     {"thinsp", 0x2009}, {"ensp", 0x2002},
    {"emsp", 0x2003},  {"copy", 0xA9},    {"numero", 0x2116}, {"deg", 0xB0},
    {"middot", 0xB7},  {"bull", 0x2022},  {"zwnj", 0x200C},   {"auml", 0xE4},
    {"Auml", 0xC4},    {"ouml", 0xF6},    {"Ouml", 0xD6},     {"uuml", 0xFC},
    {"Uuml", 0xDC},    {"aacute", 0xE1},  {"Aacute", 0xC1},   {"oacute", 0xF3},
    {"Oacute", 0xD3},  {"uacute", 0xFA},  {"Uacute", 0xDA},   {"yacute", 0xFD},
    {"Yacute", 0xDD},  {"ntilde", 0xF1},  {"Ntilde", 0xD1},
};

// Elements whose text is not shown.
constexpr std::string_view kHiddenElements[] = {"script", "style", "noscript", "template",
                                                "head",   "svg",   "iframe"};
// Elements that start a new line or paragraph in the rendered page.
constexpr std::string_view kParagraphElements[] = {
    "p",      "div",        "h1",     "h2",         "h3",   "h4",      "h5",      "h6",
    "li",     "ul",         "ol",     "table",      "tr",   "section", "article", "header",
    "footer", "blockquote", "figure", "figcaption", "main", "aside",   "nav",     "dd",
    "dt",     "pre",        "hr",     "body",       "html", "title"};
constexpr std::string_view kLineElements[] = {"br", "td", "th"};

bool In(std::string_view name, std::span<const std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string LowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsTagStart(std::string_view text, std::size_t pos) {
  if (pos + 1 >= text.size() || text[pos] != '<') return false;
  const unsigned char next = static_cast<unsigned char>(text[pos + 1]);
  return std::isalpha(next) || next == '/' || next == '!' || next == '?';
}

// The end of the tag that starts at `pos` (one past '>'), skipping '>' inside quoted attribute
// values; the text end when the tag is never closed.
std::size_t TagEnd(std::string_view text, std::size_t pos) {
  if (text.substr(pos, 4) == "<!--") {
    const std::size_t close = text.find("-->", pos + 4);
    return close == std::string_view::npos ? text.size() : close + 3;
  }
  char quote = 0;
  for (std::size_t i = pos + 1; i < text.size(); ++i) {
    const char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return text.size();
}

// The lower-case element name of the tag at `pos` ("p" for "<p class=x>" and "</p>").
std::string TagName(std::string_view text, std::size_t pos, std::size_t end) {
  std::size_t i = pos + 1;
  if (i < end && text[i] == '/') ++i;
  const std::size_t start = i;
  while (i < end && (std::isalnum(static_cast<unsigned char>(text[i])))) ++i;
  return LowerAscii(text.substr(start, i - start));
}

// Decodes the entity at `pos` ("&laquo;", "&#171;", "&#xAB;"); 0 when there is none, else sets
// `length` to the bytes it covers.
char32_t DecodeEntity(std::string_view text, std::size_t pos, std::size_t& length) {
  const std::size_t semicolon = text.find(';', pos);
  if (semicolon == std::string_view::npos || semicolon - pos > 12) return 0;
  const std::string_view body = text.substr(pos + 1, semicolon - pos - 1);
  length = semicolon - pos + 1;
  if (body.size() >= 2 && body[0] == '#') {
    char32_t value = 0;
    const bool hex = body[1] == 'x' || body[1] == 'X';
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    for (char c : digits) {
      const int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                        : hex && std::isxdigit(static_cast<unsigned char>(c))
                            ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                            : -1;
      if (digit < 0) return 0;
      value = value * (hex ? 16 : 10) + digit;
      if (value > 0x10FFFF) return 0;
    }
    const bool surrogate = value >= 0xD800 && value <= 0xDFFF;
    return value == 0 || surrogate ? utf8::kReplacement : value;
  }
  for (const NamedEntity& entity : kEntities) {
    if (entity.name == body) return entity.code_point;
  }
  return 0;
}

}  // namespace

bool LooksLikeMarkup(std::string_view text) {
  const std::string_view trimmed = utf8::Trim(text);
  if (trimmed.size() > 1 && IsTagStart(trimmed, 0) && trimmed.find('>') != std::string_view::npos) {
    return true;
  }
  int tags = 0;
  for (std::size_t pos = text.find('<'); pos != std::string_view::npos && tags < 2;
       pos = text.find('<', pos + 1)) {
    if (!IsTagStart(text, pos)) continue;
    const std::size_t end = TagEnd(text, pos);
    const std::string name = TagName(text, pos, end);
    if (In(name, kParagraphElements) || In(name, kLineElements) || name == "span" || name == "a" ||
        name == "b" || name == "i" || name == "strong" || name == "em" || name == "img") {
      ++tags;
    }
  }
  return tags >= 2;
}

CleanText StripMarkup(std::string_view markup) {
  CleanText clean;
  clean.text.reserve(markup.size());
  std::string& out = clean.text;
  OffsetMap& map = clean.map;
  std::size_t pos = 0;
  while (pos < markup.size()) {
    const char c = markup[pos];
    if (c == '<' && IsTagStart(markup, pos)) {
      std::size_t end = TagEnd(markup, pos);
      const std::string name = TagName(markup, pos, end);
      const bool closing = markup[pos + 1] == '/';
      if (!closing && In(name, kHiddenElements)) {
        // Skip to the matching close tag; an unclosed one hides the rest of the page.
        const std::string close = "</" + name;
        std::size_t search = end;
        std::size_t found = std::string_view::npos;
        while (search < markup.size()) {
          const std::size_t lt = markup.find("</", search);
          if (lt == std::string_view::npos) break;
          if (LowerAscii(markup.substr(lt, close.size())) == close) {
            found = lt;
            break;
          }
          search = lt + 2;
        }
        end = found == std::string_view::npos ? markup.size() : TagEnd(markup, found);
      } else if (In(name, kParagraphElements)) {
        map.Emit(out, "\n\n", pos, pos);
      } else if (In(name, kLineElements)) {
        map.Emit(out, "\n", pos, pos);
      }
      pos = end;
      continue;
    }
    if (c == '&') {
      std::size_t length = 0;
      if (const char32_t decoded = DecodeEntity(markup, pos, length)) {
        std::string bytes;
        utf8::Append(bytes, decoded);
        map.Emit(out, bytes, pos, pos + length);
        pos += length;
        continue;
      }
    }
    // Line breaks in markup source are only white space; paragraphs come from elements.
    if (c == '\n' || c == '\r' || c == '\t') {
      map.Emit(out, " ", pos, pos + 1);
      ++pos;
      continue;
    }
    // Text between tags is copied as it is, up to the next tag, entity or line break.
    std::size_t next = pos + 1;
    while (next < markup.size() && markup[next] != '<' && markup[next] != '&' &&
           markup[next] != '\n' && markup[next] != '\r' && markup[next] != '\t') {
      ++next;
    }
    map.Copy(out, markup.substr(pos, next - pos), pos);
    pos = next;
  }
  map.Finish(markup.size());
  return clean;
}

}  // namespace kenes::extract
