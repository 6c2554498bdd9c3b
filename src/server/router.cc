#include "server/router.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <optional>
#include <stdexcept>

#include "server/auth.h"
#include "server/http_json.h"
#include "server/idempotency.h"
#include "store/query_deadline.h"

namespace kenes::http {
namespace {

std::string PatternOf(const std::string& path) {
  std::string pattern;
  for (std::size_t i = 0; i < path.size();) {
    if (path.compare(i, 4, "{id}") == 0) {
      pattern += "([0-9]+)";
      i += 4;
    } else if (path.compare(i, 6, "{code}") == 0) {
      pattern += "([0-9]{9})";
      i += 6;
    } else {
      if (path[i] == '.') pattern += '\\';
      pattern += path[i++];
    }
  }
  return pattern;
}

// Who calls a gated route: 401 for nobody or a credential not valid, 403 for a role the gate
// refuses.
Result<Actor> Admitted(const Result<std::optional<Actor>>& caller, Gate gate) {
  if (!caller.ok()) return caller.error();
  if (!*caller) {
    return Unauthenticated("sign in (POST /api/v1/login) or send Authorization: Bearer <token>");
  }
  if (!Admits(gate, (*caller)->role)) return Refusal(gate, (*caller)->role);
  return **caller;
}

// A public answer that reads neither caller nor query: the same for everyone, so a stale cookie
// or a link's tracking parameter changes nothing.
httplib::Server::Handler Unguarded(std::function<Result<Reply>(const httplib::Request&)> respond) {
  return
      [respond = std::move(respond)](const httplib::Request& request, httplib::Response& response) {
        try {
          Result<Reply> reply = respond(request);
          (reply.ok() ? *reply : Reply::Of(reply.error())).WriteTo(response);
        } catch (const std::exception& e) {
          spdlog::error("GET {}: {}", request.path, e.what());
          Reply::Of(Internal("an internal error occurred; it has been logged")).WriteTo(response);
        }
      };
}

// A request that took longer than this is written to the log with its time and answer, so an
// operator (or a failed test) can tell a slow query from a request that waited for a thread.
constexpr std::chrono::seconds kSlowRequest{2};

// Logs the request when it ends, if it was slow or the server failed it (a 5xx: the client may
// retry or queue it, and only the log says why).
class SlowRequestLog {
 public:
  SlowRequestLog(const std::string& method, const httplib::Request& request,
                 const httplib::Response& response)
      : method_(method), request_(request), response_(response) {}
  ~SlowRequestLog() {
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started_;
    if (response_.status >= 500) {
      spdlog::warn("failed request: {} {} answered {} after {:.1f} s: {}", method_, request_.path,
                   response_.status, took.count(), response_.body.substr(0, 300));
    } else if (took >= kSlowRequest) {
      spdlog::warn("slow request: {} {} answered {} after {:.1f} s", method_, request_.path,
                   response_.status, took.count());
    }
  }
  SlowRequestLog(const SlowRequestLog&) = delete;
  SlowRequestLog& operator=(const SlowRequestLog&) = delete;

