// Idempotent writes: a client names a write with a key of its own making (a UUID, sent as
// `Idempotency-Key`), and the answer to the first request with that key is kept with it, in the
// same transaction as the write. A repeat of the same request gets that answer and writes nothing,
// so a client that lost an answer (a dropped connection, a phone out of signal) retries safely.
// Keys belong to an account and are kept kStoredReplyDays days.
#pragma once

#include <string>
#include <string_view>

namespace kenes {

inline constexpr int kStoredReplyDays = 30;

struct StoredReply {
  std::string account;       // whose key: the account's id, or a command-line actor's name
  std::string key;           // the client's key, a UUID in lower case
  std::string request_hash;  // SHA-256 of the method, path and body, to tell another request
  int status = 0;            // the HTTP status answered; 0 while the request is in flight
  std::string body;
  std::string content_type;
  std::string created_at;  // UTC, as the store's clock says

  bool operator==(const StoredReply&) const = default;
};

// True for a UUID in its text form: 8-4-4-4-12 hexadecimal digits, either case.
bool IsUuid(std::string_view text);

}  // namespace kenes
