// The headers the web interface is served with. It caches itself and opens offline, so what it
// may run is pinned by a Content-Security-Policy (scripts and workers from its own origin, no
// inline script), it may not be framed by another site, and it sends no referrer; its service
// worker may serve the whole app from /web/sw.js.
#include <gtest/gtest.h>

#include "support/test_server.h"

namespace kenes {
namespace {

using testing::Reply;
using testing::TestServer;

std::string Header(const Reply& reply, const std::string& name) {
  const auto found = reply.headers.find(name);
  return found == reply.headers.end() ? "" : found->second;
}

// The directive `name` of a policy, e.g. "script-src 'self'", or "" when absent.
std::string Directive(const std::string& policy, const std::string& name) {
  std::size_t at = 0;
  while (at < policy.size()) {
    const std::size_t end = std::min(policy.find(';', at), policy.size());
    std::string part = policy.substr(at, end - at);
    part.erase(0, part.find_first_not_of(' '));
    if (part.rfind(name + " ", 0) == 0) return part;
    at = end + 1;
  }
  return "";
}

TEST(WebHeaders, ThePageAndItsFilesPinWhatTheyMayRun) {
  TestServer server;
  auto browser = server.Anonymous();
  for (const std::string path :
       {"/", "/web/app.js", "/web/sw.js", "/web/i18n/kk.json", "/web/manifest.webmanifest"}) {
    const Reply reply = browser.Get(path);
    ASSERT_EQ(reply.status, 200) << path;
    const std::string policy = Header(reply, "Content-Security-Policy");
    EXPECT_EQ(Directive(policy, "script-src"), "script-src 'self'") << path << ": " << policy;
    EXPECT_EQ(Directive(policy, "worker-src"), "worker-src 'self'") << path;
    EXPECT_EQ(Directive(policy, "default-src"), "default-src 'self'") << path;
    EXPECT_EQ(Directive(policy, "frame-ancestors"), "frame-ancestors 'none'") << path;
    EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos) << path;
    EXPECT_EQ(policy.find("unsafe-eval"), std::string::npos) << path;
    EXPECT_EQ(Header(reply, "Referrer-Policy"), "no-referrer") << path;
    EXPECT_EQ(Header(reply, "X-Content-Type-Options"), "nosniff") << path;
  }
  // A revalidated file (304) keeps its headers too.
  const Reply first = browser.Get("/web/app.js");
  const Reply again =
      browser.Send("GET", "/web/app.js", "", "", {{"If-None-Match", Header(first, "ETag")}});
  EXPECT_EQ(again.status, 304);
  EXPECT_EQ(Header(again, "Referrer-Policy"), "no-referrer");
}

TEST(WebHeaders, TheServiceWorkerMayServeTheWholeApp) {
  TestServer server;
  auto browser = server.Anonymous();
  const Reply worker = browser.Get("/web/sw.js");
  ASSERT_EQ(worker.status, 200);
  EXPECT_EQ(Header(worker, "Service-Worker-Allowed"), "/");
  EXPECT_EQ(Header(worker, "Content-Type").rfind("text/javascript", 0), 0u);
  EXPECT_EQ(Header(browser.Get("/web/app.js"), "Service-Worker-Allowed"), "");
  const Reply manifest = browser.Get("/web/manifest.webmanifest");
  EXPECT_EQ(Header(manifest, "Content-Type"), "application/manifest+json");
  EXPECT_EQ(manifest.body["start_url"], "/");
}

TEST(WebHeaders, ThePageHasNoInlineScript) {
  TestServer server;
  const std::string page = server.Anonymous().Get("/").raw;
  // Every script element names its file; no element carries an event handler attribute.
  for (std::size_t at = page.find("<script"); at != std::string::npos;
       at = page.find("<script", at + 1)) {
    const std::string tag = page.substr(at, page.find('>', at) - at);
    EXPECT_NE(tag.find("src=\"/web/"), std::string::npos) << tag;
  }
  EXPECT_EQ(page.find(" onclick="), std::string::npos);
  EXPECT_EQ(page.find(" onload="), std::string::npos);
}

TEST(WebHeaders, EveryPlaceComesInOneAnswerForTheOfflineCopy) {
  TestServer server;
  const Reply all = server.Get("/api/v1/places?all=true");
  ASSERT_EQ(all.status, 200) << all.raw;
  EXPECT_GT(all.body.size(), server.Get("/api/v1/places?limit=1000").body.size());
  bool settlement = false;
  for (const auto& place : all.body) settlement |= place["code"] == "355630100";
  EXPECT_TRUE(settlement);
  EXPECT_EQ(server.Get("/api/v1/places?all=maybe").status, 400);
}

}  // namespace
}  // namespace kenes
