#include "extract/legacy_encoding.h"

#include <cstddef>

#include "core/utf8.h"

namespace kenes::extract {
namespace {

// The letters both encodings share: А..я at 0xC0..0xFF, Ё ё at 0xA8 0xB8, І і at 0xB2 0xB3.
bool IsSharedCyrillicLetter(unsigned char b) {
  return b >= 0xC0 || b == 0xA8 || b == 0xB8 || b == 0xB2 || b == 0xB3;
}

// Where KZ-1048 has Қ Һ қ һ Ұ ұ Ә Ө Ғ Ү ө ғ ә Ң ң ү; Windows-1251 has Ќ Ћ ќ ћ Ў ў Ј Ґ Є Ї ґ є ј
// Ѕ ѕ ї there.
bool IsKazakhLetterPosition(unsigned char b) {
  switch (b) {
    case 0x8D:
    case 0x8E:
    case 0x9D:
    case 0x9E:
    case 0xA1:
    case 0xA2:
    case 0xA3:
    case 0xA5:
    case 0xAA:
    case 0xAF:
    case 0xB4:
    case 0xBA:
    case 0xBC:
    case 0xBD:
    case 0xBE:
    case 0xBF:
      return true;
    default:
      return false;
  }
}

// Punctuation both encodings put in the upper half (quotes „ “ ” ‘ ’ « », dashes, …, №, the
// no-break space, °, §): frequent in a 1251 text, but no evidence either way.
bool IsPunctuation(unsigned char b) {
  return (b >= 0x82 && b <= 0x85) || b == 0x8B || (b >= 0x91 && b <= 0x97) || b == 0x99 ||
         b == 0x9B || b == 0xA0 || b == 0xA7 || b == 0xA9 || b == 0xAB || b == 0xAD || b == 0xAE ||
         b == 0xB0 || b == 0xB1 || b == 0xB9 || b == 0xBB;
}

}  // namespace

std::optional<LegacyEncoding> GuessLegacyEncoding(std::string_view bytes) {
  // A UTF-8 text with a stray byte has many well-formed sequences; a 1251 text forms one only by
  // chance (a capital before ё, і or a quote).
  std::size_t utf8_sequences = 0, not_utf8 = 0;
  for (std::size_t pos = 0; pos < bytes.size();) {
    const std::size_t start = pos;
    if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
      ++pos;
      continue;
    }
    if (utf8::Decode(bytes, pos) == utf8::kReplacement && pos == start + 1) {
      ++not_utf8;
    } else {
      ++utf8_sequences;
    }
  }
  if (not_utf8 <= utf8_sequences) return std::nullopt;

  std::size_t letters = 0, others = 0, kazakh = 0;
  const auto at = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const unsigned char b = at(i);
    if (b < 0x80) continue;
    if (IsSharedCyrillicLetter(b)) {
      ++letters;
    } else if (IsKazakhLetterPosition(b)) {
      ++letters;
      if ((i > 0 && at(i - 1) >= 0xC0) || (i + 1 < bytes.size() && at(i + 1) >= 0xC0)) ++kazakh;
    } else if (!IsPunctuation(b)) {
      ++others;
    }
  }
  // Four in five of the upper-half bytes that are not punctuation are letters: a Cyrillic text.
  if (letters < 3 || letters * 5 < (letters + others) * 4) return std::nullopt;
  return kazakh > 0 ? LegacyEncoding::kKz1048 : LegacyEncoding::kWindows1251;
}

std::string_view EncodingName(LegacyEncoding encoding) {
  switch (encoding) {
    case LegacyEncoding::kWindows1251:
      return "Windows-1251 (Cyrillic)";
    case LegacyEncoding::kKz1048:
      return "KZ-1048 (Kazakh)";
  }
  return "";
}

}  // namespace kenes::extract
