#include "extract/tokenize.h"

#include "core/utf8.h"

namespace kenes::extract {
namespace {

// The tokenizer touches every byte; these inline the common cases of core/utf8 (ASCII and
// two-byte Cyrillic) and fall back to it for the rest.
inline char32_t DecodeAt(std::string_view text, std::size_t& pos) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) {
    ++pos;
    return b0;
  }
  if ((b0 & 0xE0) == 0xC0 && b0 >= 0xC2 && pos + 1 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[pos + 1]);
    if ((b1 & 0xC0) == 0x80) {
      pos += 2;
      return static_cast<char32_t>(((b0 & 0x1F) << 6) | (b1 & 0x3F));
    }
  }
  return utf8::Decode(text, pos);
}

inline char32_t Lower(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 0x20 : c;
  if (c >= 0x0410 && c <= 0x042F) return c + 0x20;
  if (c >= 0x0430 && c <= 0x044F) return c;
  return utf8::ToLower(c);
}

inline bool IsLetterFast(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c >= 0x0410 && c <= 0x044F) return true;
  return utf8::IsLetter(c);
}

inline void AppendFast(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    const char bytes[2] = {static_cast<char>(0xC0 | (c >> 6)),
                           static_cast<char>(0x80 | (c & 0x3F))};
    out.append(bytes, 2);
  } else {
    utf8::Append(out, c);
  }
}

bool IsLowerLetter(char32_t c) { return Lower(c) == c && c != 0x0130; }

bool IsDash(char32_t c) {
  return c == 0x2013 || c == 0x2014 || c == 0x2012 || c == 0x2015 || c == 0x2212;
}

bool IsWordChar(char32_t c) { return IsLetterFast(c) || (c >= '0' && c <= '9'); }

class Tokenizer {
 public:
  explicit Tokenizer(TokenizedText& result) : result_(result), text_(result.normalized.text) {
    result_.tokens.reserve(text_.size() / 5);
    result_.folds.reserve(text_.size());
  }

  void Run() {
    std::size_t pos = 0;
    std::uint8_t pending = 0;
    int newlines = 0;
    while (pos < text_.size()) {
      std::size_t next = pos;
      const char32_t c = DecodeAt(text_, next);
      if (c == '\n') {
        ++newlines;
        pending |= kSpaceBefore | kLineBefore;
        if (newlines >= 2) pending |= kParagraphBefore;
        pos = next;
        continue;
      }
      if (c == ' ') {
        pending |= kSpaceBefore;
        pos = next;
        continue;
      }
      newlines = 0;
      if (IsWordChar(c)) {
        pos = Word(pos, pending);
      } else {
        pos = Mark(c, pos, next, pending);
      }
      pending = 0;
    }
  }

 private:
  // A word or number: letters and digits, joined across a hyphen or an apostrophe that has word
  // characters on both sides ("р-н", "Бухар-Жырауского", "5-ти").
  std::size_t Word(std::size_t pos, std::uint8_t flags) {
    const std::size_t begin = pos;
    const std::uint32_t fold_begin = static_cast<std::uint32_t>(result_.folds.size());
    bool first = true, all_caps = true, latin = false, digits_only = true;
    int letters = 0;
    while (pos < text_.size()) {
      std::size_t next = pos;
      char32_t c = DecodeAt(text_, next);
      if (c == '-' || c == '\'' || c == 0x2019) {
        std::size_t after = next;
        if (after >= text_.size() || !IsWordChar(DecodeAt(text_, after))) break;
        // "5-ти" stays a number; "2024-2025" is two numbers and a hyphen.
        if (digits_only && after > next && utf8::IsDigit(PeekAt(next))) break;
        result_.folds += static_cast<char>(c == '-' ? '-' : '\'');
        flags |= kJoined;
        pos = next;
        continue;
      }
      if (!IsWordChar(c)) break;
      if (IsLetterFast(c)) {
        ++letters;
        if (first) flags |= IsLowerLetter(c) ? 0 : kCapitalized;
        if (IsLowerLetter(c)) all_caps = false;
        if (c < 0x250) latin = latin || (c >= 'A' && c <= 'z') || c >= 0xC0;
        if (!(c >= '0' && c <= '9')) digits_only = false;
      }
      first = false;
      char32_t folded = Lower(c);
      if (folded == 0x0451) folded = 0x0435;  // ё is matched as е
      AppendFast(result_.folds, folded);
      pos = next;
    }
    if (all_caps && letters >= 2) flags |= kAllCaps;
    if (latin) flags |= kLatin;
    Token token;
    token.span = ByteSpan{ByteOffset(begin), ByteOffset(pos)};
    token.fold_begin = fold_begin;
    token.fold_size = static_cast<std::uint32_t>(result_.folds.size() - fold_begin);
    token.kind = utf8::IsDigit(PeekAt(begin)) ? TokenKind::kNumber : TokenKind::kWord;
    token.flags = flags;
    result_.tokens.push_back(token);
    return pos;
  }

  std::size_t Mark(char32_t c, std::size_t pos, std::size_t next, std::uint8_t flags) {
    TokenKind kind = TokenKind::kPunct;
    if (c == 0xAB) kind = TokenKind::kOpenQuote;
    if (c == 0xBB) kind = TokenKind::kCloseQuote;
    if (IsDash(c)) kind = TokenKind::kDash;
    // A hyphen with a space on its left is a dash ("», - сказал"); inside a word it never gets
    // here, and before a number it may be a minus, which press releases do not use.
    if (c == '-' && (flags & kSpaceBefore)) kind = TokenKind::kDash;
    // "..." is one mark, like "…".
    if (c == '.') {
      while (next < text_.size() && text_[next] == '.') ++next;
    }
    Token token;
    token.span = ByteSpan{ByteOffset(pos), ByteOffset(next)};
    token.fold_begin = static_cast<std::uint32_t>(result_.folds.size());
    result_.folds.append(text_.substr(pos, next - pos));
    token.fold_size = static_cast<std::uint32_t>(next - pos);
    token.kind = kind;
    token.flags = flags;
    result_.tokens.push_back(token);
    return next;
  }

  char32_t PeekAt(std::size_t pos) const {
    if (pos >= text_.size()) return 0;
    return DecodeAt(text_, pos);
  }

  TokenizedText& result_;
  std::string_view text_;
};

}  // namespace

TokenizedText Tokenize(NormalizedText normalized) {
  TokenizedText result;
  result.normalized = std::move(normalized);
  Tokenizer(result).Run();
  return result;
}

}  // namespace kenes::extract
