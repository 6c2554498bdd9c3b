#include "analytics/themes.h"

#include <algorithm>

namespace kenes::analytics {

Themes ComputeThemes(const CampaignCache& cache, const FeedbackSummary& summary) {
  Themes out;
  out.items = summary.items;
  out.unthemed = summary.unthemed;
  const auto& model = cache.themes().themes();
  for (std::size_t t = 0; t < model.size() && t < summary.by_theme.size(); ++t) {
    if (summary.by_theme[t] == 0) continue;
    ThemeSummary theme;
    theme.id = static_cast<int>(t);
    theme.name = model[t].name;
    theme.terms = model[t].labels;
    theme.size = summary.by_theme[t];
    theme.share = summary.items ? static_cast<double>(theme.size) / summary.items : 0;
    for (const auto& [code, items] : summary.theme_regions[t]) {
      const Place* place = cache.place(code);
      theme.regions.push_back({cache.places().CodeOf(code), place ? place->name_ru : "", items});
    }
    std::stable_sort(theme.regions.begin(), theme.regions.end(),
                     [](const ThemeRegion& a, const ThemeRegion& b) { return a.items > b.items; });
    for (const auto& [similarity, id] : summary.theme_examples[t])
      theme.examples.push_back({id, {}});
    out.themes.push_back(std::move(theme));
  }
  std::stable_sort(out.themes.begin(), out.themes.end(),
                   [](const ThemeSummary& a, const ThemeSummary& b) { return a.size > b.size; });
  for (const Provision& provision : cache.provisions()) {
    const std::uint32_t code = cache.provision_codes().Find(provision.code);
    auto it = summary.by_provision.find(code);
    out.provisions.push_back(
        {provision.code, provision.title_ru, it == summary.by_provision.end() ? 0 : it->second});
  }
  return out;
}

std::optional<ThemeMembers> ListThemeMembers(const CampaignCache& cache, const Filter& filter,
                                             Id theme, std::size_t limit) {
  const auto& model = cache.themes().themes();
  if (theme < 0 || static_cast<std::uint64_t>(theme) >= model.size()) return std::nullopt;
  ThemeMembers members;
  members.id = static_cast<int>(theme);
  members.name = model[static_cast<std::size_t>(theme)].name;
  members.terms = model[static_cast<std::size_t>(theme)].labels;
  const auto& f = cache.feedback();
  const std::uint32_t region = cache.places().Find(filter.region_code);
  const std::uint32_t segment = cache.segment_codes().Find(filter.segment);
  std::vector<std::pair<float, Id>> found;
  for (std::size_t slot = 0; slot < f.id.size(); ++slot) {
    if (f.theme[slot] != theme || !cache.FeedbackMatches(slot, filter, region, segment)) continue;
    found.emplace_back(f.similarity[slot], f.id[slot]);
  }
  members.total = static_cast<std::int64_t>(found.size());
  const auto nearer = [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  };
  const std::size_t kept = std::min(limit, found.size());
  std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(kept), found.end(),
                    nearer);
  for (std::size_t i = 0; i < kept; ++i) members.ids.push_back(found[i].second);
  return members;
}

}  // namespace kenes::analytics
