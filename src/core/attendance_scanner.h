// The tokens of an attendance phrase: numbers ("1 500", "1,5", "300-ден"), words looked up in the
// number word table, dashes, "+" and "%". The phrase parser (attendance_parser.cc) reads them on
// demand from byte offsets, so backtracking is re-reading from an earlier offset; a Token lives on
// the stack and scanning one never touches the heap.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/number_words.h"

namespace kenes {

enum class TokenKind : std::uint8_t { kEnd, kNumber, kWord, kDash, kPlus, kPercent, kOther };

// Why digits cannot be a count, decided while scanning them.
enum class NumberJunk : std::uint8_t {
  kNone,
  kNotACount,  // "12.02.2026", "10:00", "1/2", "3,14159": a date, a time, a code
  kPercent,    // "300%"
  kAttached,   // "300abc", "5-й", "2-х": letters glued to the digits
};

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::size_t begin = 0;  // after the white space that precedes it
  std::size_t end = 0;    // past the token; past the dot of "тыс." and "млн."
  bool spaced = false;    // white space came before it
  // kNumber: the value is mantissa / scale, scale 1, 10, 100 or 1000 for a decimal fraction.
  std::int64_t mantissa = 0;
  std::int64_t scale = 1;
  NumberJunk junk = NumberJunk::kNone;
  // kWord: the folded word and its table entry, nullptr for a word not in the table.
  number_words::FoldedWord folded;
  const number_words::NumberWord* entry = nullptr;
  // A Kazakh case ending, on a word ("мыңнан") or after digits and a hyphen ("300-ден").
  number_words::KazakhCase kazakh_case = number_words::KazakhCase::kNone;

  bool IsWord(std::string_view word) const {
    return kind == TokenKind::kWord && folded.complete() && folded.view() == word;
  }
  bool IsEntry(number_words::Kind entry_kind) const {
    return kind == TokenKind::kWord && entry != nullptr && entry->kind == entry_kind;
  }
};

// Splits a borrowed text into tokens. Reads nothing outside `text`, whatever its bytes.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  // The token after `pos`, white space (no-break spaces included) skipped; kEnd at the end.
  Token Next(std::size_t pos) const;

 private:
  bool DigitAt(std::size_t pos) const;
  void ScanWord(Token& token) const;
  void ScanNumber(Token& token) const;

  std::string_view text_;
};

}  // namespace kenes
