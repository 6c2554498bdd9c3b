// Where each byte of a rewritten text came from in the text it was rewritten from. Markup
// stripping and normalization both rewrite the input (entities decoded, quotes unified, marks
// composed); every span the extractor reports is mapped back through this so that it points into
// the input as the user gave it.
//
// The map is a list of pieces, each a run of the rewritten text and the source run it came from:
// a copied run maps byte for byte, a rewritten one (a decoded entity, a unified quote) maps as a
// whole. Most of a press release is copied, so a map is a few pieces per rewritten character,
// not a few bytes per byte. Latin-script Kazakh made Cyrillic is rewritten letter by letter, a
// piece for each (ш from "ş", "sh" or "s'"), so that a span of it still starts and ends on the
// Latin letters it covers.
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

  // Appends `bytes` to `out` as a copy of source bytes [source_begin, source_begin + size).
  void Copy(std::string& out, std::string_view bytes, std::size_t source_begin);
  // Appends `bytes` to `out` as the rewriting of source bytes [source_begin, source_end) as a
  // whole. An empty source range marks text the rewriting inserted (a line break for a <p>).
  void Emit(std::string& out, std::string_view bytes, std::size_t source_begin,
            std::size_t source_end);
  // Drops what was emitted past `size` bytes of `out`, to re-emit it differently.
  void Truncate(std::string& out, std::size_t size);
  // Ends the map; `source_size` is the length of the source text.
  void Finish(std::size_t source_size);

  // The source bytes a span of the rewritten text came from. A span that starts or ends inside a
  // rewritten run covers the whole of that run's source.
  // REQUIRES: Finish was called; span.end <= the rewritten size.
  ByteSpan ToSource(ByteSpan span) const;

  // This map followed by `inner`, which maps this map's source to its own source.
  OffsetMap ComposedWith(const OffsetMap& inner) const;

 private:
  struct Piece {
    std::uint32_t out_begin;
    std::uint32_t out_end;
    std::uint32_t source_begin;
    std::uint32_t source_end;
    bool copied;  // byte for byte
  };
  void Add(Piece piece);
  // The piece holding rewritten byte `at`; the last piece for the end of the text.
  const Piece& PieceAt(std::size_t at) const;

  std::vector<Piece> pieces_;
  std::uint32_t out_size_ = 0;
  std::uint32_t source_size_ = 0;
};

}  // namespace kenes::extract
