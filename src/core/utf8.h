// UTF-8 decoding, validation and the case folding kenes needs for Russian and Kazakh text without
// a library: core stays free of dependencies, and ICU is used only where full normalization is
// needed (the extractor).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kenes::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at `pos` and advances `pos` past it. An ill-formed sequence yields
// kReplacement and advances one byte, so a loop over any input terminates.
// REQUIRES: pos < text.size()
char32_t Decode(std::string_view text, std::size_t& pos);

void Append(std::string& out, char32_t code_point);

// The byte offset of the first ill-formed sequence (overlong forms, surrogates and values past
// U+10FFFF included), or nullopt when `text` is valid UTF-8.
std::optional<std::size_t> FindInvalid(std::string_view text);
inline bool IsValid(std::string_view text) { return !FindInvalid(text).has_value(); }

// Lower case for Latin, Cyrillic (Russian and Kazakh letters Ә Ғ Қ Ң Ө Ұ Ү Һ І included) and
// Latin-1; other code points are returned unchanged.
char32_t ToLower(char32_t c);
std::string ToLower(std::string_view text);

// The key two spellings are compared by: lower case, ё read as е, runs of white space, hyphens and
// punctuation read as one space, trimmed. "Нур-Султан" and "нур  султан" fold alike.
std::string FoldForSearch(std::string_view text);

// Letters of the alphabets kenes reads: Latin, Latin-1 letters, Cyrillic with its Kazakh extension.
bool IsLetter(char32_t c);
bool IsDigit(char32_t c);
// White space, including the no-break spaces press releases are full of (U+00A0, U+202F, U+2009).
bool IsSpace(char32_t c);

// `text` without leading and trailing white space (Unicode spaces included).
std::string_view Trim(std::string_view text);

// Number of code points, for limits a user reads in characters.
std::size_t Length(std::string_view text);

}  // namespace kenes::utf8
