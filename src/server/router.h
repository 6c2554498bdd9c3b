// Routes as a table: each is registered with its method, path template, access gate and a
// summary, so the server can describe itself (OpenAPI), tests can walk every route with every
// role, and a route without an access rule cannot be added at all.
//
// Before a handler runs, the router tells who is calling (server/auth.h) and checks the route's
// gate (core/access.h): a caller who is needed and absent gets 401, a role the gate refuses 403.
// Then it reads the parameters the route declares (server/route_params.h), runs the handler, and
// sends what it returns: the reply, or the error in the one JSON shape (server/reply.h).
#pragma once

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/access.h"
#include "core/actor.h"
#include "ledger/accounts.h"
#include "server/admission.h"
#include "server/client_watch.h"
#include "server/reply.h"
#include "server/route_params.h"
#include "store/clock.h"
#include "store/store.h"

namespace kenes::http {

// Whether a route's work is costly (it computes over the whole campaign, or reads a text): costly
// routes run under admission control (server/admission.h).
// kRevalidated is costly too, but its handler first answers what needs no work (a conditional
// request whose ETag still holds gets 304) and only then takes admission itself (Admit).
enum class Cost { kCheap, kCostly, kRevalidated };

struct RouteInfo {
  std::string method;  // "GET", "POST", "PATCH", "DELETE"
  std::string path;    // "/api/v1/events/{id}"
  Gate gate = Gate::kAdmin;
  std::string summary;
  Cost cost = Cost::kCheap;
  // Its query parameters, and its path parameters where they need more than the plain
  // description PathParams gives them (server/route_params.h).
  Params params = {};
};

class Router {
 public:
  // Answers a call whose parameters the router has read as declared; the router writes the
  // reply, or the error in its one JSON shape.
  using Respond = std::function<Result<Reply>(const Call&)>;
  // A file's answer by its path under the prefix.
  using RespondFile =
      std::function<Result<Reply>(const std::string& file, const httplib::Request&)>;
  // A page for browsers.
  using RespondPage = std::function<Result<Reply>(const httplib::Request&)>;
  // REQUIRES: `server`, `accounts`, `admission` (which admits costly requests) and `watch`
  // (which stops a costly request whose client has gone) outlive the router.
  Router(httplib::Server& server, Accounts& accounts, Admission& admission, ClientWatch& watch)
      : server_(server), accounts_(accounts), admission_(admission), watch_(watch) {}

  // Path parameters: {id} matches a positive whole number, {code} a KATO code. A public route
  // has no path parameters, and its call's actor is nobody. Exceptions escaping a handler become
  // a 500 with a JSON error.
  void Add(RouteInfo route, Respond respond);

  // Public GET route for the files under `prefix` ("/web/"), listed as "GET /web/{file}"; the
  // file's path (letters, digits, '_', '-', '.', '/') is `respond`'s first argument. A file's
  // query is not read (a cache-busting ?v= is harmless).
  void AddFiles(const std::string& prefix, const std::string& summary, RespondFile respond);

  // Public GET page at `path` ("/"): like the files, its query is not read, so a link carrying a
  // tracking parameter still opens it.
  void AddPage(const std::string& path, const std::string& summary, RespondPage respond);

  const std::vector<RouteInfo>& routes() const { return routes_; }

  // From now on, a write that carries an Idempotency-Key is answered once per key, its answer
  // kept in `store` (server/idempotency.h). REQUIRES: `store` and `clock` outlive the router.
  // Every request's database reads stop after `limit` (store/query_deadline.h).
  void LimitQueries(std::chrono::milliseconds limit) { query_limit_ = limit; }
  // From now on every request's database work stops at once, and a new request gets 503: the
  // server is stopping. Work already under way is cancelled by Store::InterruptStopped.
  void StopQueries() {
    stopping_ = true;
    watch_.StopAll();
  }

  // Admission for a kRevalidated route's costly work; held while it runs.
  Result<Admission::Ticket> Admit(const Actor& actor) { return admission_.Enter(AccountOf(actor)); }

  void KeepReplies(Store& store, const Clock& clock) {
    replies_ = &store;
    clock_ = &clock;
  }

  // Whether `method` `path` is a public route, for answering a request that carries no
  // credential before its body is read.
  bool IsPublic(const std::string& method, const std::string& path) const;

 private:
  // Registers `route` with httplib, its handler behind the gate, admission and idempotency. The
  // handler is given the admission a costly route holds, for a streamed reply to take along.
  using Guarded = std::function<void(const httplib::Request&, httplib::Response&, const Actor&,
                                     std::optional<Admission::Ticket>& ticket)>;
  void Register(RouteInfo route, Guarded handler);

  // `pieces` as a streamed reply runs them after its handler has returned: holding the request's
  // admission to the last piece, and each piece's reads under the request's time limit and stop
  // flag, as the handler's were.
  Reply::Pieces Streaming(Reply::Pieces pieces, std::optional<Admission::Ticket> ticket);

  // Whose share of the costly slots a request takes.
  static std::string AccountOf(const Actor& actor) {
    return actor.user_id ? std::to_string(actor.user_id) : actor.name;
  }

  httplib::Server& server_;
  Accounts& accounts_;
  std::vector<RouteInfo> routes_;
  std::set<std::string> public_;              // "GET /api/v1/health"
  std::vector<std::string> public_prefixes_;  // "/web/", for GET
  Admission& admission_;
  ClientWatch& watch_;
  std::chrono::milliseconds query_limit_{30'000};
  std::atomic<bool> stopping_{false};
  Store* replies_ = nullptr;  // where idempotent writes keep their answers
  const Clock* clock_ = nullptr;
};

}  // namespace kenes::http
