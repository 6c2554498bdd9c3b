// The conventions every route follows: JSON bodies in and out, errors as
// {"error":{"code","message","field"}} with the status that fits (server/reply.h); query
// parameters are declared with the route (server/route_params.h).
#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"
#include "server/reply.h"
#include "store/store.h"

namespace kenes::http {

// The largest JSON body a route reads; larger ones get 413.
inline constexpr std::size_t kMaxJsonBody = 1 << 20;

// For answers outside a route (the server's own errors, idempotent replays); a route returns
// its error and the router sends it.
void SendError(httplib::Response& response, const Error& error);

// The body of a POST or PATCH as JSON: 415 unless it is declared application/json, 413 past
// kMaxJsonBody, 400 when it does not parse.
Result<nlohmann::json> ReadJsonBody(const httplib::Request& request);

// A list page as {"items":[...],"next_after":id|null}.
template <class T, class F>
nlohmann::json PageJson(const PageOf<T>& page, F&& to_json) {
  nlohmann::json items = nlohmann::json::array();
  for (const T& item : page.items) items.push_back(to_json(item));
  return {{"items", std::move(items)},
          {"next_after", page.next_after ? nlohmann::json(*page.next_after) : nlohmann::json()}};
}

}  // namespace kenes::http
