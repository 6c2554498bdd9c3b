#include "extract/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <optional>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "extract/latin_kazakh.h"
#include "extract/legacy_encoding.h"
#include "extract/markup.h"

namespace kenes::extract {
namespace {

constexpr char kOpenQuote[] = "\u00AB";
constexpr char kCloseQuote[] = "\u00BB";

bool IsCyrillicLetter(char32_t c) { return c >= 0x0400 && c <= 0x04FF; }

// Code points whose NFC form is themselves and that never combine with a neighbour: ASCII,
// Latin-1, Latin Extended and Cyrillic, which is nearly every character of a press release. Only
// the rest is looked up in ICU.
bool SurelyNfcStarter(char32_t c) { return c < 0x0300 || (c >= 0x0400 && c < 0x0483); }

bool IsNfcStarter(char32_t c) {
  if (SurelyNfcStarter(c)) return true;
  return u_getCombiningClass(static_cast<UChar32>(c)) == 0 &&
         u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_NFC_QUICK_CHECK) == UNORM_YES;
}

// A quotation mark whose direction is read from context ("…", “…”, and the closing “ of „…“).
bool IsAmbiguousQuote(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201F || c == 0x2033 || c == 0x201D;
}

class Normalizer {
 public:
  Normalizer(std::string_view source, NormalizedText& result)
      : source_(source),
        out_(result.text),
        map_(result.map),
        transliterated_(result.transliterated),
        latin_(FindLatinKazakh(source)) {
    out_.reserve(source.size() + source.size() / 8);
  }

  Status Run() {
    std::size_t pos = 0;
    if (source_.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
    while (pos < source_.size()) {
      if (InLatinKazakh(pos)) {
        if (const std::size_t end = TransliterateAt(pos); end > pos) {
          pos = end;
          continue;
        }
      } else if (const std::size_t run = CopiedRun(pos); run > pos) {
        // Most of a press release is copied as it is: a run of such characters goes in one piece.
        map_.Copy(out_, source_.substr(pos, run - pos), pos);
        const std::size_t last =
            static_cast<unsigned char>(source_[run - 1]) < 0x80 ? run - 1 : run - 2;
        starter_out_ = out_.size() - (run - last);
        starter_source_ = last;
        std::size_t at = last;
        previous_ = utf8::Decode(source_, at);
        pos = run;
        continue;
      }
      std::size_t next = pos;
      const char32_t c = utf8::Decode(source_, next);
      if (!SurelyNfcStarter(c) && !IsNfcStarter(c)) {
        KENES_ASSIGN(pos, ComposeSegment(pos, next));
        continue;
      }
      MarkStarter(pos);
      Rewrite(c, pos, next);
      pos = next;
    }
    map_.Finish(source_.size());
    return Ok();
  }

 private:
  // The end of the run of characters from `pos` that normalization leaves as they are and that
  // compose with nothing: ASCII letters, digits and punctuation but the straight quote, and
  // the Cyrillic letters (Kazakh ones included).
  std::size_t CopiedRun(std::size_t pos) const {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(source_[i]); };
    // A run stops where a Latin Kazakh line begins: its letters are read one word at a time.
    const std::size_t limit =
        next_line_ < latin_.size() ? latin_[next_line_].begin : source_.size();
    std::size_t run = pos;
    while (run < limit) {
      const unsigned char b = byte(run);
      if (b >= 0x20 && b < 0x7F && b != '"') {
        // A Latin i after a Cyrillic letter may be a Kazakh і: the slow path decides.
        if ((b == 'i' || b == 'I') && run >= 2 && byte(run - 2) >= 0xD0 && byte(run - 2) <= 0xD3) {
          break;
        }
        ++run;
        continue;
      }
      if (run + 1 >= limit || (byte(run + 1) & 0xC0) != 0x80) break;
      const unsigned char next = byte(run + 1);
      // U+0400..U+04FF but the combining marks U+0483..U+0489.
      if (b == 0xD0 || b == 0xD1 || b == 0xD3 || (b == 0xD2 && (next < 0x83 || next > 0x89))) {
        run += 2;
        continue;
      }
      break;
    }
    return run;
  }

  // Whether `pos` is in a line of Latin-script Kazakh; moves past the lines before it.
  bool InLatinKazakh(std::size_t pos) {
    while (next_line_ < latin_.size() && latin_[next_line_].end <= pos) ++next_line_;
    return next_line_ < latin_.size() && pos >= latin_[next_line_].begin;
  }

