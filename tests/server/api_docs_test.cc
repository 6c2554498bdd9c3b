// docs/api.md against the server's own route table: every route the router serves is named there
// as `METHOD /path` (API paths without their /api/v1 prefix), and every route named there is
// served. A route added without its line in the docs fails here, and so does a line left behind.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include "support/test_server.h"

namespace kenes {
namespace {

namespace fs = std::filesystem;
using testing::TestServer;

constexpr std::string_view kApiPrefix = "/api/v1";

std::string ApiDocs() {
  std::ifstream in(fs::path(KENES_TEST_DIR).parent_path() / "docs" / "api.md");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

bool IsPathChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) ||
         std::string_view("_{}/.-").find(c) != std::string_view::npos;
}

// Whether `docs` names `method path` as a whole: "GET /events" is not found in "GET /events/{id}".
bool Names(const std::string& docs, const std::string& method, const std::string& path) {
  const std::string wanted = method + " " + path;
  for (std::size_t at = docs.find(wanted); at != std::string::npos;
       at = docs.find(wanted, at + 1)) {
    const std::size_t end = at + wanted.size();
    if (end == docs.size() || !IsPathChar(docs[end])) return true;
  }
  return false;
}

// The route as the docs write it: API paths without the prefix every one of them shares.
std::string Documented(const std::string& path) {
  return path.starts_with(kApiPrefix) ? path.substr(kApiPrefix.size()) : path;
}

TEST(ApiDocs, NameEveryRouteTheServerServes) {
  TestServer server;
  const std::string docs = ApiDocs();
  ASSERT_FALSE(docs.empty()) << "docs/api.md not found";
  for (const auto& route : server.server().routes()) {
    EXPECT_TRUE(Names(docs, route.method, Documented(route.path)))
        << route.method << " " << route.path << " is served but docs/api.md does not name `"
        << route.method << " " << Documented(route.path) << "`";
  }
}

TEST(ApiDocs, NameNoRouteTheServerDoesNotServe) {
  TestServer server;
  std::set<std::string> served;
  for (const auto& route : server.server().routes()) {
    served.insert(route.method + " " + route.path);
    served.insert(route.method + " " + Documented(route.path));
  }
  const std::string docs = ApiDocs();
  static const std::regex kNamed(R"(\b(GET|POST|PUT|PATCH|DELETE) (/[A-Za-z0-9_{}/.\-]*))");
  for (auto it = std::sregex_iterator(docs.begin(), docs.end(), kNamed);
       it != std::sregex_iterator(); ++it) {
    const std::string named = (*it)[0];
    EXPECT_TRUE(served.contains(named)) << "docs/api.md names `" << named << "`, which no route is";
  }
}

}  // namespace
}  // namespace kenes
