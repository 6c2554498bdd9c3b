#include "server/reply.h"

#include <spdlog/spdlog.h>

namespace kenes::http {

int StatusOf(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalid:
      return 400;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kConflict:
      return 409;
    case ErrorCode::kTooLarge:
      return 413;
    case ErrorCode::kUnsupported:
      return 415;
    case ErrorCode::kUnavailable:
      return 503;
    case ErrorCode::kInternal:
      return 500;
    case ErrorCode::kUnauthenticated:
      return 401;
    case ErrorCode::kForbidden:
      return 403;
    case ErrorCode::kRateLimited:
      return 429;
  }
  return 500;
}

std::string_view CodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalid:
      return "invalid";
    case ErrorCode::kNotFound:
      return "not_found";
    case ErrorCode::kConflict:
      return "conflict";
    case ErrorCode::kTooLarge:
      return "too_large";
    case ErrorCode::kUnsupported:
      return "unsupported_media_type";
    case ErrorCode::kUnavailable:
      return "unavailable";
    case ErrorCode::kInternal:
      return "internal";
    case ErrorCode::kUnauthenticated:
      return "unauthenticated";
    case ErrorCode::kForbidden:
      return "forbidden";
    case ErrorCode::kRateLimited:
      return "rate_limited";
  }
  return "internal";
}

Reply Reply::Json(const nlohmann::json& body, int status) {
  Reply reply;
  reply.status = status;
  reply.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  reply.content_type = "application/json; charset=utf-8";
  return reply;
}

Reply Reply::Bytes(std::string bytes, std::string content_type) {
  Reply reply;
  reply.body = std::move(bytes);
  reply.content_type = std::move(content_type);
  return reply;
}

Reply Reply::Empty(int status) {
  Reply reply;
  reply.status = status;
  return reply;
}

Reply Reply::Of(const Error& error) {
  Reply reply =
      Json({{"error",
             {{"code", CodeName(error.code)},
              {"message", error.message},
              {"field", error.field.empty() ? nlohmann::json() : nlohmann::json(error.field)}}}},
           StatusOf(error.code));
  if (error.code == ErrorCode::kUnauthenticated) {
    reply.Header("WWW-Authenticate", "Bearer realm=\"kenes\"");
  }
  return reply;
}

Reply Reply::Streamed(Pieces pieces, std::string content_type) {
  Reply reply;
  reply.pieces = std::move(pieces);
  reply.content_type = std::move(content_type);
  return reply;
}

void Reply::WriteTo(httplib::Response& response) const {
  response.status = status;
  for (const auto& [name, value] : headers) response.set_header(name, value);
  if (pieces) {
    response.set_chunked_content_provider(
        content_type, [pieces = pieces](std::size_t, httplib::DataSink& sink) {
          // One piece a call; httplib calls again until done() or a false return. An empty piece
          // is never written: httplib would take it for the end.
          std::string piece;
          while (true) {
            Result<bool> more = pieces(piece);
            if (!more.ok()) {
              spdlog::warn("a streamed answer was cut off: {}", more.error().message);
              return false;
            }
            if (!piece.empty() && !sink.write(piece.data(), piece.size())) return false;
            if (!*more) {
              sink.done();
              return true;
            }
            if (!piece.empty()) return true;
          }
        });
  } else if (!static_body.empty()) {
    response.set_content(static_body.data(), static_body.size(), content_type);
  } else if (!content_type.empty()) {
    response.set_content(body, content_type);
  }
}

}  // namespace kenes::http
