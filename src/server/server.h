// The kenes HTTP server: the JSON API under /api/v1 over the ledger, on cpp-httplib.
//
// Usage: construct, Bind (port 0 picks a free one), then Run on a thread of your own until Stop.
#pragma once

#include <httplib.h>

#include <memory>
#include <string>
#include <vector>

#include "analytics/analytics.h"
#include "core/result.h"
#include "ledger/ledger.h"
#include "server/router.h"

namespace kenes {

struct ServerOptions {
  std::string host = "127.0.0.1";  // loopback unless asked: campaign data is not for the world
  int port = 8080;
  // cpp-httplib serves a keep-alive connection on one thread for as long as it stays open, so
  // this is how many clients are served at once; more wait. A headquarters behind nginx needs
  // no more than nginx's upstream keepalive; clients straight on kenes need one each.
  int threads = 64;
  std::size_t max_body_bytes = 64 << 20;  // hard cap on any request body; 413 past it
};

class Server {
 public:
  // REQUIRES: `ledger` outlives the server.
  Server(Ledger& ledger, ServerOptions options);
  ~Server();

  // Binds the listening socket; returns the port (useful when options.port is 0).
  Result<int> Bind();
  // Serves until Stop() is called. REQUIRES: Bind() succeeded.
  void Run();
  void Stop();

  const std::vector<http::RouteInfo>& routes() const { return router_.routes(); }
  // The figures the server answers from; Refresh() it to load the campaign before serving.
  analytics::Analytics& analytics() { return analytics_; }

 private:
  Ledger& ledger_;
  const ServerOptions options_;
  analytics::Analytics analytics_;
  httplib::Server http_;
  http::Router router_;
};

}  // namespace kenes
