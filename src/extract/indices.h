// Positions in a tokenized text come in two kinds that must never be mixed: the index of a token
// and the index of a sentence. Both used to be bare integers, and a sentence's number passed
// where a token's was expected compiled and read the wrong word. Each is now its own type, as
// byte and character offsets are (units.h): built explicitly from a number, compared with its
// own kind, moved by a count of tokens (or sentences), and subtracted from its own kind to give
// a count. A vector with one item per token (or per sentence) is indexed by that type alone.
#pragma once

#include <algorithm>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace kenes::extract {

template <class Tag>
class Index {
 public:
  constexpr Index() = default;
  constexpr explicit Index(std::size_t value) : value_(static_cast<std::uint32_t>(value)) {}

  constexpr std::size_t value() const { return value_; }
  // The text's first token (or sentence): there is none before it.
  constexpr bool IsFirst() const { return value_ == 0; }
  constexpr auto operator<=>(const Index&) const = default;

  // Moving by a count. Like the unsigned numbers they replace, an index moved before 0 wraps to
  // one past every text (kNoToken), which every bounds check rejects.
  constexpr Index operator+(std::size_t n) const { return Index(value_ + n); }
  constexpr Index operator-(std::size_t n) const { return Index(value_ - n); }
  constexpr Index& operator+=(std::size_t n) { return *this = *this + n; }
  constexpr Index& operator-=(std::size_t n) { return *this = *this - n; }
  constexpr Index& operator++() { return *this += 1; }
  constexpr Index& operator--() { return *this -= 1; }
  constexpr Index operator++(int) {
    const Index before = *this;
    ++*this;
    return before;
  }
  constexpr Index operator--(int) {
    const Index before = *this;
    --*this;
    return before;
  }
  // How many tokens (or sentences) from `other` to this one.
  // REQUIRES: other <= *this
  constexpr std::size_t operator-(Index other) const { return value_ - other.value_; }

 private:
  // 32 bits, as byte offsets (units.h): inputs are capped far below 4 G tokens.
  std::uint32_t value_ = 0;
};

struct TokenTag {};
struct SentenceTag {};
using TokenIndex = Index<TokenTag>;        // a token of a TokenizedText
using SentenceIndex = Index<SentenceTag>;  // a sentence of a SegmentedText

// No token: one past any text's last, so that a bounds check rejects it.
inline constexpr TokenIndex kNoToken{0xFFFFFFFF};

// A vector with an item per token (or per sentence), indexed by that kind of index only.
template <class Key, class T>
class IndexedVector {
 public:
  IndexedVector() = default;

  void assign(std::size_t size, const T& value) { items_.assign(size, value); }
  void resize(std::size_t size) { items_.resize(size); }
  void push_back(T value) { items_.push_back(std::move(value)); }
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }

  T& operator[](Key key) { return items_[key.value()]; }
  const T& operator[](Key key) const { return items_[key.value()]; }

  // Sets the items of [first, end) to `value`.
  // REQUIRES: first <= end <= Key(size())
  void Fill(Key first, Key end, const T& value) {
    std::fill(items_.begin() + first.value(), items_.begin() + end.value(), value);
  }
  // Whether some item of [first, end) is not T{}.
  // REQUIRES: first <= end <= Key(size())
  bool AnyIn(Key first, Key end) const {
    return std::any_of(items_.begin() + first.value(), items_.begin() + end.value(),
                       [](const T& item) { return item != T{}; });
  }

  auto begin() { return items_.begin(); }
  auto end() { return items_.end(); }
  auto begin() const { return items_.begin(); }
  auto end() const { return items_.end(); }
  const std::vector<T>& items() const { return items_; }

 private:
  std::vector<T> items_;
};

template <class T>
using PerToken = IndexedVector<TokenIndex, T>;
template <class T>
using PerSentence = IndexedVector<SentenceIndex, T>;

}  // namespace kenes::extract
