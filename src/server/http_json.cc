#include "server/http_json.h"

#include "exchange/record_json.h"

namespace kenes::http {

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

}  // namespace kenes::http
