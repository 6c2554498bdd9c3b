// Routes as a table: each is registered with its method, path template and a summary, so the
// server can describe itself (OpenAPI) and tests can walk every route.
#pragma once

#include <httplib.h>

#include <functional>
#include <string>
#include <vector>

namespace kenes::http {

struct RouteInfo {
  std::string method;  // "GET", "POST", "PATCH", "DELETE"
  std::string path;    // "/api/v1/events/{id}"
  std::string summary;
};

class Router {
 public:
  using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;

  explicit Router(httplib::Server& server) : server_(server) {}

  // Path parameters: {id} matches a positive whole number, {code} a KATO code; both arrive in
  // request.matches[1..]. Exceptions escaping `handler` become a 500 with a JSON error.
  void Add(const std::string& method, const std::string& path, const std::string& summary,
           Handler handler);

  const std::vector<RouteInfo>& routes() const { return routes_; }

 private:
  httplib::Server& server_;
  std::vector<RouteInfo> routes_;
};

}  // namespace kenes::http
