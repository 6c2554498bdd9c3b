#include "extract/latin_kazakh.h"

#include <unicode/normalizer2.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "core/utf8.h"
#include "extract/morphology.h"

namespace kenes::extract {
namespace {

// The lower-case letters a word is read in. ASCII letters stand for themselves; the Kazakh
// diacritic letters by their own code points; two internal ones stand for digraphs.
constexpr char32_t kAUmlaut = 0xE4, kAAcute = 0xE1, kGBreve = 0x11F, kGAcute = 0x1F5;
constexpr char32_t kDotlessI = 0x131, kNTilde = 0xF1, kNAcute = 0x144, kOUmlaut = 0xF6;
constexpr char32_t kOAcute = 0xF3, kUMacron = 0x16B, kUUmlaut = 0xFC, kUAcute = 0xFA;
constexpr char32_t kYAcute = 0xFD, kSCedilla = 0x15F, kCCedilla = 0xE7;

// One letter of a Latin word with what modifies it.
// No default member initializers: a word's buffer is not cleared, ScanWord sets every field of
// each unit it adds.
struct Unit {
  char32_t base;           // lower case
  bool upper;              //
  bool apostrophe;         // 2017: a' g' i' n' o' u' y' s' c'
  bool digraph;            // sh, ch
  bool dotted_capital;     // İ: in 2021 и or й, never і
  bool ambiguous_capital;  // I: the capital of i and of ı alike
  std::uint32_t begin;     // source bytes (inputs are far below 4 GiB)
  std::uint32_t end;
};

// Words longer than this stay Latin: no Kazakh word is, and a fixed buffer needs no allocation.
constexpr std::size_t kMaxUnits = 48;

struct Word {
  std::array<Unit, kMaxUnits> units;
  std::size_t size = 0;
  std::size_t end = 0;
  bool foreign = false;  // a letter the alphabets lack, or too long
};

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

bool IsCombiningMark(char32_t c) { return c >= 0x0300 && c <= 0x036F; }

// The lower-case form of a Latin letter the Kazakh alphabets use, and whether it was a capital;
// 0 for anything else.
std::pair<char32_t, bool> LatinLetter(char32_t c) {
  if (c >= 'a' && c <= 'z') return {c, false};
  if (c >= 'A' && c <= 'Z') return {c + 0x20, true};
  switch (c) {
    case kAUmlaut:
    case kAAcute:
    case kNTilde:
    case kOUmlaut:
    case kOAcute:
    case kUUmlaut:
    case kUAcute:
    case kYAcute:
    case kCCedilla:
      return {c, false};
    case 0xC4:
    case 0xC1:
    case 0xD1:
    case 0xD6:
    case 0xD3:
    case 0xDC:
    case 0xDA:
    case 0xDD:
    case 0xC7:
      return {c + 0x20, true};
    case kGBreve:
    case kNAcute:
    case kUMacron:
    case kSCedilla:
      return {c, false};
    case 0x11E:
    case 0x143:
    case 0x16A:
    case 0x15E:
      return {c + 1, true};
    case kGAcute:
      return {c, false};
    case 0x1F4:
      return {kGAcute, true};
    case kDotlessI:
      return {kDotlessI, false};
    case 0x130:  // İ
      return {'i', true};
    default:
      return {0, false};
  }
}

bool IsOtherLatinLetter(char32_t c) {
  return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF);
}

bool StartsLetterAt(std::string_view text, std::size_t pos) {
  std::size_t next = pos;
  return LatinLetter(utf8::Decode(text, next)).first != 0;
}

// A letter and a combining mark typed apart (a + U+0301), composed as NFC would.
char32_t Compose(char32_t letter, char32_t mark) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return 0;
  const UChar32 composed =
      nfc->composePair(static_cast<UChar32>(letter), static_cast<UChar32>(mark));
  return composed < 0 ? 0 : static_cast<char32_t>(composed);
}