 private:
  const std::string& method_;
  const httplib::Request& request_;
  const httplib::Response& response_;
  const std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

}  // namespace

void Router::Add(RouteInfo route, Respond respond) {
  Params path = PathParams(route.path, route.params);
  Params query;
  for (const Param& param : route.params) {
    if (route.path.find("{" + param.name + "}") == std::string::npos) query.push_back(param);
  }
  Register(std::move(route),
           [this, path = std::move(path), query = std::move(query), respond = std::move(respond)](
               const httplib::Request& request, httplib::Response& response, const Actor& actor,
               std::optional<Admission::Ticket>& ticket) {
             Call call(request, actor);
             Status read = call.Read(path, query);
             Result<Reply> reply = read.ok() ? respond(call) : Result<Reply>(read.error());
             if (reply.ok() && reply->pieces) {
               reply->pieces = Streaming(std::move(reply->pieces), std::move(ticket));
             }
             (reply.ok() ? *reply : Reply::Of(reply.error())).WriteTo(response);
           });
}

Reply::Pieces Router::Streaming(Reply::Pieces pieces, std::optional<Admission::Ticket> ticket) {
  // Shared, as a std::function must be copyable; released with httplib's copy of the provider,
  // once the response is written or abandoned.
  auto held = std::make_shared<std::optional<Admission::Ticket>>(std::move(ticket));
  return [this, pieces = std::move(pieces), held](std::string& piece) -> Result<bool> {
    const QueryDeadline deadline(query_limit_, &stopping_);
    if (stopping_) return QueryDeadline::Stopped();
    return pieces(piece);
  };
}

bool Router::IsPublic(const std::string& method, const std::string& path) const {
  const bool get = method == "GET" || method == "HEAD";
  if (get) {
    for (const std::string& prefix : public_prefixes_) {
      if (path.starts_with(prefix)) return true;
    }
  }
  return public_.contains((get ? std::string("GET") : method) + " " + path);
}

void Router::AddFiles(const std::string& prefix, const std::string& summary, RespondFile respond) {
  routes_.push_back({"GET", prefix + "{file}", Gate::kPublic, summary});
  public_prefixes_.push_back(prefix);
  server_.Get(PatternOf(prefix) + "([A-Za-z0-9_./-]+)",
              Unguarded([respond = std::move(respond)](const httplib::Request& request) {
                return respond(request.matches[1], request);
              }));
}

void Router::AddPage(const std::string& path, const std::string& summary, RespondPage respond) {
  routes_.push_back({"GET", path, Gate::kPublic, summary});
  public_.insert("GET " + path);
  server_.Get(PatternOf(path), Unguarded(std::move(respond)));
}

void Router::Register(RouteInfo route, Guarded handler) {
  const std::string method = route.method, path = route.path;
  const Gate gate = route.gate;
  const Cost cost = route.cost;
  if (gate == Gate::kPublic) {
    if (cost != Cost::kCheap) {
      throw std::logic_error(method + " " + path + ": a costly route needs an account to admit");
    }
    if (path.find('{') != std::string::npos) {
      throw std::logic_error(method + " " + path + ": a public route takes no path parameters");
    }
    public_.insert(method + " " + path);
  }
  routes_.push_back(std::move(route));
  httplib::Server::Handler guarded = [this, handler = std::move(handler), method, path, gate, cost](
                                         const httplib::Request& request,
                                         httplib::Response& response) {
    const SlowRequestLog slow(method, request, response);
    try {
      // A costly request stops when its client goes; a cheap one ends before that matters.
      std::unique_ptr<ClientWatch::Watched> watched;
      if (cost != Cost::kCheap) watched = watch_.Watch(request);
      const QueryDeadline deadline(query_limit_, watched ? watched->stop() : &stopping_,
                                   &stopping_);
      if (QueryDeadline::Stopping()) return SendError(response, QueryDeadline::Stopped());
      auto caller = IdentifyCaller(accounts_, request);
      // A public route serves everyone alike, so a stale cookie or token does not stand in the
      // way of the landing page or of signing in again.
      std::optional<Admission::Ticket> ticket;
      if (gate == Gate::kPublic) return handler(request, response, Actor{}, ticket);
      const Result<Actor> admitted = Admitted(caller, gate);
      if (!admitted.ok()) return Reply::Of(admitted.error()).WriteTo(response);
      const Actor& actor = *admitted;
      if (cost == Cost::kCostly) {
        auto entered = admission_.Enter(AccountOf(actor));
        if (!entered.ok()) {
          return Reply::Of(entered.error()).Header("Retry-After", "2").WriteTo(response);
        }
        ticket.emplace(std::move(*entered));
      }
      if (replies_ && method != "GET" && request.has_header(kIdempotencyHeader)) {
        return AnswerOnce(*replies_, *clock_, request, response, actor,
                          [&] { handler(request, response, actor, ticket); });
      }
      handler(request, response, actor, ticket);
    } catch (const std::exception& e) {
      spdlog::error("{} {}: {}", method, path, e.what());
      Reply::Of(Internal("an internal error occurred; it has been logged")).WriteTo(response);
    }
  };
  const std::string pattern = PatternOf(path);
  if (method == "GET")
    server_.Get(pattern, std::move(guarded));
  else if (method == "POST")
    server_.Post(pattern, std::move(guarded));
  else if (method == "PATCH")
    server_.Patch(pattern, std::move(guarded));
  else if (method == "PUT")
    server_.Put(pattern, std::move(guarded));
  else if (method == "DELETE")
    server_.Delete(pattern, std::move(guarded));
  else
    throw std::logic_error("unsupported method " + method);
}

}  // namespace kenes::http
