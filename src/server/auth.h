// Who sent a request. Scripts send an API token (Authorization: Bearer <token>); a browser sends
// the session cookie its sign-in set, and with every request that changes something the CSRF
// token (X-CSRF-Token header) it was given with it. The cookie is HttpOnly and SameSite=Strict;
// the CSRF token is what a page of another site cannot know, so it cannot make a signed-in
// browser change anything. A bearer token needs no CSRF token: a browser never adds it on its own.
#pragma once

#include <httplib.h>

#include <optional>
#include <string>

#include "core/actor.h"
#include "core/result.h"
#include "ledger/accounts.h"
#include "server/reply.h"

namespace kenes::http {

inline constexpr const char* kSessionCookie = "kenes_session";
inline constexpr const char* kCsrfCookie = "kenes_csrf";
inline constexpr const char* kCsrfHeader = "X-CSRF-Token";

// The caller of `request`, or nothing when it carries no credential. A credential that is there
// but unknown, expired, of a disabled account, or (for a session) without its CSRF token on a
// write is an error: a request never quietly falls back to acting as nobody.
Result<std::optional<Actor>> IdentifyCaller(Accounts& accounts, const httplib::Request& request);

// Whether `request` carries any credential (a bearer token or a session cookie) at all.
bool CarriesCredential(const httplib::Request& request);

// The session secret in the request's cookie, or empty.
std::string SessionSecret(const httplib::Request& request);

// The cookies of a sign-in, and of signing out (expired at once). `secure` adds the Secure flag,
// for a server behind HTTPS.
void SetSessionCookies(Reply& reply, const SignedIn& session, long max_age, bool secure);
void ClearSessionCookies(Reply& reply, bool secure);

}  // namespace kenes::http
