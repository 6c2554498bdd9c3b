#include "server/account_routes.h"

#include "crypto/password.h"
#include "exchange/account_json.h"
#include "exchange/json_fields.h"
#include "server/auth.h"
#include "server/http_json.h"

namespace kenes::http {
namespace {

using nlohmann::json;

json ActorJson(const Actor& actor) {
  return {{"name", actor.name},
          {"role", RoleName(actor.role)},
          {"region", actor.region_code.empty() ? json() : json(actor.region_code)},
          {"organization", actor.organization_id ? json(*actor.organization_id) : json()}};
}

Result<Reply> SignIn(Accounts& accounts, bool secure, const httplib::Request& request) {
  KENES_ASSIGN(const json body, ReadJsonBody(request));
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(body));
  std::string name, password;
  KENES_TRY(fields.Text("name", name, true));
  KENES_TRY(fields.Text("password", password, true));
  KENES_TRY(fields.Finish());
  auto session = accounts.SignIn(name, password, request.remote_addr, SessionSecret(request));
  if (!session.ok() && session.error().code == ErrorCode::kRateLimited) {
    return Reply::Of(session.error())
        .Header("Retry-After", std::to_string(accounts.options().failure_window));
  }
  if (!session.ok()) return session.error();
  Reply reply = Reply::Json({{"user", ToJson(session->user)},
                             {"csrf_token", session->csrf_token},
                             {"expires_at", session->expires_at}});
  SetSessionCookies(reply, *session, accounts.options().session_lifetime, secure);
  return reply;
}

Result<Reply> CreateUser(Accounts& accounts, const Call& call) {
  KENES_ASSIGN(const json body, ReadJsonBody(call.request));
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(body));
  NewUser user;
  std::optional<std::int64_t> organization;
  KENES_TRY(fields.Text("name", user.name, true));
  KENES_TRY(fields.Enum("role", user.role, &ParseRole, true));
  KENES_TRY(fields.Text("region", user.region_code));
  KENES_TRY(fields.Integer("organization", organization));
  KENES_TRY(fields.Text("password", user.password));
  KENES_TRY(fields.Finish());
  user.organization_id = organization;
  // Without a password the account gets one made up, shown in this answer only.
  const bool generated = user.password.empty();
  if (generated) user.password = GeneratePassword();
  KENES_ASSIGN(const User created, accounts.CreateUser(call.actor, user));
  json out = ToJson(created);
  if (generated) out["initial_password"] = user.password;
  return Reply::Json(out, 201).Header("Location", "/api/v1/users/" + std::to_string(created.id));
}

// The account with id `id`, by name (accounts are managed by name).
Result<std::string> NameOf(Accounts& accounts, const std::string& id) {
  KENES_ASSIGN(std::vector<User> users, accounts.ListUsers());
  for (const User& user : users) {
    if (std::to_string(user.id) == id) return user.name;
  }
  return NotFound("no account has id " + id);
}

Result<Reply> CreateToken(Accounts& accounts, const Call& call) {
  json body = json::object();
  if (!call.request.body.empty()) {
    KENES_ASSIGN(body, ReadJsonBody(call.request));
  }
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(body));
  std::string user = call.actor.name, label;
  std::int64_t days = 90;
  KENES_TRY(fields.Text("user", user));
  KENES_TRY(fields.Text("label", label));
  KENES_TRY(fields.Integer("days", days));
  KENES_TRY(fields.Finish());
  if (days < 1 || days > 366) return Invalid("days", "1 to 366");
  KENES_ASSIGN(const auto token,
               accounts.CreateToken(call.actor, user, label, static_cast<int>(days)));
  return Reply::Json({{"user", user}, {"token", token.token}, {"expires_at", token.expires_at}},
                     201);
}

}  // namespace

void AddAccountRoutes(Router& router, Accounts& accounts, bool secure_cookies) {
  router.Add({"POST", "/api/v1/login", Gate::kPublic,
              "Sign in with {\"name\",\"password\"}: sets the session cookie and returns the "
              "CSRF token to send as X-CSRF-Token"},
             [&accounts, secure_cookies](const Call& call) {
               return SignIn(accounts, secure_cookies, call.request);
             });
  router.Add({"POST", "/api/v1/logout", Gate::kSignedIn, "Sign out: end this browser session"},
             [&accounts, secure_cookies](const Call& call) -> Result<Reply> {
               KENES_TRY(accounts.SignOut(SessionSecret(call.request)));
               Reply reply = Reply::Empty(204);
               ClearSessionCookies(reply, secure_cookies);
               return reply;
             });
  router.Add({"GET", "/api/v1/me", Gate::kSignedIn, "Who is signed in: name, role and scope"},
             [](const Call& call) -> Result<Reply> { return Reply::Json(ActorJson(call.actor)); });
  router.Add({"POST", "/api/v1/tokens", Gate::kSignedIn,
              "Create an API token for yourself (an administrator: for {\"user\"}); "
              "{\"label\",\"days\"}; shown once"},
             [&accounts](const Call& call) { return CreateToken(accounts, call); });
  router.Add({"GET", "/api/v1/users", Gate::kAdmin, "List the accounts"},
             [&accounts](const Call&) -> Result<Reply> {
               KENES_ASSIGN(const auto users, accounts.ListUsers());
               json items = json::array();
               for (const User& user : users) items.push_back(ToJson(user));
               return Reply::Json(items);
             });
  router.Add({"POST", "/api/v1/users", Gate::kAdmin,
              "Create an account {\"name\",\"role\",\"region\",\"organization\",\"password\"}"},
             [&accounts](const Call& call) { return CreateUser(accounts, call); });
  router.Add({"POST", "/api/v1/users/{id}/disable", Gate::kAdmin,
              "Disable an account: its sessions and tokens stop working at once"},
             [&accounts](const Call& call) -> Result<Reply> {
               KENES_ASSIGN(const std::string name, NameOf(accounts, call.request.matches[1]));
               KENES_ASSIGN(const User user, accounts.DisableUser(call.actor, name));
               return Reply::Json(ToJson(user));
             });
}

}  // namespace kenes::http
