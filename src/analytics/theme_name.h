// A theme's name: a short phrase its own texts say, such as "участие граждан в принятии решений",
// rather than a list of its terms. The rule (docs/analytics.md, "Themes"):
//
//   - a candidate is a run of 2 to 5 words of one text, within one sentence part (no punctuation
//     inside), that begins and ends with a counted word and whose counted words are all among the
//     theme's kNameTerms heaviest terms; stop words may stand inside ("в", "мен");
//   - only texts in the language most of the theme's texts are in (Kazakh when they have a
//     Kazakh letter) give candidates, when they give any;
//   - candidates with the same terms in the same order are one phrase, however inflected; the
//     phrase found in the most texts wins, then the one of more terms, then the heavier;
//   - it is written as the texts most often wrote it, the first letter in lower case unless the
//     first word is all capitals;
//   - without any candidate, the name is the heaviest term's label.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kenes::analytics {

class TermExtractor;

inline constexpr std::size_t kNameTerms = 10;

// `texts`: the theme's texts (its members of the clustered sample); `centroid`: its terms,
// heaviest first; `fallback`: the name when no phrase qualifies.
std::string NameTheme(std::span<const std::string_view> texts,
                      std::span<const std::pair<std::uint32_t, float>> centroid,
                      TermExtractor& terms, std::string fallback);

}  // namespace kenes::analytics