  // In a Latin Kazakh line: a word that starts at `pos` is emitted in Cyrillic, letter by letter,
  // each mapped to the Latin bytes it was read from. Returns where the word ends, or `pos` when
  // nothing was emitted (not a word, or Latin that stays: the ordinary path copies it).
  std::size_t TransliterateAt(std::size_t pos) {
    if (pos < keep_latin_until_ || !StartsLatinLetter(source_, pos)) return pos;
    const std::size_t end = TransliterateWord(source_, pos, latin_[next_line_].spelling, letters_);
    if (letters_.empty()) {
      keep_latin_until_ = end;
      return pos;
    }
    for (const CyrillicLetter& letter : letters_) {
      MarkStarter(letter.begin);
      EmitCodePoint(letter.letter, letter.begin, letter.end);
    }
    transliterated_ = true;
    return end;
  }

  void MarkStarter(std::size_t pos) {
    starter_out_ = out_.size();
    starter_source_ = pos;
  }

  void EmitCodePoint(char32_t c, std::size_t begin, std::size_t end) {
    std::string bytes;
    utf8::Append(bytes, c);
    map_.Emit(out_, bytes, begin, end);
    previous_ = c;
  }

  void EmitQuote(bool open, std::size_t begin, std::size_t end) {
    map_.Emit(out_, open ? kOpenQuote : kCloseQuote, begin, end);
    previous_ = open ? 0xAB : 0xBB;
  }

  // Rewrites one code point that needs no composition.
  void Rewrite(char32_t c, std::size_t begin, std::size_t end) {
    if (c == '\r') {
      // CR LF is one line break; a lone CR (old Mac files) is one too.
      const bool crlf = end < source_.size() && source_[end] == '\n';
      map_.Emit(out_, "\n", begin, crlf ? end + 1 : end);
      previous_ = '\n';
      if (crlf) ++skip_;
      return;
    }
    if (skip_ > 0 && c == '\n') {
      --skip_;
      return;
    }
    if (c == '\n') {
      map_.Copy(out_, "\n", begin);
      previous_ = '\n';
      return;
    }
    if (c == 0x2028 || c == 0x2029 || c == 0x85) {
      map_.Emit(out_, "\n", begin, end);
      previous_ = '\n';
      return;
    }
    if (c == 0xAD || (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF ||
        (c >= 0x202A && c <= 0x202E)) {
      return;  // invisible: soft hyphen, zero-width characters, direction marks
    }
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || utf8::IsSpace(c)) {
      map_.Emit(out_, " ", begin, end);
      previous_ = ' ';
      return;
    }
    if (c == 0x2010 || c == 0x2011) {
      map_.Emit(out_, "-", begin, end);
      previous_ = '-';
      return;
    }
    if (c == 0xAB || c == 0x201E) return EmitQuote(true, begin, end);
    if (c == 0xBB) return EmitQuote(false, begin, end);
    if (IsAmbiguousQuote(c)) return EmitQuote(OpensHere(), begin, end);
    if (c == 0x018F || c == 0x0259) return EmitCodePoint(c == 0x018F ? 0x04D8 : 0x04D9, begin, end);
    if ((c == 'i' || c == 'I') && IsCyrillicLetter(previous_) && NextIsCyrillic(end)) {
      return EmitCodePoint(c == 'i' ? 0x0456 : 0x0406, begin, end);
    }
    map_.Copy(out_, source_.substr(begin, end - begin), begin);
    previous_ = c;
  }

  // A quote opens at the start, after white space, an opening bracket, a dash or another opening
  // quote ("Партия "AMANAT"" nests); anywhere else it closes.
  bool OpensHere() const {
    return out_.empty() || previous_ == ' ' || previous_ == '\n' || previous_ == '(' ||
           previous_ == '[' || previous_ == '{' || previous_ == 0xAB || previous_ == 0x2013 ||
           previous_ == 0x2014 || previous_ == '-' || previous_ == '/' || previous_ == ':';
  }

  bool NextIsCyrillic(std::size_t pos) const {
    if (pos >= source_.size()) return false;
    std::size_t next = pos;
    return IsCyrillicLetter(utf8::Decode(source_, next));
  }

