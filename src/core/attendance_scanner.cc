#include "core/attendance_scanner.h"

#include "core/attendance.h"
#include "core/utf8.h"

namespace kenes {
namespace {

namespace nw = number_words;
using nw::KazakhCase;
using nw::NumberWord;

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

bool IsDash(char32_t c) {
  // Hyphen-minus, hyphen, figure dash, en dash, em dash, minus sign: all are typed between the two
  // ends of a range.
  return c == '-' || (c >= 0x2010 && c <= 0x2014) || c == 0x2212;
}

// A space that may group digits by thousands: "1 500", "1 500", "1 500".
bool IsGroupSpace(char32_t c) { return c == ' ' || c == 0xA0 || c == 0x202F || c == 0x2009; }

char32_t PeekCodePoint(std::string_view text, std::size_t pos) { return utf8::Decode(text, pos); }

// The end of the run of letters starting at `pos`.
std::size_t LetterRunEnd(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    std::size_t next = pos;
    if (!utf8::IsLetter(utf8::Decode(text, next))) break;
    pos = next;
  }
  return pos;
}

}  // namespace

Token Scanner::Next(std::size_t pos) const {
  Token token;
  while (pos < text_.size()) {
    std::size_t next = pos;
    if (!utf8::IsSpace(utf8::Decode(text_, next))) break;
    pos = next;
    token.spaced = true;
  }
  token.begin = token.end = pos;
  if (pos >= text_.size()) return token;
  if (IsAsciiDigit(text_[pos])) {
    ScanNumber(token);
    return token;
  }
  std::size_t next = pos;
  const char32_t c = utf8::Decode(text_, next);
  token.end = next;
  if (utf8::IsLetter(c)) {
    ScanWord(token);
  } else if (IsDash(c)) {
    token.kind = TokenKind::kDash;
  } else if (c == '+') {
    token.kind = TokenKind::kPlus;
  } else if (c == '%') {
    token.kind = TokenKind::kPercent;
  } else {
    token.kind = TokenKind::kOther;
  }
  return token;
}

bool Scanner::DigitAt(std::size_t pos) const {
  return pos < text_.size() && IsAsciiDigit(text_[pos]);
}

void Scanner::ScanWord(Token& token) const {
  token.kind = TokenKind::kWord;
  std::size_t end = LetterRunEnd(text_, token.begin);
  // A hyphen joins letters into one word ("где-то"); a word not known with its hyphen is read
  // up to the hyphen, so "двести-триста" is a range of two words.
  std::size_t joined = end;
  while (joined + 1 < text_.size() && text_[joined] == '-' &&
         utf8::IsLetter(PeekCodePoint(text_, joined + 1))) {
    joined = LetterRunEnd(text_, joined + 1);
  }
  if (joined != end) {
    token.folded = nw::FoldWord(text_.substr(token.begin, joined - token.begin));
    token.entry = token.folded.complete() ? nw::Find(token.folded.view()) : nullptr;
    if (token.entry != nullptr) end = joined;
  }
  if (token.entry == nullptr) {
    token.folded = nw::FoldWord(text_.substr(token.begin, end - token.begin));
    if (token.folded.complete()) {
      token.entry = nw::Find(token.folded.view());
      if (token.entry == nullptr) {
        const nw::CaseForm form = nw::FindKazakhCaseForm(token.folded.view());
        token.entry = form.word;
        token.kazakh_case = form.grammatical_case;
      }
    }
  }
  // "тыс." and "млн.": the dot belongs to the abbreviation.
  if (token.entry != nullptr && token.entry->form == nw::Form::kAbbreviation &&
      end < text_.size() && text_[end] == '.') {
    ++end;
  }
  token.end = end;
}

