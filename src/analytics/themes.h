// What people ask and propose, grouped into themes found automatically (theme_model.h): each
// theme with its name, its top terms, its size, the regions it comes from and the items nearest its
// centre as examples; and how much feedback names each provision.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analytics/feedback_summary.h"

namespace kenes::analytics {

struct ThemeRegion {
  std::string code;
  std::string name_ru;
  std::int64_t items = 0;
};

struct ThemeExample {
  Id feedback_id = 0;
  std::string text;  // filled from the store by Analytics; the cache holds no text
};

struct ThemeSummary {
  int id = 0;                      // its place in the model: stable until the model is rebuilt
  std::string name;                // a phrase of its texts (theme_name.h)
  std::vector<std::string> terms;  // its five heaviest terms, as most often written
  std::int64_t size = 0;
  double share = 0;                  // of the matching feedback
  std::vector<ThemeRegion> regions;  // most items first
  std::vector<ThemeExample> examples;
};

struct ProvisionCount {
  std::string code;
  std::string title_ru;
  std::int64_t items = 0;
};

struct Themes {
  std::int64_t items = 0;
  std::int64_t unthemed = 0;               // items close to no theme
  std::vector<ThemeSummary> themes;        // largest first; themes without matching items left out
  std::vector<ProvisionCount> provisions;  // catalog order, zeros included
};

Themes ComputeThemes(const CampaignCache& cache, const FeedbackSummary& summary);

// The feedback of one theme that passes a filter, for browsing a theme: how many items, and the
// ids of the `limit` nearest the theme's centre (ties by id), nearest first.
struct ThemeMembers {
  int id = 0;
  std::string name;
  std::vector<std::string> terms;
  std::int64_t total = 0;
  std::vector<Id> ids;
};

// Absent when the model has no theme `theme` (it was rebuilt with fewer themes, or never had it).
std::optional<ThemeMembers> ListThemeMembers(const CampaignCache& cache, const Filter& filter,
                                             Id theme, std::size_t limit);

}  // namespace kenes::analytics
