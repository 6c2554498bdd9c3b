#include "server/web_assets.h"

#include <algorithm>

namespace kenes::http {

const WebAsset* FindWebAsset(std::string_view path) {
  const auto assets = WebAssets();
  const auto found = std::lower_bound(
      assets.begin(), assets.end(), path,
      [](const WebAsset& asset, std::string_view wanted) { return asset.path < wanted; });
  if (found == assets.end() || found->path != path) return nullptr;
  return &*found;
}

}  // namespace kenes::http