// Reads the word at `pos`: its letters, a 2017 apostrophe after a letter that takes one, marks
// typed apart, and sh / ch as one letter unless `sh_is_two_letters`.
Word ScanWord(std::string_view text, std::size_t pos, bool apostrophes, bool sh_is_two_letters) {
  Word word;
  char32_t last_original = 0;
  while (pos < text.size()) {
    std::size_t next = pos;
    const char32_t c = utf8::Decode(text, next);
    if (IsCombiningMark(c) && word.size > 0) {
      Unit& unit = word.units[word.size - 1];
      const char32_t composed = Compose(last_original, c);
      const auto [base, upper] = LatinLetter(composed);
      if (base == 0) word.foreign = true;
      unit.base = base;
      unit.upper = upper;
      unit.dotted_capital = composed == 0x130;
      unit.ambiguous_capital = false;
      unit.end = static_cast<std::uint32_t>(next);
      last_original = composed;
      pos = next;
      continue;
    }
    if (IsApostrophe(c) && apostrophes && word.size > 0) {
      Unit& unit = word.units[word.size - 1];
      const bool takes_one =
          std::u32string_view(U"aginouysc").find(unit.base) != std::u32string_view::npos;
      // English contractions and possessives are not Kazakh letters: n't, 's, 're, 've, 'll, 'd.
      const bool english = next < text.size() && [&] {
        const std::string_view rest = text.substr(next, 3);
        const auto at_end = [&](std::size_t n) {
          if (next + n >= text.size()) return true;
          std::size_t after = next + n;
          const char32_t following = utf8::Decode(text, after);
          return LatinLetter(following).first == 0 && !IsApostrophe(following);
        };
        return (rest.starts_with("s") && at_end(1)) || (rest.starts_with("t") && at_end(1)) ||
               (rest.starts_with("d") && at_end(1)) || (rest.starts_with("m") && at_end(1)) ||
               (rest.starts_with("re") && at_end(2)) || (rest.starts_with("ve") && at_end(2)) ||
               (rest.starts_with("ll") && at_end(2));
      }();
      if (!takes_one || unit.apostrophe || english) break;
      unit.apostrophe = true;
      unit.end = static_cast<std::uint32_t>(next);
      pos = next;
      continue;
    }
    auto [base, upper] = LatinLetter(c);
    if (base == 0) {
      if (IsOtherLatinLetter(c)) {
        word.foreign = true;
        pos = next;
        continue;
      }
      break;
    }
    if (base == 'h' && word.size > 0) {
      Unit& unit = word.units[word.size - 1];
      if (!unit.apostrophe && (unit.base == 'c' || (unit.base == 's' && !sh_is_two_letters))) {
        unit.base = unit.base == 'c' ? kCCedilla : kSCedilla;
        unit.digraph = true;
        unit.end = static_cast<std::uint32_t>(next);
        pos = next;
        continue;
      }
    }
    if (word.size == kMaxUnits) {
      word.foreign = true;
      pos = next;
      continue;
    }
    Unit& unit = word.units[word.size++];
    unit.base = base;
    unit.upper = upper;
    unit.apostrophe = false;
    unit.digraph = false;
    unit.dotted_capital = c == 0x130;
    unit.ambiguous_capital = c == 'I';
    unit.begin = static_cast<std::uint32_t>(pos);
    unit.end = static_cast<std::uint32_t>(next);
    last_original = c;
    pos = next;
  }
  word.end = pos;
  return word;
}

bool IsVowel(const Unit& unit) {
  switch (unit.base) {
    case 'a':
    case 'e':
    case 'o':
    case 'u':
    case 'y':
    case kAUmlaut:
    case kAAcute:
    case kOUmlaut:
    case kOAcute:
    case kUMacron:
    case kUUmlaut:
    case kUAcute:
    case kYAcute:
      return true;
    default:
      return false;
  }
}

bool IsBackVowel(const Unit& unit) {
  return !unit.apostrophe && (unit.base == 'a' || unit.base == 'o' || unit.base == 'u' ||
                              unit.base == kUMacron || unit.base == 'y');
}

