// A costly request whose client hangs up stops its database work, rather than hold its admission
// slot, a connection and a core for nobody until its time limit (issue 14): on both stores.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>

#include "server/server.h"
#include "support/held_write_lock.h"
#include "support/test_server.h"

namespace kenes {
namespace {

using namespace std::chrono_literals;

// Waits up to `limit` for `done`; whether it came.
template <typename Done>
bool WaitFor(std::chrono::milliseconds limit, Done done) {
  const auto until = std::chrono::steady_clock::now() + limit;
  while (!done()) {
    if (std::chrono::steady_clock::now() > until) return false;
    std::this_thread::sleep_for(10ms);
  }
  return true;
}

// Sends `request` on a new connection to the server and returns the socket, left open.
int SendRaw(int port, const std::string& request) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) return -1;
  std::size_t sent = 0;
  while (sent < request.size()) {
    const ssize_t n = send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return -1;
    sent += static_cast<std::size_t>(n);
  }
  return fd;
}

// An import waits for the database's write lock, which another writer holds (on SQLite the
// file's, on PostgreSQL the audit chain's). Its client gives up and closes the connection: the
// import stops at once, freeing its admission slot while the lock is still held, and once the
// lock is free nothing of it is stored.
TEST(AbandonedRequest, AnImportWhoseClientHangsUpStopsAndKeepsNothing) {
  testing::TestServer server;
  const std::string token = server.TokenFor({.name = "importer", .role = Role::kAdmin});
  auto holder_store = testing::OpenTestStore(server.database());
  testing::HeldWriteLock held(*holder_store);

  const std::string body =
      R"({"date":"2026-02-24","place_code":"355630100","kind":"meeting","status":"held"})"
      "\n";
  const int client =
      SendRaw(server.port(),
              "POST /api/v1/imports?type=events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              "Authorization: Bearer " +
                  token + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: " +
                  std::to_string(body.size()) + "\r\n\r\n" + body);
  ASSERT_GE(client, 0);
  http::Admission& admission = server.server().admission();
  EXPECT_TRUE(WaitFor(5000ms, [&] { return admission.running() == 1; }))
      << "the import never started";
  // Long enough for the import to reach the lock and wait on it.
  std::this_thread::sleep_for(500ms);
  EXPECT_EQ(admission.running(), 1) << "the import did not wait for the lock";
  close(client);
  const bool stopped = WaitFor(5000ms, [&] { return admission.running() == 0; });
  held.Release();
  EXPECT_TRUE(stopped) << "the abandoned import held its slot while the lock was held";

  // Had it only waited, the import would have gone in once the lock was free.
  std::this_thread::sleep_for(500ms);
  auto events =
      holder_store->Read<PageOf<Event>>([](Transaction& tx) { return tx.ListEvents({}); });
  ASSERT_TRUE(events.ok());
  EXPECT_TRUE(events->items.empty()) << "the abandoned import was kept";
}

}  // namespace
}  // namespace kenes
