// The first stage of the extractor: raw input, as pasted or uploaded, becomes one canonical text
// the later stages can match against without caring how it was typed — NFC, one kind of quote
// marks, ordinary spaces, no invisible characters — together with the map from every byte of it
// back to the input. Input that is not text (binary, invalid UTF-8, too long) is refused here
// with an error that says what is wrong.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"
#include "extract/offset_map.h"

namespace kenes::extract {

// The largest input accepted, in bytes: a long press release is 30 KB, a page of HTML around it
// 300 KB; 2 MiB leaves room for both and keeps one request's work bounded. Front ends refuse
// larger bodies before reading them.
inline constexpr std::size_t kMaxInputBytes = 2u << 20;

struct NormalizedText {
  // What changed, on the way from the input:
  //  - HTML markup stripped (when the input is HTML), entities decoded;
  //  - a byte order mark dropped; CR LF and CR made LF; U+2028/U+2029 made LF;
  //  - NFC (a "й" typed as "и" + U+0306 becomes one letter);
  //  - every quotation mark made « or » ("…", “…”, „…“ and ‟…″ included; a straight or
  //    ambiguous mark opens after a space or an opening bracket and closes otherwise);
  //  - no-break, thin and other Unicode spaces, tabs and stray control characters made ' ';
  //  - soft hyphens, zero-width characters and word joiners dropped;
  //  - non-breaking and Unicode hyphens made '-'; dashes (– —) kept as they are;
  //  - the Latin schwa Ə ə made the Kazakh Cyrillic Ә ә, and a Latin i between Cyrillic letters the
  //    Kazakh і, the two substitutions Kazakh typists make;
  //  - Kazakh written in a Latin alphabet (2017, 2018 or 2021) made Kazakh Cyrillic, line by line
  //    where the evidence says the line is Latin Kazakh and not English or a Cyrillic text with
  //    Latin names; links, addresses, hashtags and brand names in it stay Latin. Every rule, and
  //    what a line must show, is in latin_kazakh.h. Each Cyrillic letter maps to the Latin
  //    letter, digraph or letter and apostrophe it was read from.
  // ё is kept: matching reads it as е (the token's folded form), names keep their spelling.
  std::string text;
  OffsetMap map;  // text -> input
  bool from_markup = false;
  bool transliterated = false;  // some Latin Kazakh was made Cyrillic
};

// Errors: kTooLarge past kMaxInputBytes; kUnsupported for binary data (NUL bytes, control
// characters); kInvalid for text that is not UTF-8, naming the byte offset and, when the bytes read
// as Cyrillic in one, the legacy encoding it was saved in (Windows-1251 or KZ-1048,
// legacy_encoding.h). Empty input is not an error: it normalizes to empty text.
Result<NormalizedText> Normalize(std::string_view input);

}  // namespace kenes::extract
