#include "server/http_json.h"

#include <charconv>

#include "core/place.h"
#include "exchange/record_json.h"

namespace kenes::http {

void SendJson(httplib::Response& response, const nlohmann::json& body, int status) {
  Reply::Json(body, status).WriteTo(response);
}

void SendError(httplib::Response& response, const Error& error) {
  Reply::Of(error).WriteTo(response);
}

Result<nlohmann::json> ReadJsonBody(const httplib::Request& request) {
  const std::string type = request.get_header_value("Content-Type");
  if (type.rfind("application/json", 0) != 0) {
    return Error{ErrorCode::kUnsupported,
                 "send the body as JSON with Content-Type: application/json (got '" + type + "')",
                 "Content-Type"};
  }
  if (request.body.size() > kMaxJsonBody) {
    return Error{ErrorCode::kTooLarge,
                 "the body is " + std::to_string(request.body.size()) + " bytes; the limit is " +
                     std::to_string(kMaxJsonBody),
                 "body"};
  }
  return ParseJsonText(request.body, "body");
}

std::string Query::Text(const std::string& name) {
  read_.insert(name);
  return request_.get_param_value(name);
}

Result<std::optional<std::int64_t>> Query::Integer(const std::string& name) {
  const std::string text = Text(name);
  if (text.empty()) return std::optional<std::int64_t>();
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    return Invalid(name, "'" + text + "' is not a whole number");
  }
  return std::optional<std::int64_t>(value);
}

Result<std::optional<Date>> Query::Day(const std::string& name) {
  const std::string text = Text(name);
  if (text.empty()) return std::optional<Date>();
  KENES_ASSIGN(Date date, Date::Parse(text, name));
  return std::optional<Date>(date);
}

Result<std::string> Query::PlaceCode(const std::string& name) {
  std::string text = Text(name);
  if (!text.empty() && !IsKatoCode(text)) {
    return Invalid(name, "'" + text + "' is not a KATO code (nine digits)");
  }
  return text;
}

Result<std::optional<bool>> Query::Flag(const std::string& name) {
  const std::string text = Text(name);
  if (text.empty()) return std::optional<bool>();
  if (text == "true" || text == "1") return std::optional<bool>(true);
  if (text == "false" || text == "0") return std::optional<bool>(false);
  return Invalid(name, "'" + text + "' is not true or false");
}

Result<Page> Query::Pagination() {
  Page page;
  KENES_ASSIGN(auto limit, Integer("limit"));
  if (limit) {
    if (*limit < 1 || *limit > Page::kMaxLimit) {
      return Invalid("limit", "must be between 1 and " + std::to_string(Page::kMaxLimit));
    }
    page.limit = *limit;
  }
  KENES_ASSIGN(auto after, Integer("after"));
  if (after) {
    if (*after < 0) return Invalid("after", "must not be negative");
    page.after = *after;
  }
  return page;
}

Status Query::Finish() const {
  for (const auto& [name, value] : request_.params) {
    if (!read_.contains(name)) {
      return Invalid(name, "is not a parameter of this route; check its spelling");
    }
  }
  return Ok();
}

Id PathId(const httplib::Request& request) {
  const std::string text = request.matches[1];
  return text.size() > 18 ? 0 : static_cast<Id>(std::stoll(text));
}

}  // namespace kenes::http
