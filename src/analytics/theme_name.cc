#include "analytics/theme_name.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "analytics/text_terms.h"
#include "core/kazakh_morphology.h"
#include "core/utf8.h"

namespace kenes::analytics {
namespace {

constexpr std::size_t kMaxPhraseWords = 5;

struct Phrase {
  std::size_t texts = 0;  // how many texts say it
  std::size_t last_text = static_cast<std::size_t>(-1);
  double weight = 0;
  std::map<std::string, std::size_t> spellings;
};

// "Участие граждан" -> "участие граждан"; "ЦИК" stays.
std::string LowerFirst(std::string_view phrase) {
  std::size_t pos = 0;
  const char32_t first = utf8::Decode(phrase, pos);
  std::size_t next = pos;
  const char32_t second = next < phrase.size() ? utf8::Decode(phrase, next) : U' ';
  if (utf8::ToLower(second) != second) return std::string(phrase);  // all capitals: an acronym
  std::string out;
  utf8::Append(out, utf8::ToLower(first));
  out += phrase.substr(pos);
  return out;
}

}  // namespace

std::string NameTheme(std::span<const std::string_view> texts,
                      std::span<const std::pair<std::uint32_t, float>> centroid,
                      TermExtractor& terms, std::string fallback) {
  std::unordered_map<std::uint32_t, float> top;
  for (std::size_t i = 0; i < centroid.size() && i < kNameTerms; ++i) {
    top.emplace(centroid[i].first, centroid[i].second);
  }
  std::size_t kazakh = 0;
  for (std::string_view text : texts) kazakh += kazakh::HasKazakhLetter(text) ? 1 : 0;
  const bool majority_kazakh = kazakh * 2 > texts.size();

  std::map<std::vector<std::uint32_t>, Phrase> phrases;
  std::vector<TermExtractor::TextWord> words;
  for (const bool same_language_only : {true, false}) {
    for (std::size_t t = 0; t < texts.size(); ++t) {
      const std::string_view text = texts[t];
      if (same_language_only && kazakh::HasKazakhLetter(text) != majority_kazakh) continue;
      words.clear();
      terms.Words(text, words);
      for (std::size_t i = 0; i < words.size(); ++i) {
        if (!top.contains(words[i].term)) continue;
        std::vector<std::uint32_t> key{words[i].term};
        double weight = top[words[i].term];
        for (std::size_t j = i + 1; j < words.size() && j - i < kMaxPhraseWords; ++j) {
          if (words[j].after_break) break;
          if (words[j].term == TermExtractor::kNotCounted) continue;
          const auto it = top.find(words[j].term);
          if (it == top.end()) break;  // a word outside the theme's terms ends the phrase
          key.push_back(words[j].term);
          weight += it->second;
          Phrase& phrase = phrases[key];
          if (phrase.last_text != t) {
            phrase.last_text = t;
            ++phrase.texts;
          }
          phrase.weight = weight;
          ++phrase
                .spellings[LowerFirst(text.substr(words[i].begin, words[j].end - words[i].begin))];
        }
      }
    }
    if (!phrases.empty()) break;
  }

  const std::pair<const std::vector<std::uint32_t>, Phrase>* best = nullptr;
  for (const auto& entry : phrases) {
    if (!best) {
      best = &entry;
      continue;
    }
    const Phrase& a = entry.second;
    const Phrase& b = best->second;
    if (a.texts != b.texts                         ? a.texts > b.texts
        : entry.first.size() != best->first.size() ? entry.first.size() > best->first.size()
                                                   : a.weight > b.weight) {
      best = &entry;
    }
  }
  if (!best) return fallback;
  const auto& spellings = best->second.spellings;
  // The most frequent spelling; std::map's order breaks ties the same way every time.
  return std::max_element(spellings.begin(), spellings.end(),
                          [](const auto& a, const auto& b) { return a.second < b.second; })
      ->first;
}

}  // namespace kenes::analytics
