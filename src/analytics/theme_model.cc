#include "analytics/theme_model.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

#include "analytics/text_terms.h"
#include "analytics/theme_name.h"

namespace kenes::analytics {
namespace {

using Vector = std::vector<std::pair<std::uint32_t, float>>;

float Dot(const Vector& a, const Vector& b) {
  float sum = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first == b[j].first) {
      sum += a[i++].second * b[j++].second;
    } else if (a[i].first < b[j].first) {
      ++i;
    } else {
      ++j;
    }
  }
  return sum;
}

// Average-linkage clustering by the nearest-neighbour chain (Murtagh 1983): O(n²) time and
// memory, and the same merges as merging the most similar pair each step, because average linkage
// is reducible. Returns each document's cluster (a representative index) after applying every
// merge of similarity at least `threshold`.
std::vector<std::size_t> AverageLinkage(const std::vector<Vector>& docs, double threshold) {
  const std::size_t n = docs.size();
  std::vector<float> sim(n * n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) sim[i * n + j] = sim[j * n + i] = Dot(docs[i], docs[j]);
  }
  std::vector<std::size_t> size(n, 1);
  std::vector<bool> active(n, true);
  struct Merge {
    std::size_t a, b;
    float similarity;
  };
  std::vector<Merge> merges;
  std::vector<std::size_t> chain;
  std::size_t remaining = n;
  while (remaining > 1) {
    if (chain.empty()) {
      for (std::size_t i = 0; i < n; ++i) {
        if (active[i]) {
          chain.push_back(i);
          break;
        }
      }
    }
    const std::size_t a = chain.back();
    const std::size_t previous = chain.size() >= 2 ? chain[chain.size() - 2] : n;
    // The most similar other cluster; ties go to the previous link, which guarantees progress.
    std::size_t best = previous;
    float best_sim = previous < n ? sim[a * n + previous] : -1;
    for (std::size_t c = 0; c < n; ++c) {
      if (!active[c] || c == a) continue;
      if (sim[a * n + c] > best_sim) {
        best_sim = sim[a * n + c];
        best = c;
      }
    }
    if (best == previous) {
      chain.pop_back();
      chain.pop_back();
      merges.push_back({a, best, best_sim});
      // Lance–Williams for average linkage: the merged cluster keeps index `best`.
      for (std::size_t k = 0; k < n; ++k) {
        if (!active[k] || k == a || k == best) continue;
        const float merged = (static_cast<float>(size[a]) * sim[a * n + k] +
                              static_cast<float>(size[best]) * sim[best * n + k]) /
                             static_cast<float>(size[a] + size[best]);
        sim[best * n + k] = sim[k * n + best] = merged;
      }
      size[best] += size[a];
      active[a] = false;
      --remaining;
    } else {
      chain.push_back(best);
    }
  }
  std::vector<std::size_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const Merge& merge : merges) {
    if (merge.similarity >= threshold) parent[find(merge.a)] = find(merge.b);
  }
  for (std::size_t i = 0; i < n; ++i) parent[i] = find(i);
  return parent;
}

}  // namespace

void DocumentFrequencies::Add(std::span<const std::uint32_t> terms) {
  ++documents;
  std::vector<std::uint32_t> distinct(terms.begin(), terms.end());
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  for (std::uint32_t term : distinct) {
    if (term >= df.size()) df.resize(term + 1, 0);
    ++df[term];
  }
}

double DocumentFrequencies::Idf(std::uint32_t term) const {
  const double count = term < df.size() ? df[term] : 0;
  return std::log((1.0 + static_cast<double>(documents)) / (1.0 + count)) + 1.0;
}

std::vector<std::pair<std::uint32_t, float>> TfIdfVector(std::span<const std::uint32_t> terms,
                                                         const DocumentFrequencies& frequencies) {
  std::vector<std::uint32_t> sorted(terms.begin(), terms.end());
  std::sort(sorted.begin(), sorted.end());
  Vector vector;
  double norm = 0;
  for (std::size_t i = 0; i < sorted.size();) {
    std::size_t j = i;
    while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
    const double weight = (1.0 + std::log(static_cast<double>(j - i))) * frequencies.Idf(sorted[i]);
    vector.emplace_back(sorted[i], static_cast<float>(weight));
    norm += weight * weight;
    i = j;
  }
  const auto scale = static_cast<float>(norm > 0 ? 1.0 / std::sqrt(norm) : 0);
  for (auto& [term, weight] : vector) weight *= scale;
  return vector;
}

