// Themes of feedback, found without anyone naming them: documents are TF-IDF vectors of their
// terms (text_terms.h), a sample of them is clustered by average-linkage agglomeration on cosine
// similarity, and every document then joins the theme whose centroid it is most similar to.
//
// The rules (docs/analytics.md has them with the reasons):
//   - weight of term t in a document: (1 + ln tf) · idf, idf = ln((1 + N) / (1 + df_t)) + 1, the
//     vector scaled to length 1;
//   - the sample: every k-th document in id order, at most kMaxSample, so a model is the same for
//     the same feedback;
//   - clusters merge while the mean similarity between their members is at least kMergeSimilarity;
//     clusters of fewer than max(2, sample/200) documents are not themes;
//   - a theme's centroid is the mean of its members' vectors, kept to its kCentroidTerms heaviest
//     terms; its labels are its five heaviest terms in their most frequent spelling, its name a
//     phrase of its texts made of its heaviest terms (theme_name.h);
//   - a document joins the most similar theme when that similarity is at least kJoinSimilarity,
//     else it has no theme ("other");
//   - at most kMaxThemes themes, the largest.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace kenes::analytics {

class TermExtractor;

inline constexpr std::uint16_t kNoTheme = 0xFFFF;

// How many documents each term occurs in, over the whole corpus.
struct DocumentFrequencies {
  std::vector<std::uint32_t> df;  // by term
  std::uint64_t documents = 0;

  // Counts one document with these terms (repeats allowed).
  void Add(std::span<const std::uint32_t> terms);
  double Idf(std::uint32_t term) const;
};

struct Theme {
  std::vector<std::pair<std::uint32_t, float>> centroid;  // term, weight; heaviest first
  std::vector<std::string> labels;                        // the heaviest terms, readable
  std::string name;  // a phrase of its texts: "участие граждан в принятии решений"
};

class ThemeModel {
 public:
  static constexpr std::size_t kMaxSample = 2000;
  static constexpr double kMergeSimilarity = 0.12;
  static constexpr double kJoinSimilarity = 0.10;
  static constexpr std::size_t kCentroidTerms = 40;
  static constexpr std::size_t kMaxThemes = 30;

  ThemeModel() = default;
  // Clusters `sample` (the term lists of the sampled documents). `sample_texts` are their texts,
  // in the same order, for the themes' names (a theme named from no text takes its heaviest
  // term's label). `terms` gives the labels and reads the texts.
  static ThemeModel Build(std::span<const std::vector<std::uint32_t>> sample,
                          std::span<const std::string> sample_texts,
                          const DocumentFrequencies& frequencies, TermExtractor& terms);

  struct Assignment {
    std::uint16_t theme = kNoTheme;
    float similarity = 0;
  };
  Assignment Assign(std::span<const std::uint32_t> terms,
                    const DocumentFrequencies& frequencies) const;

  const std::vector<Theme>& themes() const { return themes_; }

 private:
  std::vector<Theme> themes_;
  // term -> (theme, weight): the centroids as an inverted index, so assigning a document costs
  // its terms times the themes each term is in, not all themes times all terms.
  std::vector<std::vector<std::pair<std::uint16_t, float>>> postings_;
};

// A document's TF-IDF vector, sorted by term, of length 1 (empty for a document without terms).
std::vector<std::pair<std::uint32_t, float>> TfIdfVector(std::span<const std::uint32_t> terms,
                                                         const DocumentFrequencies& frequencies);

}  // namespace kenes::analytics