// The word as one ASCII skeleton the three alphabets share (jäne, jáne, ja'ne: "jane"), for the
// lists of function words and suffixes. Empty when the word is too long.
std::string_view Skeleton(const Word& word, std::array<char, kMaxUnits>& buffer) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < word.size; ++i) {
    const Unit& unit = word.units[i];
    char c = 0;
    switch (unit.base) {
      case kAUmlaut:
      case kAAcute:
        c = 'a';
        break;
      case kGBreve:
      case kGAcute:
        c = 'g';
        break;
      case kDotlessI:
        c = 'i';
        break;
      case kNTilde:
      case kNAcute:
        c = 'n';
        break;
      case kOUmlaut:
      case kOAcute:
        c = 'o';
        break;
      case kUMacron:
      case kUUmlaut:
      case kUAcute:
      case kYAcute:
        c = 'u';
        break;
      case kSCedilla:
        c = 's';
        break;
      case kCCedilla:
        c = 'c';
        break;
      default:
        c = unit.base == 'y' && unit.apostrophe ? 'u' : static_cast<char>(unit.base);
    }
    buffer[n++] = c;
  }
  return std::string_view(buffer.data(), n);
}

// Kazakh words a Latin text cannot do without, as skeletons; sorted.
constexpr std::string_view kFunctionWords[] = {
    "arqyly",  "biraq",    "birge",   "boiynsa", "bolady", "boldy",   "bolyp", "boyinsa",
    "bul",     "deiin",    "dep",     "emes",    "jane",   "jyly",    "jylgy", "keiin",
    "kezdesu", "kezdesti", "kezinde", "men",     "osy",    "otkizdi", "otti",  "qatysty",
    "qatysyp", "retinde",  "sonymen", "turaly",  "usin",   "ushin",
};

// Kazakh case and plural endings English words do not end in, as skeletons.
constexpr std::string_view kSuffixes[] = {
    "dagy", "degi", "tagy", "tegi", "nyn",  "nin",  "dyn",  "din",  "tyn",   "ymen",  "imen",
    "lary", "leri", "dary", "deri", "tary", "teri", "ynda", "inde", "larga", "lerge", "ndagy",
};

// English words that are no Kazakh words in any Latin alphabet ("is", "at", "as", "on" and "men"
// are: іс, ат, ас, он, мен).
constexpr std::string_view kEnglishWords[] = {
    "and",  "are",  "be",  "by",    "for",  "from", "has", "have", "in",    "it",  "its",  "of",
    "said", "that", "the", "their", "this", "to",   "was", "were", "which", "who", "will", "with",
};

// The first letter is compared before the rest: most words of a line are in no list.
bool InList(std::string_view word, std::span<const std::string_view> list) {
  if (word.empty()) return false;
  return std::any_of(list.begin(), list.end(), [&](std::string_view entry) {
    return entry.size() == word.size() && entry[0] == word[0] && entry == word;
  });
}

bool HasSuffix(std::string_view skeleton) {
  return std::any_of(std::begin(kSuffixes), std::end(kSuffixes), [&](std::string_view suffix) {
    return skeleton.size() >= suffix.size() + 2 && skeleton.back() == suffix.back() &&
           skeleton.ends_with(suffix);
  });
}

bool IsSpaceByte(unsigned char b) { return b == ' ' || b == '\t' || b == '\n' || b == '\r'; }

// Links are recognized within this many bytes around a word, so that a text of one endless
// "word" (a-b-c-…) costs linear time, not quadratic; a link shows what it is near its start.
constexpr std::size_t kLinkWindow = 256;

