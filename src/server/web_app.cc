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
void SendAsset(const httplib::Request& request, httplib::Response& response,
               const WebAsset& asset) {
  response.set_header("Cache-Control", "no-cache");
  response.set_header("ETag", std::string(asset.etag));
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("Content-Security-Policy", kContentSecurityPolicy);
  response.set_header("Referrer-Policy", "no-referrer");
  response.set_header("X-Frame-Options", "DENY");
  // The service worker lives with the other files under /web/ but serves the page at / too.
  if (asset.path == "sw.js") response.set_header("Service-Worker-Allowed", "/");
  if (request.get_header_value("If-None-Match") == asset.etag) {
    response.status = 304;
    return;
  }
  response.set_content(asset.bytes.data(), asset.bytes.size(), std::string(asset.content_type));
}

}  // namespace

void AddWebApp(Router& router) {
  router.Add("GET", "/", Gate::kPublic, "The web interface (signing in, then every page)",
             [](const httplib::Request& request, httplib::Response& response) {
               const WebAsset* page = FindWebAsset("index.html");
               if (!page) return SendError(response, NotFound("the web interface is not built"));
               SendAsset(request, response, *page);
             });
  router.AddFiles("/web/", "The web interface's scripts, styles and message catalogs",
                  [](const httplib::Request& request, httplib::Response& response) {
                    const std::string path = request.matches[1];
                    const WebAsset* asset = FindWebAsset(path);
                    if (!asset) return SendError(response, NotFound("no file /web/" + path));
                    SendAsset(request, response, *asset);
                  });
}

}  // namespace kenes::http
