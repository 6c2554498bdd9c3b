// Kazakh and Russian words that name the same thing in feedback about the constitution, so that
// "жерді сатуға" and "продажа земли" share the term of "земля". Two sources:
//
//   - CommonTerms(): the commonest words of the genre, written by hand for kenes (standard
//     Kazakh–Russian equivalents, as the official Kazakh titles of data/provisions.csv use them);
//   - the provision catalog: words aligned between its Russian and Kazakh titles (title_ru,
//     title_kk) where the alignment is unambiguous (TermExtractor::AlignTitles says how).
//
// TermExtractor (text_terms.h) applies both.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace kenes::analytics {

// One concept in both languages: words separated by spaces, in any form (each is stemmed the way
// feedback words are). The first Russian word's stem names the term.
struct TermPair {
  std::string_view kazakh;
  std::string_view russian;
};

std::span<const TermPair> CommonTerms();

// The two names of one provision, as the catalog gives them.
struct BilingualTitle {
  std::string russian;
  std::string kazakh;
};

}  // namespace kenes::analytics
