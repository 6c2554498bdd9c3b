// Which theme each feedback item fell in, read from the analytics mirror: the themes tests'
// one view of the clustering.
#pragma once

#include <gtest/gtest.h>

#include <map>

#include "analytics/analytics.h"

namespace kenes::analytics {

// The theme of each feedback item by its id (kNoTheme for none).
inline std::map<Id, int> ThemeOf(Analytics& analytics) {
  std::map<Id, int> themes;
  EXPECT_TRUE(analytics
                  .Read([&](const CampaignCache& cache) {
                    const auto& f = cache.feedback();
                    for (std::size_t i = 0; i < f.id.size(); ++i) themes[f.id[i]] = f.theme[i];
                    return Ok();
                  })
                  .ok());
  return themes;
}

}  // namespace kenes::analytics
