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

void SignIn(Accounts& accounts, bool secure, const httplib::Request& request,
            httplib::Response& response) {
  auto body = ReadJsonBody(request);
  if (!body.ok()) return SendError(response, body.error());
  auto fields = JsonFields::Of(*body);
  if (!fields.ok()) return SendError(response, fields.error());
  std::string name, password;
  for (const Status& read : {fields->Text("name", name, true),
                             fields->Text("password", password, true), fields->Finish()}) {
    if (!read.ok()) return SendError(response, read.error());
  }
  auto session = accounts.SignIn(name, password, request.remote_addr, SessionSecret(request));
  if (!session.ok()) {
    if (session.error().code == ErrorCode::kRateLimited) {
      response.set_header("Retry-After", std::to_string(accounts.options().failure_window));
    }
    return SendError(response, session.error());
  }
  SetSessionCookies(response, *session, accounts.options().session_lifetime, secure);
  SendJson(response, {{"user", ToJson(session->user)},
                      {"csrf_token", session->csrf_token},
                      {"expires_at", session->expires_at}});
}

void CreateUser(Accounts& accounts, const httplib::Request& request, httplib::Response& response,
                const Actor& actor) {
  auto body = ReadJsonBody(request);
  if (!body.ok()) return SendError(response, body.error());
  auto fields = JsonFields::Of(*body);
  if (!fields.ok()) return SendError(response, fields.error());
  NewUser user;
  std::optional<std::int64_t> organization;
  for (const Status& read :
       {fields->Text("name", user.name, true), fields->Enum("role", user.role, &ParseRole, true),
        fields->Text("region", user.region_code), fields->Integer("organization", organization),
        fields->Text("password", user.password), fields->Finish()}) {
    if (!read.ok()) return SendError(response, read.error());
  }
  user.organization_id = organization;
  // Without a password the account gets one made up, shown in this answer only.
  const bool generated = user.password.empty();
  if (generated) user.password = GeneratePassword();
  auto created = accounts.CreateUser(actor, user);
  if (!created.ok()) return SendError(response, created.error());
  json out = ToJson(*created);
  if (generated) out["initial_password"] = user.password;
  response.set_header("Location", "/api/v1/users/" + std::to_string(created->id));
  SendJson(response, out, 201);
}

// The account with id `id`, by name (accounts are managed by name).
Result<std::string> NameOf(Accounts& accounts, const httplib::Request& request) {
  const std::string text = request.matches[1];
  KENES_ASSIGN(std::vector<User> users, accounts.ListUsers());
  for (const User& user : users) {
    if (std::to_string(user.id) == text) return user.name;
  }
  return NotFound("no account has id " + text);
}

void CreateToken(Accounts& accounts, const httplib::Request& request, httplib::Response& response,
                 const Actor& actor) {
  json body = json::object();
  if (!request.body.empty()) {
    auto parsed = ReadJsonBody(request);
    if (!parsed.ok()) return SendError(response, parsed.error());
    body = *parsed;
  }
  auto fields = JsonFields::Of(body);
  if (!fields.ok()) return SendError(response, fields.error());
  std::string user = actor.name, label;
  std::int64_t days = 90;
  for (const Status& read : {fields->Text("user", user), fields->Text("label", label),
                             fields->Integer("days", days), fields->Finish()}) {
    if (!read.ok()) return SendError(response, read.error());
  }
  if (days < 1 || days > 366) return SendError(response, Invalid("days", "1 to 366"));
  auto token = accounts.CreateToken(actor, user, label, static_cast<int>(days));
  if (!token.ok()) return SendError(response, token.error());
  SendJson(response, {{"user", user}, {"token", token->token}, {"expires_at", token->expires_at}},
           201);
}

}  // namespace

void AddAccountRoutes(Router& router, Accounts& accounts, bool secure_cookies) {
  router.Add(
      "POST", "/api/v1/login", Gate::kPublic,
      "Sign in with {\"name\",\"password\"}: sets the session cookie and returns the "
      "CSRF token to send as X-CSRF-Token",
      [&accounts, secure_cookies](const httplib::Request& request, httplib::Response& response) {
        SignIn(accounts, secure_cookies, request, response);
      });
  router.Add("POST", "/api/v1/logout", Gate::kSignedIn, "Sign out: end this browser session",
             [&accounts, secure_cookies](const httplib::Request& request,
                                         httplib::Response& response, const Actor&) {
               if (Status ended = accounts.SignOut(SessionSecret(request)); !ended.ok()) {
                 return SendError(response, ended.error());
               }
               ClearSessionCookies(response, secure_cookies);
               response.status = 204;
             });
  router.Add("GET", "/api/v1/me", Gate::kSignedIn, "Who is signed in: name, role and scope",
             [](const httplib::Request&, httplib::Response& response, const Actor& actor) {
               SendJson(response, ActorJson(actor));
             });
  router.Add("POST", "/api/v1/tokens", Gate::kSignedIn,
             "Create an API token for yourself (an administrator: for {\"user\"}); "
             "{\"label\",\"days\"}; shown once",
             [&accounts](const httplib::Request& request, httplib::Response& response,
                         const Actor& actor) { CreateToken(accounts, request, response, actor); });
  router.Add("GET", "/api/v1/users", Gate::kAdmin, "List the accounts",
             [&accounts](const httplib::Request&, httplib::Response& response) {
               auto users = accounts.ListUsers();
               if (!users.ok()) return SendError(response, users.error());
               json items = json::array();
               for (const User& user : *users) items.push_back(ToJson(user));
               SendJson(response, items);
             });
  router.Add("POST", "/api/v1/users", Gate::kAdmin,
             "Create an account {\"name\",\"role\",\"region\",\"organization\",\"password\"}",
             [&accounts](const httplib::Request& request, httplib::Response& response,
                         const Actor& actor) { CreateUser(accounts, request, response, actor); });
  router.Add("POST", "/api/v1/users/{id}/disable", Gate::kAdmin,
             "Disable an account: its sessions and tokens stop working at once",
             [&accounts](const httplib::Request& request, httplib::Response& response,
                         const Actor& actor) {
               auto name = NameOf(accounts, request);
               if (!name.ok()) return SendError(response, name.error());
               auto user = accounts.DisableUser(actor, *name);
               if (!user.ok()) return SendError(response, user.error());
               SendJson(response, ToJson(*user));
             });
}

}  // namespace kenes::http