// Whether the word at `begin` is part of a link, an e-mail address, a hashtag or a domain name:
// looks at the run of text between spaces around it. Returns the end of that run when it is,
// else 0.
std::size_t LinkEnd(std::string_view text, std::size_t begin) {
  const auto space_at = [&](std::size_t i) {
    return IsSpaceByte(static_cast<unsigned char>(text[i]));
  };
  const std::size_t low = begin > kLinkWindow ? begin - kLinkWindow : 0;
  std::size_t chunk_begin = begin;
  while (chunk_begin > low && !space_at(chunk_begin - 1)) --chunk_begin;
  const std::size_t high = std::min(text.size(), begin + kLinkWindow);
  std::size_t chunk_end = begin;
  while (chunk_end < high && !space_at(chunk_end)) ++chunk_end;
  const std::string_view chunk = text.substr(chunk_begin, chunk_end - chunk_begin);
  const std::size_t first = chunk.find_first_not_of("\"'([{<\xC2\xAB");  // « is C2 AB
  const std::string_view body = first == std::string_view::npos ? chunk : chunk.substr(first);
  bool link = chunk.find("://") != std::string_view::npos ||
              chunk.find('@') != std::string_view::npos || body.starts_with('#') ||
              body.starts_with("www.");
  // A domain: a dot between two letters (Kazpravda.kz), not a sentence's full stop.
  for (std::size_t i = 1; !link && i + 1 < chunk.size(); ++i) {
    const auto letter = [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    link = chunk[i] == '.' && letter(chunk[i - 1]) && letter(chunk[i + 1]);
  }
  if (!link) return 0;
  while (chunk_end < text.size() && !space_at(chunk_end)) ++chunk_end;
  return chunk_end;
}

// Names that stay Latin in Kazakh and Russian Cyrillic text too.
constexpr std::string_view kLatinNames[] = {"AMANAT", "Qarmet", "IT"};

// A word that stays Latin, however the line is written.
bool StaysLatin(std::string_view text, std::size_t begin, const Word& word) {
  if (word.foreign || word.size == 0) return true;
  const std::string_view raw = text.substr(begin, word.end - begin);
  if (InList(raw, kLatinNames)) return true;
  // The header line " date 2026-02-24 Headline" the samples open with.
  if (raw == "date" && text.substr(word.end, 1) == " " && word.end + 1 < text.size() &&
      text[word.end + 1] >= '0' && text[word.end + 1] <= '9') {
    return true;
  }
  const auto digit = [&](std::size_t at) { return text[at] >= '0' && text[at] <= '9'; };
  if ((begin > 0 && digit(begin - 1)) || (word.end < text.size() && digit(word.end))) return true;
  bool lower_seen = false;
  for (std::size_t i = 0; i < word.size; ++i) {
    const Unit& unit = word.units[i];
    // c is a letter only in ch and c'; w and x are in no Kazakh alphabet.
    if (unit.base == 'c' && !unit.apostrophe) return true;
    if (unit.base == 'w' || unit.base == 'x') return true;
    if (unit.upper && lower_seen) return true;  // iPhone, McDonald
    lower_seen = lower_seen || !unit.upper;
  }
  return false;
}

// Evidence one line gives.
struct Evidence {
  std::size_t latin = 0, cyrillic = 0;
  int kazakh = 0, english = 0;
  // Letters only one alphabet has.
  int marks2017 = 0, marks2018 = 0, marks2021 = 0;
  int own_sh2021 = 0, own_sh2017 = 0;  // ş, s': letters of their own for ш

  bool IsLatinKazakh() const {
    return latin >= 8 && latin >= 4 * cyrillic && kazakh >= 3 && kazakh > 2 * english;
  }
};

// Each byte's class for MostlyLatin: 1 a Latin letter (ASCII, or the lead byte of a Latin-1 or
// Latin Extended one), 2 the lead byte of a Cyrillic letter.
constexpr std::array<unsigned char, 256> kByteClass = [] {
  std::array<unsigned char, 256> classes{};
  for (int c = 'a'; c <= 'z'; ++c) classes[c] = classes[c - 0x20] = 1;
  for (int c = 0xC3; c <= 0xC7; ++c) classes[c] = 1;
  for (int c = 0xD0; c <= 0xD3; ++c) classes[c] = 2;
  return classes;
}();

// The quick test that keeps Cyrillic lines cheap: enough Latin letters to look further. It runs
// over every byte of every text, so it stops as soon as the Latin letters can no longer outnumber
// the Cyrillic ones four to one, a third of the way into a Cyrillic line.
bool MostlyLatin(std::string_view line) {
  std::size_t latin = 0, cyrillic = 0;
  const std::size_t size = line.size();
  for (std::size_t i = 0; i < size;) {
    for (const std::size_t stop = std::min(size, i + 32); i < stop; ++i) {
      const unsigned char kind = kByteClass[static_cast<unsigned char>(line[i])];
      latin += kind & 1;
      cyrillic += kind >> 1;
    }
    if (4 * cyrillic > latin + (size - i)) return false;
  }
  return latin >= 8 && latin >= 4 * cyrillic;
}

void WeighWord(const Word& word, std::string_view raw, Evidence& evidence) {
  evidence.latin += word.size;
  std::array<char, kMaxUnits> buffer;
  const std::string_view skeleton = Skeleton(word, buffer);
  // The English words are short and ASCII.
  std::array<char, 8> lower;
  bool ascii = raw.size() <= lower.size();
  for (std::size_t i = 0; ascii && i < raw.size(); ++i) {
    const char c = raw[i];
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
    lower[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 0x20 : c);
  }
  if (ascii && InList(std::string_view(lower.data(), raw.size()), kEnglishWords)) {
    ++evidence.english;
  }
  if (InList(skeleton, kFunctionWords)) {
    evidence.kazakh += 2;
  } else if (HasSuffix(skeleton)) {
    evidence.kazakh += 1;
  }
  bool marked = false;
  for (std::size_t i = 0; i < word.size; ++i) {
    const Unit& unit = word.units[i];
    switch (unit.base) {
      case kAUmlaut:
      case kGBreve:
      case kNTilde:
      case kOUmlaut:
      case kUMacron:
      case kUUmlaut:
        ++evidence.marks2021;
        marked = true;
        break;
      case kSCedilla:
        // ş typed as one letter, not sh.
        if (!unit.digraph) {
          ++evidence.marks2021;
          ++evidence.own_sh2021;
          marked = true;
        }
        break;
      case kDotlessI:
        marked = true;
        break;
      case kAAcute:
      case kGAcute:
      case kNAcute:
      case kOAcute:
      case kUAcute:
      case kYAcute:
        ++evidence.marks2018;
        marked = true;
        break;
      case 'q':
        marked = marked || i + 1 == word.size || word.units[i + 1].base != 'u';
        break;
      default:
        break;
    }
    if (unit.dotted_capital) {
      ++evidence.marks2021;
      marked = true;
    }
    if (unit.apostrophe) {
      ++evidence.marks2017;
      if (unit.base == 's') ++evidence.own_sh2017;
      marked = true;
    }
  }
  if (marked) ++evidence.kazakh;
}

Evidence Weigh(std::string_view text, std::size_t begin, std::size_t end) {
  Evidence evidence;
  std::size_t pos = begin;
  while (pos < end) {
    std::size_t next = pos;
    const char32_t c = utf8::Decode(text, next);
    if (c >= 0x0400 && c <= 0x04FF) {
      ++evidence.cyrillic;
      pos = next;
      continue;
    }
    if (LatinLetter(c).first == 0) {
      pos = next;
      continue;
    }
    const Word word = ScanWord(text.substr(0, end), pos, true, false);
    if (const std::size_t link = LinkEnd(text.substr(0, end), pos); link > 0) {
      pos = std::max(link, word.end);
      continue;
    }
    if (!StaysLatin(text, pos, word)) WeighWord(word, text.substr(pos, word.end - pos), evidence);
    pos = std::max(word.end, next);
  }
  return evidence;
}

// The alphabet whose letters the evidence has most of (2021 on a tie); nullopt when it has none.
std::optional<KazakhLatinAlphabet> AlphabetOf(const Evidence& evidence) {
  if (evidence.marks2021 + evidence.marks2018 + evidence.marks2017 == 0) return std::nullopt;
  if (evidence.marks2021 >= evidence.marks2018 && evidence.marks2021 >= evidence.marks2017) {
    return KazakhLatinAlphabet::k2021;
  }
  return evidence.marks2018 >= evidence.marks2017 ? KazakhLatinAlphabet::k2018
                                                  : KazakhLatinAlphabet::k2017;
}

// и or й for a letter that is either (2017 i', 2018 ı, 2021 i): й after a vowel, as in бой, үй.
char32_t IOrShortI(const Word& word, std::size_t i) {
  return i > 0 && IsVowel(word.units[i - 1]) ? U'й' : U'и';
}

// Whether unit i is the letter the alphabet writes и and й with.
bool IsILetter(const Word& word, std::size_t i, const LatinSpelling& spelling) {
  const Unit& unit = word.units[i];
  switch (spelling.alphabet) {
    case KazakhLatinAlphabet::k2017:
      return unit.base == 'i' && unit.apostrophe;
    case KazakhLatinAlphabet::k2018:
      return unit.base == kDotlessI;
    case KazakhLatinAlphabet::k2021:
      return false;
  }
  return false;
}

// The Cyrillic letter of unit i (lower case), and how many units it takes (2 for я and ю).
std::pair<char32_t, std::size_t> Letter(const Word& word, std::size_t i, bool back_vowels,
                                        bool dotless_word, const LatinSpelling& spelling) {
  const Unit& unit = word.units[i];
  const bool is2021 = spelling.alphabet == KazakhLatinAlphabet::k2021;
  const auto consonant_before = [&] { return i > 0 && !IsVowel(word.units[i - 1]); };
  const auto next_is = [&](char32_t base) {
    return i + 1 < word.size && word.units[i + 1].base == base;
  };
  // 2017 i'a, i'y' and 2018 ıa, ıý are я and ю at the start of a word or after и (ия, ию).
  if (IsILetter(word, i, spelling) && i + 1 < word.size &&
      (i == 0 || IsILetter(word, i - 1, spelling))) {
    const Unit& next = word.units[i + 1];
    if (next.base == 'a' && !next.apostrophe) return {U'я', 2};
    if (next.base == kYAcute || (next.base == 'y' && next.apostrophe)) return {U'ю', 2};
  }
  switch (unit.base) {
    case 'a':
      return {unit.apostrophe ? U'ә' : U'а', 1};
    case kAUmlaut:
      // 2021 writes я as ä: after a consonant and i it is the ending -ия (партия, коалиция).
      if (is2021 && i >= 2 && word.units[i - 1].base == 'i' && !IsVowel(word.units[i - 2])) {
        return {U'я', 1};
      }
      return {U'ә', 1};
    case kAAcute:
      return {U'ә', 1};
    case 'b':
      return {U'б', 1};
    case 'c':
      return {U'ч', 1};  // c' (a lone c keeps the word Latin)
    case kCCedilla:
      return {U'ч', 1};
    case 'd':
      return {U'д', 1};
    case 'e':
      return {U'е', 1};
    case 'f':
      return {U'ф', 1};
    case 'g':
      return {unit.apostrophe ? U'ғ' : U'г', 1};
    case kGBreve:
    case kGAcute:
      return {U'ғ', 1};
    case 'h':
      return {U'х', 1};
    case 'j':
      return {U'ж', 1};
    case 'k':
      return {U'к', 1};
    case 'l':
      return {U'л', 1};
    case 'm':
      return {U'м', 1};
    case 'n':
      return {unit.apostrophe ? U'ң' : U'н', 1};
    case kNTilde:
    case kNAcute:
      return {U'ң', 1};
    case 'o':
      return {unit.apostrophe ? U'ө' : U'о', 1};
    case kOUmlaut:
    case kOAcute:
      return {U'ө', 1};
    case 'p':
      return {U'п', 1};
    case 'q':
      return {U'қ', 1};
    case 'r':
      return {U'р', 1};
    case 's':
      return {unit.apostrophe ? U'ш' : U'с', 1};
    case kSCedilla:
      return {U'ш', 1};
    case 't':
      return {U'т', 1};
    case 'u':
      if (unit.apostrophe) return {U'ү', 1};
      return {is2021 ? U'у' : U'ұ', 1};
    case kUMacron:
      return {U'ұ', 1};
    case kUUmlaut:
    case kUAcute:
      return {U'ү', 1};
    case 'v':
      return {U'в', 1};
    case 'y':
      if (unit.apostrophe) return {U'у', 1};
      // No Kazakh word has ы after а е о ә ө: a y there is the й of informal spelling (Aydos,
      // qoy). After у (juyq, жуық) it is ы.
      if (i > 0 && !word.units[i - 1].apostrophe &&
          std::u32string_view(U"aeo\u00E4\u00F6\u00E1\u00F3").find(word.units[i - 1].base) !=
              std::u32string_view::npos) {
        return {U'й', 1};
      }
      return {U'ы', 1};
    case kYAcute:
      return {U'у', 1};
    case 'z':
      return {U'з', 1};
    case kDotlessI:
      return {is2021 ? U'і' : IOrShortI(word, i), 1};
    case 'i':
      if (unit.apostrophe) return {IOrShortI(word, i), 1};
      if (!is2021) return {U'і', 1};
      if (unit.dotted_capital) return {IOrShortI(word, i), 1};
      // A word that writes і as ı writes и and й as i; a capital I is the capital of ı.
      if (dotless_word) return {unit.ambiguous_capital ? U'і' : IOrShortI(word, i), 1};
      if (i > 0 && IsVowel(word.units[i - 1])) return {U'й', 1};
      if (consonant_before() && next_is(kAUmlaut)) return {U'и', 1};
      return {back_vowels ? U'и' : U'і', 1};
    default:
      return {0, 1};
  }
}

// Loanwords whose ц the alphabets write s, or whose и a typist without ı writes i in a word of
// front vowels: the campaign's own words, read back whole. Each is compared with ц read as с and
// і as и.
constexpr std::u32string_view kLoanStems[] = {
    U"коалиц",   U"конституц", U"делегац", U"организац", U"администрац", U"информац",
    U"ассоциац", U"президент", U"министр", U"комисси",   U"мәдени",
};

char32_t FoldForStem(char32_t c) {
  if (c >= U'А' && c <= U'Я') c += 0x20;
  if (c == U'І') c = U'і';
  if (c == U'і') return U'и';
  if (c == U'ц') return U'с';
  return c;
}

void RestoreLoanStem(std::vector<CyrillicLetter>& letters) {
  for (const std::u32string_view stem : kLoanStems) {
    if (letters.size() < stem.size()) continue;
    bool same = true;
    for (std::size_t i = 0; same && i < stem.size(); ++i) {
      same = FoldForStem(letters[i].letter) == FoldForStem(stem[i]);
    }
    if (!same) continue;
    for (std::size_t i = 0; i < stem.size(); ++i) {
      const bool upper = letters[i].letter >= 0x0400 && letters[i].letter < 0x0430;
      letters[i].letter = upper ? ToUpper(stem[i]) : stem[i];
    }
    return;
  }
}

}  // namespace

