#include "server/idempotency.h"

#include "core/instant.h"
#include "core/stored_reply.h"
#include "crypto/fingerprint.h"
#include "server/http_json.h"

namespace kenes::http {
namespace {

// What makes two requests the same: method, path, query and body.
std::string RequestHash(const httplib::Request& request) {
  std::string text = request.method + " " + request.path + "\n";
  for (const auto& [name, value] : request.params) text += name + "=" + value + "\n";
  text += request.body;
  return Fingerprint(text);
}

// A key belongs to an account; kenes acting for itself has none and is keyed by its name.
std::string AccountOf(const Actor& actor) {
  return actor.user_id != 0 ? std::to_string(actor.user_id) : actor.name;
}

std::string Lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

void Replay(const StoredReply& kept, const std::string& hash, httplib::Response& response) {
  if (kept.request_hash != hash) {
    SendError(response, Invalid(kIdempotencyHeader,
                                "this key was used for another request; make a new key for a "
                                "new request"));
    response.status = 422;
    return;
  }
  if (kept.status == 0) {
    SendError(response, Conflict("a request with this key is still being handled; retry shortly",
                                 kIdempotencyHeader));
    response.set_header("Retry-After", "1");
    return;
  }
  response.status = kept.status;
  response.set_content(kept.body, kept.content_type);
  response.set_header("Idempotent-Replayed", "true");
}

}  // namespace

void AnswerOnce(Store& store, const Clock& clock, const httplib::Request& request,
                httplib::Response& response, const Actor& actor,
                const std::function<void()>& handle) {
  const std::string raw = request.get_header_value(kIdempotencyHeader);
  if (!IsUuid(raw)) {
    return SendError(response, Invalid(kIdempotencyHeader,
                                       "must be a UUID (8-4-4-4-12 hexadecimal digits), made "
                                       "anew for each request"));
  }
  const std::string key = Lower(raw);
  const std::string account = AccountOf(actor);
  const std::string hash = RequestHash(request);
  const std::string now = clock.NowUtc();
  const std::string expired = FormatUtc(ParseUtc(now).value() - kStoredReplyDays * 86'400);

  const httplib::Response initial = response;
  std::optional<StoredReply> kept;
  bool failed = false;  // the handler answered a failure: it is sent as made, and nothing kept
  Status done = store.Write([&](Transaction& tx) -> Status {
    // The body may run again (a PostgreSQL retry): start from nothing each time.
    kept.reset();
    failed = false;
    response = initial;
    KENES_TRY(tx.ForgetStoredReplies(expired));
    KENES_ASSIGN(kept, tx.FindStoredReply(account, key));
    if (kept) return Ok();
    // Taken by a request committed meanwhile, or in flight on another server: this waits for it
    // and then conflicts, and the kept answer is read below.
    KENES_TRY(tx.ReserveStoredReply({account, key, hash, 0, "", "", now}));
    handle();  // its writes join this transaction
    if (response.status < 200 || response.status >= 300) {
      failed = true;
      return Error{ErrorCode::kConflict, "rolled back: the request failed", {}};
    }
    return tx.CompleteStoredReply({account, key, hash, response.status, response.body,
                                   response.get_header_value("Content-Type"), now});
  });
  if (done.ok()) {
    if (kept) Replay(*kept, hash, response);
    return;
  }
  if (failed) return;  // the handler's failure, as it answered
  if (done.error().code != ErrorCode::kConflict) return SendError(response, done.error());
  // Another request with this key got there first.
  response = initial;
  auto after = store.Read<std::optional<StoredReply>>(
      [&](Transaction& tx) { return tx.FindStoredReply(account, key); });
  if (!after.ok()) return SendError(response, after.error());
  if (!*after) {
    SendError(response, Conflict("another request with this key was being handled and did not "
                                 "finish; retry",
                                 kIdempotencyHeader));
    response.set_header("Retry-After", "1");
    return;
  }
  Replay(**after, hash, response);
}

}  // namespace kenes::http
