// The second stage: normalized text becomes tokens — words (Kazakh letters and inner hyphens
// kept inside them: "Қаратал", "премьер-министра", "р-н"), numbers, quotation marks, dashes and
// other punctuation — each with its byte span and, for words, a folded form (lower case, ё read
// as е) that every lexicon is matched against. Line and paragraph breaks are kept as flags on the
// token that follows them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/indices.h"
#include "extract/normalize.h"
#include "extract/units.h"

namespace kenes::extract {

enum class TokenKind : std::uint8_t {
  kWord,        // letters, digits inside ("IT", "COVID-19")
  kNumber,      // digits, with a case suffix kept on it ("5-ти")
  kOpenQuote,   // «
  kCloseQuote,  // »
  kDash,        // – — and a '-' standing between spaces
  kPunct,       // . , : ; ! ? … ( ) and the rest
};

enum TokenFlag : std::uint8_t {
  kSpaceBefore = 1 << 0,      // white space between this token and the previous one
  kLineBefore = 1 << 1,       // a line break before it
  kParagraphBefore = 1 << 2,  // an empty line (or more) before it
  kCapitalized = 1 << 3,      // a word whose first letter is upper case
  kAllCaps = 1 << 4,          // a word of two or more letters, all upper case ("РК", "ТОО")
  kLatin = 1 << 5,            // a word with a Latin letter ("Qarmet")
  kJoined = 1 << 6,           // a word with an inner hyphen or apostrophe ("р-н", "О'Нил")
};

struct Token {
  ByteSpan span;                 // in the normalized text
  std::uint32_t fold_begin = 0;  // folded form: TokenizedText::folds.substr(fold_begin, fold_size)
  std::uint32_t fold_size = 0;
  TokenKind kind = TokenKind::kPunct;
  std::uint8_t flags = 0;

  bool Has(TokenFlag flag) const { return (flags & flag) != 0; }
  bool IsWord() const { return kind == TokenKind::kWord; }
};

struct TokenizedText {
  NormalizedText normalized;
  std::vector<Token> tokens;
  std::string folds;  // the folded forms of all tokens, back to back

  std::string_view text() const { return normalized.text; }
  std::string_view Surface(const Token& token) const { return token.span.In(normalized.text); }
  std::string_view Fold(const Token& token) const {
    return std::string_view(folds).substr(token.fold_begin, token.fold_size);
  }
  std::string_view Fold(TokenIndex index) const { return Fold(at(index)); }
  const Token& at(TokenIndex index) const { return tokens[index.value()]; }
  TokenIndex TokenEnd() const { return TokenIndex(tokens.size()); }
};

TokenizedText Tokenize(NormalizedText normalized);

}  // namespace kenes::extract
