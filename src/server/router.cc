#include "server/router.h"

#include <spdlog/spdlog.h>

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

}  // namespace

void Router::Add(const std::string& method, const std::string& path, Gate gate,
                 const std::string& summary, Handler handler, Cost cost) {
  Register(
      method, path, gate, summary,
      [handler = std::move(handler)](const httplib::Request& request, httplib::Response& response,
                                     const Actor&) { handler(request, response); },
      cost);
}

void Router::Add(const std::string& method, const std::string& path, Gate gate,
                 const std::string& summary, ActorHandler handler, Cost cost) {
  if (gate == Gate::kPublic) {
    throw std::logic_error(method + " " + path + ": a public route has nobody to act as");
  }
  Register(method, path, gate, summary, std::move(handler), cost);
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

void Router::AddFiles(const std::string& prefix, const std::string& summary, Handler handler) {
  routes_.push_back({"GET", prefix + "{file}", Gate::kPublic, summary});
  public_prefixes_.push_back(prefix);
  // Files are the same for everyone: no caller is identified, so a stale cookie changes nothing.
  server_.Get(
      PatternOf(prefix) + "([A-Za-z0-9_./-]+)",
      [handler = std::move(handler)](const httplib::Request& request, httplib::Response& response) {
        try {
          handler(request, response);
        } catch (const std::exception& e) {
          spdlog::error("GET {}: {}", request.path, e.what());
          SendError(response, Internal("an internal error occurred; it has been logged"));
        }
      });
}

void Router::Register(const std::string& method, const std::string& path, Gate gate,
                      const std::string& summary, ActorHandler handler, Cost cost) {
  if (gate == Gate::kPublic) {
    if (cost != Cost::kCheap) {
      throw std::logic_error(method + " " + path + ": a costly route needs an account to admit");
    }
    if (path.find('{') != std::string::npos) {
      throw std::logic_error(method + " " + path + ": a public route takes no path parameters");
    }
    public_.insert(method + " " + path);
  }
  routes_.push_back({method, path, gate, summary, cost});
  httplib::Server::Handler guarded = [this, handler = std::move(handler), method, path, gate, cost](
                                         const httplib::Request& request,
                                         httplib::Response& response) {
    try {
      const QueryDeadline deadline(query_limit_, &stopping_);
      if (stopping_) return SendError(response, QueryDeadline::Stopped());
      auto caller = IdentifyCaller(accounts_, request);
      // A public route serves everyone alike, so a stale cookie or token does not stand in the
      // way of the landing page or of signing in again.
      if (gate == Gate::kPublic) return handler(request, response, Actor{});
      if (!caller.ok()) return SendError(response, caller.error());
      if (!*caller) {
        return SendError(response, Unauthenticated("sign in (POST /api/v1/login) or send "
                                                   "Authorization: Bearer <token>"));
      }
      const Actor& actor = **caller;
      if (!Admits(gate, actor.role)) return SendError(response, Refusal(gate, actor.role));
      std::optional<Admission::Ticket> ticket;
      if (cost == Cost::kCostly) {
        auto admitted =
            admission_.Enter(actor.user_id ? std::to_string(actor.user_id) : actor.name);
        if (!admitted.ok()) {
          SendError(response, admitted.error());
          response.set_header("Retry-After", "2");
          return;
        }
        ticket.emplace(std::move(*admitted));
      }
      if (replies_ && method != "GET" && request.has_header(kIdempotencyHeader)) {
        return AnswerOnce(*replies_, *clock_, request, response, actor,
                          [&] { handler(request, response, actor); });
      }
      handler(request, response, actor);
    } catch (const std::exception& e) {
      spdlog::error("{} {}: {}", method, path, e.what());
      SendError(response, Internal("an internal error occurred; it has been logged"));
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