  // A combining mark or a character that is not in NFC: re-emits everything from the last
  // starter to the next one through ICU's normalizer, mapped as one unit to its source.
  // Returns where to continue.
  Result<std::size_t> ComposeSegment(std::size_t pos, std::size_t next) {
    std::size_t segment_begin = starter_source_;
    std::size_t segment_out = starter_out_;
    if (segment_out == out_.size() || starter_source_ > pos) {
      // Nothing to compose with (a mark at the start, or after a dropped character).
      segment_begin = pos;
      segment_out = out_.size();
    }
    std::size_t segment_end = next;
    while (segment_end < source_.size()) {
      std::size_t after = segment_end;
      const char32_t c = utf8::Decode(source_, after);
      if (IsNfcStarter(c)) break;
      segment_end = after;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return Internal("ICU NFC normalizer unavailable");
    const icu::UnicodeString segment = icu::UnicodeString::fromUTF8(icu::StringPiece(
        source_.data() + segment_begin, static_cast<std::int32_t>(segment_end - segment_begin)));
    const icu::UnicodeString composed = nfc->normalize(segment, status);
    if (U_FAILURE(status)) return Internal("ICU NFC normalization failed");
    std::string bytes;
    composed.toUTF8String(bytes);
    map_.Truncate(out_, segment_out);
    map_.Emit(out_, bytes, segment_begin, segment_end);
    previous_ = composed.isEmpty() ? previous_ : static_cast<char32_t>(composed.char32At(0));
    // The composed segment is a starter for whatever follows.
    starter_out_ = segment_out;
    starter_source_ = segment_begin;
    return segment_end;
  }

  std::string_view source_;
  std::string& out_;
  OffsetMap& map_;
  bool& transliterated_;
  const std::vector<LatinKazakhLine> latin_;
  std::size_t next_line_ = 0;         // the first Latin Kazakh line not yet behind
  std::size_t keep_latin_until_ = 0;  // a link or a name in a Latin Kazakh line ends here
  std::vector<CyrillicLetter> letters_;
  char32_t previous_ = 0;
  int skip_ = 0;
  std::size_t starter_out_ = 0;
  std::size_t starter_source_ = 0;
};

Status CheckIsText(std::string_view input) {
  if (input.size() > kMaxInputBytes) {
    return Error{ErrorCode::kTooLarge,
                 "the text is " + std::to_string(input.size()) + " bytes; at most " +
                     std::to_string(kMaxInputBytes) + " bytes (2 MiB) are read at once",
                 "text"};
  }
  // One pass for both checks. ASCII and two-byte sequences (all of Cyrillic) are checked
  // inline; longer sequences go through utf8::Decode, which decides what is well formed.
  std::size_t controls = 0;
  std::optional<std::size_t> invalid;
  for (std::size_t pos = 0; pos < input.size();) {
    const auto byte = static_cast<unsigned char>(input[pos]);
    if (byte < 0x80) {
      if (byte == 0) {
        return Error{ErrorCode::kUnsupported,
                     "the input holds NUL bytes: it is a binary file, not text", "text"};
      }
      if ((byte < 0x20 && byte != '\n' && byte != '\r' && byte != '\t' && byte != '\f') ||
          byte == 0x7F) {
        ++controls;
      }
      ++pos;
      continue;
    }
    if (byte >= 0xC2 && byte <= 0xDF && pos + 1 < input.size() &&
        (static_cast<unsigned char>(input[pos + 1]) & 0xC0) == 0x80) {
      pos += 2;
      continue;
    }
    const std::size_t start = pos;
    // A literal U+FFFD is valid; only a decoding failure advances by a single byte.
    if (utf8::Decode(input, pos) == utf8::kReplacement && pos == start + 1 && !invalid) {
      invalid = start;
    }
  }
  if (controls > 8 && controls * 50 > input.size()) {
    return Error{ErrorCode::kUnsupported,
                 "the input is mostly control characters: it is a binary file, not text", "text"};
  }
  if (invalid) {
    const std::string where =
        "byte " + std::to_string(*invalid) + " is not part of a UTF-8 character";
    if (const std::optional<LegacyEncoding> encoding = GuessLegacyEncoding(input)) {
      return Invalid("text", "the text is not UTF-8: it looks like " +
                                 std::string(EncodingName(*encoding)) +
                                 " \u2014 save it as UTF-8 (" + where + ")");
    }
    return Invalid("text", "the text is not UTF-8: " + where +
                               " (a file saved as Windows-1251 looks like this; save it as UTF-8)");
  }
  return Ok();
}

}  // namespace

Result<NormalizedText> Normalize(std::string_view input) {
  KENES_TRY(CheckIsText(input));
  NormalizedText result;
  if (LooksLikeMarkup(input)) {
    CleanText clean = StripMarkup(input);
    NormalizedText inner;
    Normalizer normalizer(clean.text, inner);
    KENES_TRY(normalizer.Run());
    result.text = std::move(inner.text);
    result.map = inner.map.ComposedWith(clean.map);
    result.transliterated = inner.transliterated;
    result.from_markup = true;
    return result;
  }
  Normalizer normalizer(input, result);
  KENES_TRY(normalizer.Run());
  return result;
}

}  // namespace kenes::extract
