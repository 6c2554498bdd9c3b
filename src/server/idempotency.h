// Idempotent writes over HTTP (core/stored_reply.h): a POST, PUT, PATCH or DELETE with an
// `Idempotency-Key` header is answered once. The first request runs its handler inside one store
// transaction that also keeps the answer under the key (the handler's own writes join it, see
// store.h), so the write and its answer land together or not at all. A repeat with the same key
// and the same request gets the kept answer, marked `Idempotent-Replayed: true`, and writes
// nothing; the same key with another request is a 422; a key that is not a UUID a 400 naming the
// header. Two servers given one key at once: the second waits for the first and answers what it
// kept, or, if the first gave up, 409 to retry. Failed requests (4xx, 5xx) keep nothing: nothing
// was written, and a retry is judged afresh.
#pragma once

#include <httplib.h>

#include <functional>

#include "core/actor.h"
#include "store/clock.h"
#include "store/store.h"

namespace kenes::http {

inline constexpr const char* kIdempotencyHeader = "Idempotency-Key";

// Runs `handle` (which fills `response`) at most once per key of `actor`. REQUIRES: the request
// carries the header.
void AnswerOnce(Store& store, const Clock& clock, const httplib::Request& request,
                httplib::Response& response, const Actor& actor,
                const std::function<void()>& handle);

}  // namespace kenes::http