ThemeModel ThemeModel::Build(std::span<const std::vector<std::uint32_t>> sample,
                             std::span<const std::string> sample_texts,
                             const DocumentFrequencies& frequencies, TermExtractor& terms) {
  std::vector<Vector> docs;
  std::vector<std::size_t> sampled;  // by doc: its place in `sample`
  for (std::size_t i = 0; i < sample.size(); ++i) {
    Vector vector = TfIdfVector(sample[i], frequencies);
    if (vector.empty()) continue;
    docs.push_back(std::move(vector));
    sampled.push_back(i);
  }
  ThemeModel model;
  if (docs.empty()) return model;
  const std::vector<std::size_t> cluster = AverageLinkage(docs, kMergeSimilarity);

  std::vector<std::vector<std::size_t>> members(docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) members[cluster[i]].push_back(i);
  const std::size_t min_size = std::max<std::size_t>(2, docs.size() / 200);
  std::vector<std::vector<std::size_t>> clusters;
  for (auto& group : members) {
    if (group.size() >= min_size) clusters.push_back(std::move(group));
  }
  // Largest first; equal sizes by their first document, so the order is reproducible.
  std::sort(clusters.begin(), clusters.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() > b.size() : a.front() < b.front();
  });
  if (clusters.size() > kMaxThemes) clusters.resize(kMaxThemes);

  for (const auto& group : clusters) {
    std::vector<std::pair<std::uint32_t, double>> sum;
    for (std::size_t doc : group) {
      for (const auto& [term, weight] : docs[doc]) sum.emplace_back(term, weight);
    }
    std::sort(sum.begin(), sum.end());
    Vector centroid;
    for (std::size_t i = 0; i < sum.size();) {
      double total = 0;
      std::size_t j = i;
      for (; j < sum.size() && sum[j].first == sum[i].first; ++j) total += sum[j].second;
      centroid.emplace_back(sum[i].first, static_cast<float>(total));
      i = j;
    }
    std::sort(centroid.begin(), centroid.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (centroid.size() > kCentroidTerms) centroid.resize(kCentroidTerms);
    double norm = 0;
    for (const auto& [term, weight] : centroid) norm += static_cast<double>(weight) * weight;
    const auto scale = static_cast<float>(1.0 / std::sqrt(norm));
    for (auto& [term, weight] : centroid) weight *= scale;
    Theme theme;
    for (std::size_t i = 0; i < centroid.size() && i < 5; ++i) {
      theme.labels.push_back(terms.Label(centroid[i].first));
    }
    std::vector<std::string_view> texts;
    for (std::size_t doc : group) {
      if (sampled[doc] < sample_texts.size()) texts.push_back(sample_texts[sampled[doc]]);
    }
    theme.name = NameTheme(texts, centroid, terms, theme.labels.empty() ? "" : theme.labels[0]);
    theme.centroid = std::move(centroid);
    model.themes_.push_back(std::move(theme));
  }
  for (std::size_t t = 0; t < model.themes_.size(); ++t) {
    for (const auto& [term, weight] : model.themes_[t].centroid) {
      if (term >= model.postings_.size()) model.postings_.resize(term + 1);
      model.postings_[term].emplace_back(static_cast<std::uint16_t>(t), weight);
    }
  }
  return model;
}

ThemeModel::Assignment ThemeModel::Assign(std::span<const std::uint32_t> terms,
                                          const DocumentFrequencies& frequencies) const {
  Assignment best;
  if (themes_.empty()) return best;
  std::array<float, kMaxThemes> score{};
  for (const auto& [term, weight] : TfIdfVector(terms, frequencies)) {
    if (term >= postings_.size()) continue;
    for (const auto& [theme, centroid_weight] : postings_[term]) {
      score[theme] += weight * centroid_weight;
    }
  }
  for (std::size_t t = 0; t < themes_.size(); ++t) {
    if (score[t] > best.similarity) best = {static_cast<std::uint16_t>(t), score[t]};
  }
  if (best.similarity < kJoinSimilarity) best = {kNoTheme, best.similarity};
  return best;
}

}  // namespace kenes::analytics