void Scanner::ScanNumber(Token& token) const {
  token.kind = TokenKind::kNumber;
  // Past kMaxAttendanceFigure the digits are only skipped: the figure is refused as too large
  // anyway, and the cap keeps the mantissa below 10^14 and every later product within 64 bits.
  constexpr std::int64_t kCap = kMaxAttendanceFigure;
  std::int64_t whole = 0;
  const auto accumulate = [&](char digit) {
    if (whole <= kCap) whole = whole * 10 + (digit - '0');
  };
  std::size_t pos = token.begin;
  while (DigitAt(pos)) accumulate(text_[pos++]);
  // Thousands grouped by a single space: "1 500", "12 000 000". The first group has at most 3
  // digits so "в 2026 300" stays two numbers.
  if (pos - token.begin <= 3) {
    while (pos < text_.size()) {
      std::size_t after_space = pos;
      if (!IsGroupSpace(utf8::Decode(text_, after_space))) break;
      if (!(DigitAt(after_space) && DigitAt(after_space + 1) && DigitAt(after_space + 2) &&
            !DigitAt(after_space + 3))) {
        break;
      }
      for (std::size_t i = 0; i < 3; ++i) accumulate(text_[after_space + i]);
      pos = after_space + 3;
    }
  }
  token.mantissa = whole;
  // A decimal comma or point only when a digit follows at once: "1,5 тыс." is one and a half
  // thousand, "300, а также" is 300 and a comma.
  if (pos + 1 < text_.size() && (text_[pos] == ',' || text_[pos] == '.') && DigitAt(pos + 1)) {
    std::size_t fraction_end = pos + 1;
    while (DigitAt(fraction_end)) ++fraction_end;
    const std::size_t digits = fraction_end - pos - 1;
    if (digits > 3) {
      token.junk = NumberJunk::kNotACount;
    } else {
      for (std::size_t i = pos + 1; i < fraction_end; ++i) {
        token.mantissa = token.mantissa * 10 + (text_[i] - '0');
        token.scale *= 10;
      }
    }
    pos = fraction_end;
  }
  token.end = pos;
  if (pos >= text_.size()) return;
  const char c = text_[pos];
  if ((c == '.' || c == ',' || c == ':' || c == '/') && DigitAt(pos + 1)) {
    // "12.02.2026", "10:00", "1/2", "1,2,3": a date, a time or a code, not a count.
    std::size_t junk_end = pos;
    while (junk_end < text_.size() &&
           (IsAsciiDigit(text_[junk_end]) || text_[junk_end] == '.' || text_[junk_end] == ',' ||
            text_[junk_end] == ':' || text_[junk_end] == '/')) {
      ++junk_end;
    }
    token.junk = NumberJunk::kNotACount;
    token.end = junk_end;
    return;
  }
  if (c == '%') {
    token.junk = NumberJunk::kPercent;
    token.end = pos + 1;
    return;
  }
  if (c == '-' && pos + 1 < text_.size() && utf8::IsLetter(PeekCodePoint(text_, pos + 1))) {
    // "300-ден" is Kazakh "from 300"; "5-й", "2-х", "5-летний" are ordinals or inflected forms.
    const std::size_t word_end = LetterRunEnd(text_, pos + 1);
    const nw::FoldedWord ending = nw::FoldWord(text_.substr(pos + 1, word_end - pos - 1));
    token.kazakh_case = nw::KazakhCaseEnding(ending.view());
    if (token.kazakh_case == KazakhCase::kNone) token.junk = NumberJunk::kAttached;
    token.end = word_end;
    return;
  }
  std::size_t after = pos;
  if (utf8::IsLetter(utf8::Decode(text_, after))) {
    // "5млн", "2тыс." are written without a space; "300abc" is a code, not a count.
    const std::size_t word_end = LetterRunEnd(text_, pos);
    const nw::FoldedWord word = nw::FoldWord(text_.substr(pos, word_end - pos));
    const NumberWord* entry = word.complete() ? nw::Find(word.view()) : nullptr;
    if (entry == nullptr || entry->kind != nw::Kind::kMultiplier) {
      token.junk = NumberJunk::kAttached;
      token.end = word_end;
    }
  }
}

}  // namespace kenes
