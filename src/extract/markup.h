// Press releases are often pasted from a web page as HTML. This turns markup into the text a
// reader sees — tags dropped, block elements made line breaks, entities decoded, scripts and
// styles skipped — and keeps a map back to the markup, so that spans still point into the input
// as given.
#pragma once

#include <string>
#include <string_view>

#include "extract/offset_map.h"

namespace kenes::extract {

// True when `text` is HTML rather than plain text: it opens with a tag, or carries at least two
// tags of elements press pages are made of. A stray "<" in prose ("<5 %") does not count.
bool LooksLikeMarkup(std::string_view text);

struct CleanText {
  std::string text;
  OffsetMap map;  // text -> markup
};

// REQUIRES: `markup` is valid UTF-8.
CleanText StripMarkup(std::string_view markup);

}  // namespace kenes::extract
