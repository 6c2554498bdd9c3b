// The files of web/ (the browser interface), embedded into the program at build time by
// cmake/EmbedWeb.cmake, so the server needs no folder of assets beside it.
#pragma once

#include <span>
#include <string_view>

namespace kenes::http {

struct WebAsset {
  std::string_view path;          // relative to web/: "app.js", "i18n/ru.json"
  std::string_view content_type;  // "text/javascript; charset=utf-8"
  std::string_view etag;          // quoted, from the file's SHA-1: "\"3f2a...\""
  std::string_view bytes;
};

// Every embedded file, sorted by path. Defined in the generated web_assets_data.cc.
std::span<const WebAsset> WebAssets();

// The asset at `path`, or null.
const WebAsset* FindWebAsset(std::string_view path);

}  // namespace kenes::http
