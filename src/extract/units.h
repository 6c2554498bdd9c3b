// Offsets into text come in two units that must never be mixed: bytes of UTF-8 (what spans
// reported to users and every std::string_view index are) and characters, i.e. code points (what
// a person counts, and what a front end converts to its own units). Each is its own type, as in
// Kakoune's units.hh, so passing one where the other is expected does not compile.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kenes::extract {

template <class Tag>
class Offset {
 public:
  constexpr Offset() = default;
  constexpr explicit Offset(std::size_t value) : value_(static_cast<std::uint32_t>(value)) {}

  constexpr std::size_t value() const { return value_; }
  constexpr auto operator<=>(const Offset&) const = default;

  constexpr Offset operator+(std::size_t n) const { return Offset(value_ + n); }
  constexpr Offset operator-(std::size_t n) const { return Offset(value_ - n); }
  constexpr std::size_t operator-(Offset other) const { return value_ - other.value_; }

 private:
  // 32 bits: inputs are capped far below 4 GiB (kMaxInputBytes), and half-size offsets keep the
  // per-byte offset maps small.
  std::uint32_t value_ = 0;
};

struct ByteTag {};
struct CharTag {};
using ByteOffset = Offset<ByteTag>;  // bytes of UTF-8
using CharOffset = Offset<CharTag>;  // Unicode code points

// A half-open range [begin, end) of bytes.
struct ByteSpan {
  ByteOffset begin;
  ByteOffset end;

  constexpr std::size_t size() const { return end - begin; }
  constexpr bool empty() const { return begin == end; }
  constexpr bool Contains(ByteOffset at) const { return begin <= at && at < end; }
  constexpr bool operator==(const ByteSpan&) const = default;

  std::string_view In(std::string_view text) const {
    return text.substr(begin.value(), end - begin);
  }
};

// The smallest span covering both.
constexpr ByteSpan Cover(ByteSpan a, ByteSpan b) {
  return ByteSpan{a.begin < b.begin ? a.begin : b.begin, a.end < b.end ? b.end : a.end};
}

// The character offset of byte offset `at` in `text`: the number of code points that start
// before it. A byte inside a code point counts that code point as started.
// REQUIRES: at <= text.size()
CharOffset ToCharOffset(std::string_view text, ByteOffset at);

}  // namespace kenes::extract