bool StartsLatinLetter(std::string_view text, std::size_t pos) {
  return pos < text.size() && StartsLetterAt(text, pos);
}

std::vector<LatinKazakhLine> FindLatinKazakh(std::string_view text) {
  std::vector<LatinKazakhLine> lines;
  std::vector<std::optional<KazakhLatinAlphabet>> own;  // each line's own alphabet
  Evidence total;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    if (MostlyLatin(text.substr(begin, end - begin))) {
      const Evidence evidence = Weigh(text, begin, end);
      if (evidence.IsLatinKazakh()) {
        lines.push_back(LatinKazakhLine{begin, end, {}});
        own.push_back(AlphabetOf(evidence));
        total.marks2017 += evidence.marks2017;
        total.marks2018 += evidence.marks2018;
        total.marks2021 += evidence.marks2021;
        total.own_sh2021 += evidence.own_sh2021;
        total.own_sh2017 += evidence.own_sh2017;
      }
    }
    begin = end + 1;
  }
  // A line without a letter of its own alphabet is in the text's.
  const KazakhLatinAlphabet text_alphabet = AlphabetOf(total).value_or(KazakhLatinAlphabet::k2021);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    LatinSpelling& spelling = lines[i].spelling;
    spelling.alphabet = own[i].value_or(text_alphabet);
    spelling.sh_is_two_letters =
        (spelling.alphabet == KazakhLatinAlphabet::k2021 && total.own_sh2021 > 0) ||
        (spelling.alphabet == KazakhLatinAlphabet::k2017 && total.own_sh2017 > 0);
  }
  return lines;
}

std::size_t TransliterateWord(std::string_view text, std::size_t pos, const LatinSpelling& spelling,
                              std::vector<CyrillicLetter>& letters) {
  letters.clear();
  if (const std::size_t link = LinkEnd(text, pos); link > 0) return link;
  const Word word = ScanWord(text, pos, spelling.alphabet == KazakhLatinAlphabet::k2017,
                             spelling.sh_is_two_letters);
  if (StaysLatin(text, pos, word)) return word.end;
  const auto units = std::span(word.units).first(word.size);
  const bool back_vowels = std::any_of(units.begin(), units.end(), IsBackVowel);
  const bool dotless_word = std::any_of(units.begin(), units.end(),
                                        [](const Unit& unit) { return unit.base == kDotlessI; });
  for (std::size_t i = 0; i < word.size;) {
    const auto [letter, taken] = Letter(word, i, back_vowels, dotless_word, spelling);
    const Unit& first = word.units[i];
    const Unit& last = word.units[i + taken - 1];
    letters.push_back(
        CyrillicLetter{first.upper ? ToUpper(letter) : letter, first.begin, last.end});
    i += taken;
  }
  RestoreLoanStem(letters);
  return word.end;
}

}  // namespace kenes::extract
