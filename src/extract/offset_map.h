// Where each byte of a rewritten text came from in the text it was rewritten from. Markup
// stripping and normalization both rewrite the input (entities decoded, quotes unified, marks
// composed); every span the extractor reports is mapped back through this so that it points into
// the input as the user gave it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/units.h"

namespace kenes::extract {

class OffsetMap {
 public:
  OffsetMap() = default;

  // Appends `bytes` to `out` as the rewriting of source bytes [source_begin, source_end). An
  // empty source range marks text the rewriting inserted (a line break for a <p> tag).
  void Emit(std::string& out, std::string_view bytes, std::size_t source_begin,
            std::size_t source_end);
  // Drops what was emitted past `size` bytes of `out`, to re-emit it differently.
  void Truncate(std::string& out, std::size_t size);
  // Ends the map; `source_size` is the length of the source text.
  void Finish(std::size_t source_size);

  // The source bytes a span of the rewritten text came from. A span that starts inside a
  // rewritten character starts where that character's source starts, and likewise for its end.
  // REQUIRES: Finish was called; span.end <= the rewritten size.
  ByteSpan ToSource(ByteSpan span) const;

  // This map followed by `inner`, which maps this map's source to its own source.
  OffsetMap ComposedWith(const OffsetMap& inner) const;

  std::size_t size() const { return begin_.empty() ? 0 : begin_.size() - 1; }

 private:
  // For byte i of the rewritten text, the source range of the character it belongs to;
  // begin_ has one more element, the source size, so an empty span at the end maps too.
  std::vector<std::uint32_t> begin_;
  std::vector<std::uint32_t> end_;
};

}  // namespace kenes::extract
