// Stopping a server ends it whenever the stop comes: also before it has begun to listen, which
// is what a test that starts and drops a server at once, or a signal at start-up, does. httplib's
// own stop() is lost then, and Run served on for ever (a hang seen under AddressSanitizer).
#include <gtest/gtest.h>

#include <chrono>
#include <future>

#include "server/server.h"
#include "support/test_server.h"

namespace kenes {
namespace {

using namespace std::chrono_literals;

TEST(ServerStop, AStopBeforeRunEndsRunAtOnce) {
  testing::TestServer base;
  ServerOptions options;
  options.port = 0;
  options.threads = 2;
  Server server(base.ledger(), base.accounts(), options);
  ASSERT_TRUE(server.Bind().ok());
  server.Stop();
  auto run = std::async(std::launch::async, [&server] { server.Run(); });
  const bool ended = run.wait_for(10s) == std::future_status::ready;
  if (!ended) server.Stop();  // the old behaviour: it listened after all; end it to report
  EXPECT_TRUE(ended) << "Run went on serving after Stop";
}

TEST(ServerStop, AStopRightAfterRunStartsEndsIt) {
  testing::TestServer base;
  for (int i = 0; i < 20; ++i) {
    ServerOptions options;
    options.port = 0;
    options.threads = 2;
    Server server(base.ledger(), base.accounts(), options);
    ASSERT_TRUE(server.Bind().ok());
    auto run = std::async(std::launch::async, [&server] { server.Run(); });
    server.Stop();
    const bool ended = run.wait_for(10s) == std::future_status::ready;
    if (!ended) server.Stop();
    ASSERT_TRUE(ended) << "Run went on serving after Stop, round " << i;
  }
}

}  // namespace
}  // namespace kenes
