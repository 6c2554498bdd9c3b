// The OpenAPI 3 description of the API, built from the route table so it cannot leave a route
// out, with the record schemas written by hand beside it.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "server/router.h"

namespace kenes::http {

nlohmann::json OpenApiDocument(const std::vector<RouteInfo>& routes);

}  // namespace kenes::http
