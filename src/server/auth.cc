#include "server/auth.h"

#include "crypto/secret.h"

namespace kenes::http {
namespace {

// The value of cookie `name` in the Cookie header, or empty.
std::string CookieValue(const httplib::Request& request, std::string_view name) {
  const std::string header = request.get_header_value("Cookie");
  std::string_view rest = header;
  while (!rest.empty()) {
    const std::size_t end = rest.find(';');
    std::string_view pair = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    const std::size_t equals = pair.find('=');
    if (equals != std::string_view::npos && pair.substr(0, equals) == name) {
      return std::string(pair.substr(equals + 1));
    }
  }
  return {};
}

bool ChangesSomething(const std::string& method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

std::string Cookie(const std::string& name, const std::string& value, long max_age, bool http_only,
                   bool secure) {
  return name + "=" + value + "; Path=/; Max-Age=" + std::to_string(max_age) + "; SameSite=Strict" +
         (http_only ? "; HttpOnly" : "") + (secure ? "; Secure" : "");
}

}  // namespace

bool CarriesCredential(const httplib::Request& request) {
  return request.has_header("Authorization") || !SessionSecret(request).empty();
}

std::string SessionSecret(const httplib::Request& request) {
  return CookieValue(request, kSessionCookie);
}

Result<std::optional<Actor>> IdentifyCaller(Accounts& accounts, const httplib::Request& request) {
  if (request.has_header("Authorization")) {
    const std::string header = request.get_header_value("Authorization");
    constexpr std::string_view kBearer = "Bearer ";
    if (header.size() <= kBearer.size() || header.compare(0, kBearer.size(), kBearer) != 0) {
      return Error{ErrorCode::kUnauthenticated,
                   "the Authorization header must read 'Bearer <token>'", "Authorization"};
    }
    KENES_ASSIGN(Actor actor,
                 accounts.Identify(CredentialKind::kToken, header.substr(kBearer.size())));
    return std::optional<Actor>(std::move(actor));
  }
  const std::string secret = SessionSecret(request);
  if (secret.empty()) return std::optional<Actor>();
  KENES_ASSIGN(Actor actor, accounts.Identify(CredentialKind::kSession, secret));
  if (ChangesSomething(request.method) &&
      !SameSecret(request.get_header_value(kCsrfHeader), CsrfToken(secret))) {
    return Forbidden(std::string("a change from a browser session needs the ") + kCsrfHeader +
                         " header with the csrf_token its sign-in returned",
                     kCsrfHeader);
  }
  return std::optional<Actor>(std::move(actor));
}

void SetSessionCookies(Reply& reply, const SignedIn& session, long max_age, bool secure) {
  reply.Header("Set-Cookie", Cookie(kSessionCookie, session.session_secret, max_age, true, secure));
  // Readable by the page (not HttpOnly), which sends it back as the header.
  reply.Header("Set-Cookie", Cookie(kCsrfCookie, session.csrf_token, max_age, false, secure));
}

void ClearSessionCookies(Reply& reply, bool secure) {
  reply.Header("Set-Cookie", Cookie(kSessionCookie, "", 0, true, secure));
  reply.Header("Set-Cookie", Cookie(kCsrfCookie, "", 0, false, secure));
}

}  // namespace kenes::http
