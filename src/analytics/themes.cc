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

}  // namespace kenes::analytics
