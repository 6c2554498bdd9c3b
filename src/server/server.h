// The kenes HTTP server: the JSON API under /api/v1 over the ledger, on cpp-httplib.
//
// Usage: construct, Bind (port 0 picks a free one), then Run on a thread of your own until Stop.
#pragma once

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analytics/analytics.h"
#include "core/result.h"
#include "ledger/accounts.h"
#include "ledger/ledger.h"
#include "publish/publication_desk.h"
#include "server/router.h"

namespace kenes {

struct ServerOptions {
  std::string host = "127.0.0.1";  // loopback unless asked: campaign data is not for the world
  int port = 8080;
  // cpp-httplib serves a keep-alive connection on one thread for as long as it stays open, so
  // this is how many clients are served at once; more wait. A headquarters behind nginx needs
  // no more than nginx's upstream keepalive; clients straight on kenes need one each. 256: one
  // client's 64 connections (bench/overload) leave room for everyone else; an idle thread costs
  // little.
  int threads = 256;
  // Hard cap on any request body (413 past it): the largest route body is a 2 MiB press release.
  std::size_t max_body_bytes = 4 << 20;
  bool secure_cookies = false;  // reached over HTTPS (through a proxy): cookies get Secure
  // How many costly requests run and wait at once (server/admission.h); by default, from the
  // number of cores.
  std::optional<http::Admission::Limits> admission;
  // The longest a request's database reads may take before they are stopped with a 503.
  std::chrono::milliseconds query_time_limit{30'000};
};

class Server {
 public:
  // REQUIRES: `ledger` and `accounts` outlive the server.
  Server(Ledger& ledger, Accounts& accounts, ServerOptions options);
  ~Server();

  // Binds the listening socket; returns the port (useful when options.port is 0).
  Result<int> Bind();
  // Serves until Stop() is called. REQUIRES: Bind() succeeded.
  void Run();
  // Ends Run, whenever it is called: before Run starts (Run then returns at once), while Run is
  // about to listen (Stop waits until it does), or while it serves.
  void Stop();

  const std::vector<http::RouteInfo>& routes() const { return router_.routes(); }
  // The figures the server answers from; Refresh() it to load the campaign before serving.
  analytics::Analytics& analytics() { return analytics_; }
  // Who runs costly work now; tests hold a ticket to fill it.
  http::Admission& admission() { return admission_; }

 private:
  Ledger& ledger_;
  Accounts& accounts_;
  const ServerOptions options_;
  analytics::Analytics analytics_;
  publish::PublicationDesk publications_{ledger_, analytics_};
  httplib::Server http_;
  // The listening socket, as httplib created it in Bind (-1 before): Bind widens its backlog.
  int listening_socket_ = -1;
  // httplib's stop() does nothing until listening has begun, so a Stop that came a moment
  // before would be lost and Run would serve on: these close that gap.
  std::atomic<bool> run_started_{false};
  std::atomic<bool> run_returned_{false};
  std::atomic<bool> stop_requested_{false};
  http::Admission admission_;
  // Cancels what the store runs for a request whose client has gone.
  http::ClientWatch watch_{[this] { ledger_.store().InterruptStopped(); }};
  http::Router router_;
};

}  // namespace kenes
