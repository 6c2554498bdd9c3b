#include "server/web_app.h"

#include "server/http_json.h"
#include "server/web_assets.h"

namespace kenes::http {
namespace {

// The web interface caches itself (web/sw.js) and opens offline, so what it may run is pinned:
// scripts, workers and styles from this origin only, no inline script or style element (the
// pages set styles through the CSSOM, which a policy does not block), no framing by another
// site, and no address of the app sent on as a referrer.
constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; manifest-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

// Files are revalidated on every load (no-cache) but cost a 304 when unchanged, so a new version
// of kenes is picked up at once and an unchanged one costs a few hundred bytes a file.
Reply AssetReply(const httplib::Request& request, const WebAsset& asset) {
  Reply reply;
  reply.Header("Cache-Control", "no-cache");
  reply.Header("ETag", std::string(asset.etag));
  reply.Header("X-Content-Type-Options", "nosniff");
  reply.Header("Content-Security-Policy", kContentSecurityPolicy);
  reply.Header("Referrer-Policy", "no-referrer");
  reply.Header("X-Frame-Options", "DENY");
  // The service worker lives with the other files under /web/ but serves the page at / too.
  if (asset.path == "sw.js") reply.Header("Service-Worker-Allowed", "/");
  if (request.get_header_value("If-None-Match") == asset.etag) {
    reply.status = 304;
    return reply;
  }
  reply.static_body = std::string_view(asset.bytes.data(), asset.bytes.size());
  reply.content_type = std::string(asset.content_type);
  return reply;
}

}  // namespace

void AddWebApp(Router& router) {
  router.AddPage("/", "The web interface (signing in, then every page)",
                 [](const httplib::Request& request) -> Result<Reply> {
                   const WebAsset* page = FindWebAsset("index.html");
                   if (!page) return NotFound("the web interface is not built");
                   return AssetReply(request, *page);
                 });
  router.AddFiles("/web/", "The web interface's scripts, styles and message catalogs",
                  [](const std::string& path, const httplib::Request& request) -> Result<Reply> {
                    const WebAsset* asset = FindWebAsset(path);
                    if (!asset) return NotFound("no file /web/" + path);
                    return AssetReply(request, *asset);
                  });
}

}  // namespace kenes::http
