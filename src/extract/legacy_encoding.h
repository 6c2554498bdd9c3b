// Which legacy single-byte encoding a text that is not UTF-8 was most likely saved in, so that the
// error a user gets says what to do ("save it as UTF-8") about the encoding they actually used.
// Offices in Kazakhstan still save Word documents as plain text in Windows-1251 (Russian) or in
// KZ-1048 (its Kazakh variant, which puts Ә Ғ Қ Ң Ө Ұ Ү Һ where 1251 has Serbian, Macedonian,
// Ukrainian and Belarusian letters).
#pragma once

#include <optional>
#include <string_view>

namespace kenes::extract {

enum class LegacyEncoding { kWindows1251, kKz1048 };

// The encoding the bytes read as, when they are mostly Cyrillic letters in Windows-1251 or
// KZ-1048 and mostly not UTF-8; nullopt for anything else (UTF-8 with a stray byte, binary data,
// Latin-1). KZ-1048 when a byte at one of its Kazakh letters' positions stands next to a Cyrillic
// letter: in a 1251 text those positions hold letters Russian and Kazakh do not use.
std::optional<LegacyEncoding> GuessLegacyEncoding(std::string_view bytes);

// "Windows-1251 (Cyrillic)" or "KZ-1048 (Kazakh)", for messages.
std::string_view EncodingName(LegacyEncoding encoding);

}  // namespace kenes::extract
