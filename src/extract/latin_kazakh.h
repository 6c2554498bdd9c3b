// Kazakh written in the Latin script, read back into the Kazakh Cyrillic the rest of the extractor
// knows. Some national outlets publish Kazakh in one of the three Latin alphabets Kazakhstan has
// decreed:
//
//   2017 (apostrophes): a' g' i' n' o' u' y' s' c' for ә ғ и/й ң ө ү у ш ч; u is ұ, i is і;
//   2018 (acutes):      á ǵ ı ń ó ú ý for ә ғ и/й ң ө ү у, sh and ch for ш and ч; u is ұ;
//   2021:               ä ğ ı/İ i ñ ö ū ü ş for ә ғ і/и й ң ө ұ ү ш, ch for ч; u is у.
//
// All three: q is қ, j is ж, y is ы (y' and ý are у), h is х (and һ, which they do not tell apart).
// The apostrophe of 2017 may be ', ’ or ʼ. Capitals are kept.
//
// What is and is not Latin Kazakh is decided line by line, from evidence (FindLatinKazakh); a
// Russian or Kazakh Cyrillic line full of Latin brand names, and English, are left as they are.
// Inside a Latin Kazakh line, links, e-mail addresses, hashtags, domain names, words with letters
// the alphabets lack (c alone, w, x, é), words mixing case inside (iPhone), words touching a digit
// (4G) and names that are Latin in Cyrillic text too (AMANAT, Qarmet, IT) stay Latin.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace kenes::extract {

enum class KazakhLatinAlphabet { k2017, k2018, k2021 };

// How the Latin Kazakh of one text spells the letters the alphabets disagree on; a text is
// written in one alphabet, so this is read from all its Latin Kazakh lines together.
struct LatinSpelling {
  KazakhLatinAlphabet alphabet = KazakhLatinAlphabet::k2021;
  // 2021 only: the text writes і as ı (the official spelling), so i is и or й. A text without
  // one ı writes і as i (typists without the key): i is і, but й after a vowel and и in a word
  // with a back vowel (а о у ұ ы), where native Kazakh, harmonic, has no і.
  bool dotless_i = false;
  // The text has its own letter for ш (ş, s'): "sh" there is с and х (асхана), not ш.
  bool sh_is_two_letters = false;
};

struct LatinKazakhText {
  // The lines, [begin, end) in bytes without their line break, that are Latin-script Kazakh,
  // in order. Empty for a Cyrillic or an English text (and then nothing was allocated).
  std::vector<std::pair<std::size_t, std::size_t>> lines;
  LatinSpelling spelling;
};

// The lines of `text` written in Latin-script Kazakh. A line is when, leaving out links, e-mail
// addresses and hashtags:
//  - it has at least 8 Latin letters and at least four times as many Latin letters as Cyrillic;
//  - its Kazakh evidence is at least 3 and more than twice its English words (the, and, of, to,
//    in, with, was, were, …). A Kazakh function word (men, jäne, boiynşa, üşin, turaly, …, in any
//    of the alphabets or the informal "boyinsha") weighs 2; a word with a Kazakh suffix (-dağy,
//    -degi, -nyñ, -dyñ, -ymen, -lary, -leri, …) 1; a word with a letter or an apostrophe of the
//    Kazakh alphabets (ä ğ ñ ö ū ü ş ı İ á ǵ ń ó ú ý, g' n' …) or a q not before u, 1 more.
// Cost: one pass over the bytes; lines that are mostly Cyrillic are not looked at further.
LatinKazakhText FindLatinKazakh(std::string_view text);

// One Cyrillic letter and the source bytes [begin, end) it was read from: a letter, a letter and
// its apostrophe or combining mark, a digraph (sh), or two letters read as one (2018 ıa is я).
struct CyrillicLetter {
  char32_t letter;
  std::size_t begin;
  std::size_t end;
};

// Reads the Latin word that starts at `pos` and writes its Cyrillic letters into `letters`
// (cleared first). Returns where the word ends; when it stays Latin (see above), `letters` is
// left empty and the return value is where Latin text ends (the end of a link, or of the word),
// which the caller copies as it is.
// REQUIRES: pos < text.size() and a Latin letter starts at pos.
std::size_t TransliterateWord(std::string_view text, std::size_t pos, const LatinSpelling& spelling,
                              std::vector<CyrillicLetter>& letters);

// Whether a Latin letter of the Kazakh alphabets (ASCII or one of their diacritic letters) starts
// at `pos`.
bool StartsLatinLetter(std::string_view text, std::size_t pos);

}  // namespace kenes::extract
