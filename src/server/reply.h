// What a route answers, as a value: status, body and its content type, extra headers. A handler
// returns Result<Reply>; the router writes the reply, or the error in the one JSON shape every
// route uses ({"error":{"code","message","field"}}), so no handler sends an error itself.
#pragma once

#include <httplib.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"

namespace kenes::http {

int StatusOf(ErrorCode code);
std::string_view CodeName(ErrorCode code);

struct Reply {
  int status = 200;
  std::string body;
  // Bytes that live as long as the program (the embedded web files): sent without a copy.
  std::string_view static_body;
  std::string content_type;  // empty with no body (204, 304)
  std::vector<std::pair<std::string, std::string>> headers;
  // A body made piece by piece while the client takes it (chunked), so that a download of any
  // size needs memory for one piece: each call appends the next piece to its argument and says
  // whether more follow. It runs after the handler has returned, under the request's admission
  // and with each call's reads limited as a request's are (Router). The status has gone out by
  // then, so an error cuts the connection: the client sees the download broken off, never a
  // short file that looks whole.
  using Pieces = std::function<Result<bool>(std::string& piece)>;
  Pieces pieces;

  static Reply Json(const nlohmann::json& body, int status = 200);
  // `bytes` of `content_type`: a download, a page, a file.
  static Reply Bytes(std::string bytes, std::string content_type);
  // A body of `content_type` made by `pieces`, as they come.
  static Reply Streamed(Pieces pieces, std::string content_type);
  // No body: 204 No Content, 304 Not Modified.
  static Reply Empty(int status);
  // An error as every route answers one; an error that needs a header of its own (Retry-After)
  // is this reply with the header added.
  static Reply Of(const Error& error);

  Reply& Header(std::string name, std::string value) & {
    headers.emplace_back(std::move(name), std::move(value));
    return *this;
  }
  Reply&& Header(std::string name, std::string value) && {
    return std::move(Header(std::move(name), std::move(value)));
  }

  void WriteTo(httplib::Response& response) const;
};

}  // namespace kenes::http
