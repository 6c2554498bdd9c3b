#include "exchange/json_string.h"

#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>

#include "core/utf8.h"

namespace kenes {
namespace {

// A byte JSON writes as it is, when the text is valid UTF-8: not a control character, quote or
// backslash. Bytes of 0x80 and above are parts of letters (Cyrillic, Kazakh) and are kept.
constexpr bool IsPlain(unsigned char c) { return c >= 0x20 && c != '"' && c != '\\'; }

// The escape nlohmann::json writes for a byte that is not plain: the short forms, else \u00XX in
// lower-case hex.
char* WriteEscape(char* out, unsigned char c) {
  static constexpr char kHex[] = "0123456789abcdef";
  *out++ = '\\';
  switch (c) {
    case '"':
      *out++ = '"';
      return out;
    case '\\':
      *out++ = '\\';
      return out;
    case '\b':
      *out++ = 'b';
      return out;
    case '\t':
      *out++ = 't';
      return out;
    case '\n':
      *out++ = 'n';
      return out;
    case '\f':
      *out++ = 'f';
      return out;
    case '\r':
      *out++ = 'r';
      return out;
    default:
      std::memcpy(out, "u00", 3);
      out[3] = kHex[c >> 4];
      out[4] = kHex[c & 0xF];
      return out + 5;
  }
}

// Whether any byte of `text` is not plain, or is 0x80 or above: eight bytes at a time, since the
// strings of an export are short and almost always plain ASCII.
bool NeedsCare(std::string_view text) {
  constexpr std::uint64_t kOnes = 0x0101010101010101, kHigh = 0x8080808080808080;
  // Bytes below 0x20, equal to a quote or a backslash (each a zero byte after the xor), or with
  // the high bit: the classic tests for a byte less than n (n <= 0x80) on eight bytes at once.
  const auto below = [&](std::uint64_t word, std::uint64_t n) {
    return (word - kOnes * n) & ~word;
  };
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    if ((below(word, 0x20) | below(word ^ (kOnes * '"'), 1) | below(word ^ (kOnes * '\\'), 1) |
         word) &
        kHigh) {
      return true;
    }
  }
  for (; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x80 || !IsPlain(byte)) return true;
  }
  return false;
}

}  // namespace

char* WriteJsonString(char* out, std::string_view text) {
  *out++ = '"';
  if (!NeedsCare(text)) {
    std::memcpy(out, text.data(), text.size());
    out += text.size();
    *out++ = '"';
    return out;
  }
  if (!utf8::IsValid(text)) {
    // Which bytes become one U+FFFD is the library's rule (a broken sequence as one, the byte
    // that broke it read again); such text is rare enough to leave the rule to the library.
    const std::string dumped = nlohmann::json(std::string(text))
                                   .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::memcpy(out - 1, dumped.data(), dumped.size());
    return out - 1 + dumped.size();
  }
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (IsPlain(byte)) {
      *out++ = c;
    } else {
      out = WriteEscape(out, byte);
    }
  }
  *out++ = '"';
  return out;
}

void AppendJsonString(std::string& out, std::string_view text) {
  const std::size_t size = out.size();
  out.resize(size + JsonStringBound(text));
  out.resize(WriteJsonString(out.data() + size, text) - out.data());
}

}  // namespace kenes
