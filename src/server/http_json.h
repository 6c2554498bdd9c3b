// The conventions every route follows: JSON bodies in and out, errors as
// {"error":{"code","message","field"}} with the status that fits, strict query parameters.
#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
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

void SendJson(httplib::Response& response, const nlohmann::json& body, int status = 200);
void SendError(httplib::Response& response, const Error& error);

// The body of a POST or PATCH as JSON: 415 unless it is declared application/json, 413 past
// kMaxJsonBody, 400 when it does not parse.
Result<nlohmann::json> ReadJsonBody(const httplib::Request& request);

// The {id} of a route's path (digits, by the router's pattern). One too long to be an id is 0,
// which no record has, so it is answered as any missing record is.
Id PathId(const httplib::Request& request);

// Reads query parameters by name and type; Finish() refuses any parameter nobody asked for, so a
// misspelt filter is an error rather than silently ignored.
class Query {
 public:
  explicit Query(const httplib::Request& request) : request_(request) {}

  std::string Text(const std::string& name);
  Result<std::optional<std::int64_t>> Integer(const std::string& name);
  Result<std::optional<Date>> Day(const std::string& name);
  // A KATO code, checked for form.
  Result<std::string> PlaceCode(const std::string& name);
  Result<std::optional<bool>> Flag(const std::string& name);
  Result<Page> Pagination();
  Status Finish() const;

 private:
  const httplib::Request& request_;
  std::set<std::string> read_;
};

// A list page as {"items":[...],"next_after":id|null}.
template <class T, class F>
nlohmann::json PageJson(const PageOf<T>& page, F&& to_json) {
  nlohmann::json items = nlohmann::json::array();
  for (const T& item : page.items) items.push_back(to_json(item));
  return {{"items", std::move(items)},
          {"next_after", page.next_after ? nlohmann::json(*page.next_after) : nlohmann::json()}};
}

}  // namespace kenes::http
