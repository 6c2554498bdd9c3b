#include "server/server.h"

#include <spdlog/spdlog.h>
#include <sys/socket.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "server/account_routes.h"
#include "server/analytics_routes.h"
#include "server/audit_routes.h"
#include "server/auth.h"
#include "server/claim_routes.h"
#include "server/export_routes.h"
#include "server/http_json.h"
#include "server/import_routes.h"
#include "server/intake_routes.h"
#include "server/openapi.h"
#include "server/publication_routes.h"
#include "server/record_routes.h"
#include "server/reference_routes.h"
#include "server/report_routes.h"
#include "server/results_routes.h"
#include "server/web_app.h"

namespace kenes {

Server::Server(Ledger& ledger, Accounts& accounts, ServerOptions options)
    : ledger_(ledger),
      accounts_(accounts),
      options_(std::move(options)),
      analytics_(ledger.store()),
      admission_(options_.admission.value_or(
          http::Admission::ForCores(static_cast<int>(std::thread::hardware_concurrency())))),
      router_(http_, accounts, admission_, watch_) {
  // Without TCP_NODELAY, Nagle's algorithm meets delayed ACKs on loopback and every response
  // waits ~40 ms (../shared/STACK.md).
  http_.set_tcp_nodelay(true);
  // A connection is closed after 100 requests and its client reconnects behind whoever waits for
  // a thread: one client with many busy connections cannot hold every thread for good
  // (bench/overload). Reconnecting costs no failed request since the listen backlog was widened.
  http_.set_keep_alive_max_count(100);
  http_.set_payload_max_length(options_.max_body_bytes);
  // Keeps the listening socket httplib makes in Bind, to widen its backlog there.
  http_.set_socket_options([this](socket_t socket) {
    httplib::default_socket_options(socket);
    listening_socket_ = socket;
  });
  const int threads = options_.threads;
  http_.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };

  // Errors httplib raises itself (no such route, body past the cap) get the same JSON shape as
  // every other error.
  http_.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
    if (!response.body.empty()) return;
    const int status = response.status;
    Error error;
    if (status == 404) {
      error = NotFound("no route " + request.method + " " + request.path);
    } else if (status == 413) {
      error = Error{ErrorCode::kTooLarge, "the request body is too large", "body"};
    } else {
      error = Error{status >= 500 ? ErrorCode::kInternal : ErrorCode::kInvalid,
                    "the request could not be handled (HTTP " + std::to_string(status) + ")",
                    {}};
    }
    http::SendError(response, error);
    response.status = status;
  });

  // A request with no credential at all, to a route that needs one, is answered before its body
  // is read: nobody outside gets to make the server take in megabytes.
  http_.set_pre_routing_handler(
      [this](const httplib::Request& request, httplib::Response& response) {
        if (http::CarriesCredential(request) || router_.IsPublic(request.method, request.path)) {
          return httplib::Server::HandlerResponse::Unhandled;
        }
        http::SendError(response, Unauthenticated("sign in (POST /api/v1/login) or send "
                                                  "Authorization: Bearer <token>"));
        return httplib::Server::HandlerResponse::Handled;
      });

  router_.KeepReplies(ledger_.store(), ledger_.clock());
  router_.LimitQueries(options_.query_time_limit);
  http::AddAccountRoutes(router_, accounts_, options_.secure_cookies);
  http::AddAuditRoutes(router_, ledger_);
  http::AddRecordRoutes(router_, ledger_);
  http::AddReferenceRoutes(router_, ledger_);
  http::AddHealthRoutes(router_, ledger_);
  http::AddIntakeRoutes(router_, ledger_);
  http::AddImportRoutes(router_, ledger_);
  http::AddExportRoutes(router_, ledger_);
  http::AddAnalyticsRoutes(router_, ledger_, analytics_);
  http::AddClaimRoutes(router_, ledger_, analytics_);
  http::AddResultsRoutes(router_, ledger_, analytics_);
  http::AddPublicationRoutes(router_, ledger_, publications_);
  http::AddReportRoutes(router_, analytics_, ledger_.clock());
  http::AddWebApp(router_);
  router_.Add({"GET", "/api/v1/openapi.json", Gate::kPublic, "This description of the API"},
              [this](const http::Call&) -> Result<http::Reply> {
                return http::Reply::Json(http::OpenApiDocument(router_.routes()));
              });
}

Server::~Server() { Stop(); }

Result<int> Server::Bind() {
  int port = options_.port;
  if (port == 0) {
    port = http_.bind_to_any_port(options_.host);
    if (port <= 0) {
      return Error{ErrorCode::kUnavailable, "cannot listen on " + options_.host, "host"};
    }
  } else if (!http_.bind_to_port(options_.host, options_.port)) {
    return Error{ErrorCode::kUnavailable,
                 "cannot listen on " + options_.host + ":" + std::to_string(options_.port) +
                     "; is another server using the port? Choose another with --port",
                 "port"};
  }
  // httplib 0.11 listens with a backlog of 5 (CPPHTTPLIB_LISTEN_BACKLOG, fixed when the library
  // was compiled). When more clients than that connect at once (a load run's 200 coordinators
  // starting, phones reconnecting after a restart), the kernel's accept queue overflows and some
  // connections are dropped; their clients see their first request closed unanswered about a
  // second later (bench/load-run counted them). Listening again on the same socket only raises
  // the backlog, to the system's limit (net.core.somaxconn).
  if (listening_socket_ >= 0 && ::listen(listening_socket_, SOMAXCONN) != 0) {
    spdlog::warn("cannot widen the listen backlog: {}", std::strerror(errno));
  }
  return port;
}

void Server::Run() {
  run_started_ = true;
  if (!stop_requested_) http_.listen_after_bind();
  run_returned_ = true;
}

void Server::Stop() {
  stop_requested_ = true;
  // Requests under way stop their database work and answer 503, so the stop waits for none of
  // them (a read may run for its whole time limit, a write wait on another writer's lock).
  router_.StopQueries();
  ledger_.store().InterruptStopped();
  // Costly requests waiting for a slot leave at once with a 503, rather than hold the stop up.
  admission_.Close();
  // Run checked the request before it came, so it is about to listen (or has failed to): wait
  // for either. A Run that starts after this line sees the request and never listens.
  while (run_started_ && !run_returned_ && !http_.is_running()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  http_.stop();
  // Run returns once its workers have finished their requests. Until then, cancel again and
  // again: a statement sent just as the flag rose escaped the first cancel.
  while (run_started_ && !run_returned_) {
    ledger_.store().InterruptStopped();
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

}  // namespace kenes
