#include "extract/offset_map.h"

#include <algorithm>

namespace kenes::extract {

void OffsetMap::Add(Piece piece) {
  if (piece.out_begin == piece.out_end) return;
  // A copy that goes on where the last copy ended extends it.
  if (!pieces_.empty() && piece.copied) {
    Piece& last = pieces_.back();
    if (last.copied && last.out_end == piece.out_begin && last.source_end == piece.source_begin) {
      last.out_end = piece.out_end;
      last.source_end = piece.source_end;
      return;
    }
  }
  pieces_.push_back(piece);
}

void OffsetMap::Copy(std::string& out, std::string_view bytes, std::size_t source_begin) {
  const auto begin = static_cast<std::uint32_t>(out.size());
  out.append(bytes);
  Add(Piece{begin, static_cast<std::uint32_t>(out.size()), static_cast<std::uint32_t>(source_begin),
            static_cast<std::uint32_t>(source_begin + bytes.size()), true});
  out_size_ = static_cast<std::uint32_t>(out.size());
}

void OffsetMap::Emit(std::string& out, std::string_view bytes, std::size_t source_begin,
                     std::size_t source_end) {
  const auto begin = static_cast<std::uint32_t>(out.size());
  out.append(bytes);
  Add(Piece{begin, static_cast<std::uint32_t>(out.size()), static_cast<std::uint32_t>(source_begin),
            static_cast<std::uint32_t>(source_end), false});
  out_size_ = static_cast<std::uint32_t>(out.size());
}

void OffsetMap::Truncate(std::string& out, std::size_t size) {
  out.resize(size);
  while (!pieces_.empty() && pieces_.back().out_begin >= size) pieces_.pop_back();
  if (!pieces_.empty() && pieces_.back().out_end > size) {
    Piece& last = pieces_.back();
    // Only a copied piece can be cut inside: a rewritten one is emitted whole.
    last.source_end -= last.out_end - static_cast<std::uint32_t>(size);
    last.out_end = static_cast<std::uint32_t>(size);
  }
  out_size_ = static_cast<std::uint32_t>(size);
}

void OffsetMap::Finish(std::size_t source_size) {
  source_size_ = static_cast<std::uint32_t>(source_size);
}

const OffsetMap::Piece& OffsetMap::PieceAt(std::size_t at) const {
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), at,
                             [](std::size_t value, const Piece& p) { return value < p.out_end; });
  if (it == pieces_.end()) --it;
  return *it;
}

ByteSpan OffsetMap::ToSource(ByteSpan span) const {
  if (pieces_.empty()) {
    const auto at = std::min<std::size_t>(span.begin.value(), source_size_);
    return ByteSpan{ByteOffset(at), ByteOffset(at)};
  }
  if (span.begin.value() >= out_size_) {
    return ByteSpan{ByteOffset(source_size_), ByteOffset(source_size_)};
  }
  const Piece& first = PieceAt(span.begin.value());
  const std::uint32_t begin = first.copied
                                  ? first.source_begin + (span.begin.value() - first.out_begin)
                                  : first.source_begin;
  if (span.empty()) return ByteSpan{ByteOffset(begin), ByteOffset(begin)};
  const Piece& last = PieceAt(span.end.value() - 1);
  const std::uint32_t end =
      last.copied ? last.source_begin + (span.end.value() - last.out_begin) : last.source_end;
  return ByteSpan{ByteOffset(begin), ByteOffset(std::max(begin, end))};
}

OffsetMap OffsetMap::ComposedWith(const OffsetMap& inner) const {
  OffsetMap composed;
  composed.out_size_ = out_size_;
  composed.source_size_ = inner.source_size_;
  for (const Piece& piece : pieces_) {
    if (!piece.copied) {
      const ByteSpan source =
          inner.ToSource(ByteSpan{ByteOffset(piece.source_begin), ByteOffset(piece.source_end)});
      composed.Add(Piece{piece.out_begin, piece.out_end,
                         static_cast<std::uint32_t>(source.begin.value()),
                         static_cast<std::uint32_t>(source.end.value()), false});
      continue;
    }
    // A copied run maps through every inner piece it overlaps.
    std::uint32_t at = piece.source_begin;
    while (at < piece.source_end) {
      const Piece& under = inner.PieceAt(at);
      const std::uint32_t until = std::min(piece.source_end, under.out_end);
      const std::uint32_t out = piece.out_begin + (at - piece.source_begin);
      const std::uint32_t out_end = piece.out_begin + (until - piece.source_begin);
      if (under.copied) {
        const std::uint32_t source = under.source_begin + (at - under.out_begin);
        composed.Add(Piece{out, out_end, source, source + (until - at), true});
      } else {
        composed.Add(Piece{out, out_end, under.source_begin, under.source_end, false});
      }
      if (until <= at) break;  // an inner map that does not cover its own output
      at = until;
    }
  }
  return composed;
}

}  // namespace kenes::extract
