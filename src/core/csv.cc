#include "core/csv.h"

#include <algorithm>

#include "core/utf8.h"

namespace kenes {
namespace {

// The delimiter of the first line: whichever of , ; and tab occurs most outside quotes.
char DetectDelimiter(std::string_view text) {
  std::size_t commas = 0, semicolons = 0, tabs = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    commas += c == ',';
    semicolons += c == ';';
    tabs += c == '\t';
  }
  if (semicolons > commas && semicolons >= tabs) return ';';
  if (tabs > commas && tabs > semicolons) return '\t';
  return ',';
}

// Most bytes of a Russian text saved as Windows-1251 are in 0xC0..0xFF, where UTF-8 has only lead
// bytes; name that encoding when it is the likely cause.
std::string EncodingHint(std::string_view field) {
  std::size_t high = 0, lead_pairs = 0;
  for (std::size_t i = 0; i < field.size(); ++i) {
    const auto byte = static_cast<unsigned char>(field[i]);
    if (byte >= 0xC0) ++high;
    if (byte >= 0xC0 && i + 1 < field.size() &&
        (static_cast<unsigned char>(field[i + 1]) & 0xC0) == 0x80) {
      ++lead_pairs;
    }
  }
  if (high > 0 && lead_pairs * 2 < high) {
    return "; it looks like Windows-1251: save the file as CSV UTF-8 and import it again";
  }
  return "; save the file as CSV UTF-8 and import it again";
}

}  // namespace

CsvReader::CsvReader(std::string_view text) : text_(text) {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
  delimiter_ = DetectDelimiter(text_.substr(pos_));
}

Result<bool> CsvReader::Next(std::vector<std::string>& fields) {
  fields.clear();
  // Skip blank lines between rows; a file that ends with a newline has no extra empty row.
  while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) {
    if (text_[pos_] == '\n') ++row_;
    ++pos_;
  }
  if (pos_ >= text_.size()) return false;
  ++row_;
  const std::size_t row_start = row_;
  const auto where = [&](std::size_t column) {
    return "row " + std::to_string(row_start) + ", column " + std::to_string(column);
  };

  std::string field;
  while (true) {
    const std::size_t column = fields.size() + 1;
    field.clear();
    if (pos_ < text_.size() && text_[pos_] == '"') {
      ++pos_;
      while (true) {
        const std::size_t quote = text_.find('"', pos_);
        if (quote == std::string_view::npos) {
          return Invalid(where(column),
                         "a quoted field is never closed; check the quotes in "
                         "this row");
        }
        field.append(text_.substr(pos_, quote - pos_));
        pos_ = quote + 1;
        if (pos_ < text_.size() && text_[pos_] == '"') {
          field += '"';
          ++pos_;
          continue;
        }
        break;
      }
      if (pos_ < text_.size() && text_[pos_] != delimiter_ && text_[pos_] != '\n' &&
          text_[pos_] != '\r') {
        return Invalid(where(column),
                       "text after a closing quote; a quote inside a quoted "
                       "field must be doubled (\"\")");
      }
    } else {
      std::size_t end = pos_;
      while (end < text_.size() && text_[end] != delimiter_ && text_[end] != '\n' &&
             text_[end] != '\r') {
        if (text_[end] == '"') {
          return Invalid(where(column),
                         "a quote inside an unquoted field; quote the whole "
                         "field and double the quote (\"\")");
        }
        ++end;
      }
      field.assign(text_.substr(pos_, end - pos_));
      pos_ = end;
    }
    if (auto bad = utf8::FindInvalid(field)) {
      return Invalid(where(column), "is not valid UTF-8" + EncodingHint(field));
    }
    fields.push_back(field);
    if (pos_ < text_.size() && text_[pos_] == delimiter_) {
      ++pos_;
      continue;
    }
    if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
    return true;
  }
}

void AppendCsvRow(std::string& out, std::span<const std::string> fields, char delimiter) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out += delimiter;
    AppendCsvField(out, fields[i], delimiter);
  }
  out += '\n';
}

void AppendCsvField(std::string& out, std::string_view field, char delimiter) {
  // A loop of its own: find_first_of calls memchr once per byte of the field, which was a tenth
  // of an export of check-ins.
  const bool plain = std::none_of(field.begin(), field.end(), [delimiter](char c) {
    return c == '"' || c == '\n' || c == '\r' || c == delimiter;
  });
  if (plain) {
    out += field;
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

Result<CsvHeader> CsvHeader::Parse(std::span<const std::string> header,
                                   std::span<const std::string_view> required,
                                   std::span<const std::string_view> optional) {
  CsvHeader result;
  for (const std::string& raw : header) {
    const std::string name(utf8::Trim(raw));
    const bool known = std::find(required.begin(), required.end(), name) != required.end() ||
                       std::find(optional.begin(), optional.end(), name) != optional.end();
    if (!known) {
      std::string allowed;
      for (auto list : {required, optional}) {
        for (std::string_view n : list) allowed += (allowed.empty() ? "" : ", ") + std::string(n);
      }
      return Invalid("row 1", "unknown column '" + name + "'; the columns are: " + allowed);
    }
    if (std::find(result.names_.begin(), result.names_.end(), name) != result.names_.end()) {
      return Invalid("row 1", "column '" + name + "' appears twice");
    }
    result.names_.push_back(name);
  }
  for (std::string_view name : required) {
    if (result.Index(name) < 0) {
      return Invalid("row 1", "the required column '" + std::string(name) + "' is missing");
    }
  }
  return result;
}

int CsvHeader::Index(std::string_view name) const {
  auto it = std::find(names_.begin(), names_.end(), name);
  return it == names_.end() ? -1 : static_cast<int>(it - names_.begin());
}

std::string_view CsvHeader::Get(std::span<const std::string> row, std::string_view name) const {
  const int index = Index(name);
  if (index < 0 || static_cast<std::size_t>(index) >= row.size()) return {};
  return row[index];
}

}  // namespace kenes
