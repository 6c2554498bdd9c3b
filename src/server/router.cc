#include "server/router.h"

#include <spdlog/spdlog.h>

#include "server/http_json.h"

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

void Router::Add(const std::string& method, const std::string& path, const std::string& summary,
                 Handler handler) {
  routes_.push_back({method, path, summary});
  httplib::Server::Handler guarded = [handler = std::move(handler), method, path](
                                         const httplib::Request& request,
                                         httplib::Response& response) {
    try {
      handler(request, response);
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
}

}  // namespace kenes::http
