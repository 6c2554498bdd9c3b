// Kazakh written in the Latin script, read back into the Kazakh Cyrillic the rest of the extractor
// knows. Some national outlets publish Kazakh in one of the three Latin alphabets Kazakhstan has
// decreed:
//
//   2017 (apostrophes): a' g' i' n' o' u' y' s' c' for ә ғ и/й ң ө ү у ш ч; u is ұ, i is і;
//   2018 (acutes):      á ǵ ı ń ó ú ý for ә ғ и/й ң ө ү у, sh and ch for ш and ч; u is ұ,
//                       i is і (and so is a capital I: the capitals of i and ı are one letter);
//   2021:               ä ğ ñ ö ū ü ş for ә ғ ң ө ұ ү ш, ch for ч; u is у; ı (capital I) is і,
//                       İ i are и and й.
//
// All three: q is қ, j is ж, y is ы, h is х (and һ, which they do not tell apart), e is е; the
// apostrophe of 2017 may be ', ’ or ʼ; a letter and a combining mark typed apart count as the
// letter they compose. Capitals are kept. Where a letter is one of two:
//  - и or й (2017 i', 2018 ı, 2021 i): й after a vowel (бой, үй, Айгерім), else и;
//  - y after а е о ә ө is й (informal Aydos, qoy: no Kazakh word has ы there), else ы;
//  - 2017 i'a, i'y' and 2018 ıa, ıý are я and ю at the start of a word or after и (ия, ию);
//  - 2021 writes я as ä: after a consonant and i it is -ия (partiä партия), else ә;
//  - 2021 text often writes і as i, having no ı key: in a word without ı, i is й after a vowel,
//    и before -ä after a consonant, и in a word with a back vowel (а о у ұ ы: native Kazakh is
//    harmonic and has no і there, so it is a loanword: respublika, Qarin), else і (müşeleri);
//  - sh is ш, except in a text that has ş (2021) or s' (2017) for ш, where it is с and х
//    (asxana); 2021 and 2018 ch is ч;
//  - ц, щ, э, ъ, ь, ё, ю, я have no letters of their own (ц is written s); the campaign's
//    loanwords are read back whole, compared with ц read as с and і as и: коалиция, конституция,
//    делегация, организация, администрация, информация, ассоциация, президент, министр,
//    комиссия, мәдениет (Koalisiä коалиция, not коалисия).
//
// What is and is not Latin Kazakh is decided line by line, from evidence (FindLatinKazakh); a
// Russian or Kazakh Cyrillic line full of Latin brand names, and English, are left as they are.
// Inside a Latin Kazakh line, links, e-mail addresses, hashtags, domain names, words with letters
// the alphabets lack (c alone, w, x, é), words mixing case inside (iPhone), words touching a digit
// (4G), the header's "date" and names that are Latin in Cyrillic text too (AMANAT, Qarmet, IT)
// stay Latin.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace kenes::extract {

enum class KazakhLatinAlphabet { k2017, k2018, k2021 };

// How a line of Latin Kazakh spells the letters the alphabets disagree on.
struct LatinSpelling {
  // The alphabet whose letters the line has most of (2021 on a tie); a line with none of them is
  // in the alphabet of the text's other Latin Kazakh lines taken together, else in 2021's.
  KazakhLatinAlphabet alphabet = KazakhLatinAlphabet::k2021;
  // The text has its own letter for ш (ş in 2021, s' in 2017): "sh" there is с and х (асхана),
  // not ш.
  bool sh_is_two_letters = false;
};

struct LatinKazakhLine {
  std::size_t begin;  // bytes, without the line break
  std::size_t end;
  LatinSpelling spelling;
};

// The lines of `text` written in Latin-script Kazakh, in order; empty for a Cyrillic or an
// English text (and then nothing was allocated). A line is when, leaving out links, e-mail
// addresses and hashtags:
//  - it has at least 8 Latin letters and at least four times as many Latin letters as Cyrillic;
//  - its Kazakh evidence is at least 3 and more than twice its English words (the, and, of, to,
//    in, with, was, were, …). A Kazakh function word (men, jäne, boiynşa, üşin, turaly, …, in any
//    of the alphabets or the informal "boyinsha") weighs 2; a word with a Kazakh suffix (-dağy,
//    -degi, -nyñ, -dyñ, -ymen, -lary, -leri, …) 1; a word with a letter or an apostrophe of the
//    Kazakh alphabets (ä ğ ñ ö ū ü ş ı İ á ǵ ń ó ú ý, g' n' …) or a q not before u, 1 more.
// Cost: one pass over the bytes; lines that are mostly Cyrillic are not looked at further.
std::vector<LatinKazakhLine> FindLatinKazakh(std::string_view text);

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
