// The web interface end to end: a real `kenes demo` on loopback with a fresh database (SQLite, or
// a fresh PostgreSQL schema in the PostgreSQL pass), driven through Debian's headless Chromium by
// tests/web/e2e.mjs (Playwright's playwright-core). The scenarios and what each asserts are in
// that file; this test starts the server, installs the one npm package when missing, runs it,
// and fails with its output.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <regex>

#include "support/subprocess.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

namespace kenes {
namespace {

using testing::Child;
using testing::KenesBinary;
using testing::TempDir;

std::string Found(const std::string& output, const std::string& pattern) {
  std::smatch match;
  return std::regex_search(output, match, std::regex(pattern)) ? match[1].str() : "";
}

// Where the screenshots go: $KENES_TEST_OUTPUT/web (scripts/test sets it), else the build's
// test-output/web.
std::string ShotsFolder() {
  const char* output = std::getenv("KENES_TEST_OUTPUT");
  std::string folder = output && *output ? std::string(output) + "/web" : KENES_WEB_OUTPUT;
  if (testing::TestingPostgres()) folder += "-postgres";
  return folder;
}

TEST(WebInterface, CampaignStaffUseEveryPageInChromium) {
  const char* chromium_env = std::getenv("KENES_CHROMIUM");
  const std::string chromium = chromium_env && *chromium_env ? chromium_env : "/usr/bin/chromium";
  ASSERT_EQ(access(chromium.c_str(), X_OK), 0)
      << chromium << " is missing: scripts/install-deps installs Debian's chromium";
  const std::string web_tests = std::string(KENES_TEST_DIR) + "/web";
  const testing::Completed installed = testing::Run({web_tests + "/install-deps"});
  ASSERT_EQ(installed.exit_code, 0) << "npm could not install playwright-core:\n"
                                    << installed.out << installed.err;

  TempDir dir;
  testing::TestDatabase database(dir, "web.db");
  Child demo({KenesBinary(), "demo", "--db", database.location(), "--port", "0"},
             dir.path().string());
  const std::string output = demo.WaitForOutput("http://127.0.0.1:", 120);
  const std::string port = Found(output, R"(http://127\.0\.0\.1:(\d+)/)");
  const std::string password = Found(output, R"(\n  admin +password (\S+))");
  const std::string coordinator = Found(output, R"(\n  coordinator +password (\S+))");
  ASSERT_FALSE(port.empty()) << output;
  ASSERT_FALSE(password.empty()) << output;
  ASSERT_FALSE(coordinator.empty()) << output;

  const testing::Completed run =
      testing::Run({"/usr/bin/env", "KENES_URL=http://127.0.0.1:" + port,
                    "KENES_ADMIN_PASSWORD=" + password, "KENES_COORDINATOR_PASSWORD=" + coordinator,
                    "KENES_WEB_SHOTS=" + ShotsFolder(), "KENES_CHROMIUM=" + chromium,
                    "KENES_PRESS_RELEASE=" + std::string(KENES_TEST_DIR) +
                        "/extract/shymkent-university/input.txt",
                    KENES_NODE, web_tests + "/e2e.mjs"});
  std::printf("%s", run.out.c_str());
  if (run.exit_code != 0) {
    // What the server said meanwhile (slow requests are logged) tells a slow server from a slow
    // page.
    const std::string said = demo.WaitForOutput("", 1);
    ADD_FAILURE() << run.out << run.err << "\nthe server's output (its end):\n"
                  << said.substr(said.size() > 6000 ? said.size() - 6000 : 0);
  }
}

}  // namespace
}  // namespace kenes
