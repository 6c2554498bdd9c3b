// Accounts: creating and disabling them, signing in and out, API tokens, and telling who presents
// a session or token. The HTTP server and the command line both go through here.
//
// Passwords are hashed with Argon2id (crypto/password.h) outside any store transaction, so a
// 60 ms hash never holds the database's writer. Sign-in is limited per account and per address:
// past the limit within the window, even the right password is refused until the window passes,
// so guessing gains nothing by going on.
//
// Thread-safety: every method may be called from any thread.
#pragma once

#include <memory>
#include <optional>
#include <semaphore>
#include <string>
#include <string_view>
#include <vector>

#include "core/account.h"
#include "core/actor.h"
#include "core/instant.h"
#include "crypto/password.h"
#include "ledger/ledger.h"

namespace kenes {

struct AccountsOptions {
  // Production never changes this (no flag or variable reaches it); tests pass a lower cost.
  PasswordCost password_cost = PasswordCost::Interactive();
  UnixSeconds session_lifetime = 12 * 3600;
  // Failed sign-ins tolerated within `failure_window`, counted since the last success.
  int failures_per_account = 5;
  int failures_per_address = 20;
  UnixSeconds failure_window = 15 * 60;
};

struct NewUser {
  std::string name;
  Role role = Role::kObserver;
  std::string region_code;            // a coordinator's
  std::optional<Id> organization_id;  // a reporter's
  std::string password;               // empty: the account signs in with API tokens only
};

// A sign-in: the session secret goes into an HttpOnly cookie, the CSRF token to the page.
struct SignedIn {
  std::string session_secret;
  std::string csrf_token;
  std::string expires_at;
  User user;
};

struct IssuedToken {
  std::string token;  // shown once; kenes keeps only its hash
  std::string expires_at;
};

class Accounts {
 public:
  // REQUIRES: `ledger` outlives the accounts.
  explicit Accounts(Ledger& ledger, AccountsOptions options = {});
  ~Accounts();

  const AccountsOptions& options() const { return options_; }

  // Administrators only. The name must be free, a coordinator's region a region of the
  // gazetteer, a reporter's organization on record. Audited as a "user" entry.
  Result<User> CreateUser(const Actor& actor, NewUser user);
  // Disabling refuses the account's sessions and tokens from the next request on.
  Result<User> DisableUser(const Actor& actor, std::string_view name);
  // Sets a new password (administrators for anyone, an account for itself).
  Result<User> SetPassword(const Actor& actor, std::string_view name, std::string_view password);
  Result<std::vector<User>> ListUsers();
  Result<bool> HasUsers();

  // An API token for `user_name`, valid `days` days (1 to 366). Administrators for anyone, an
  // account for itself.
  Result<IssuedToken> CreateToken(const Actor& actor, std::string_view user_name,
                                  const std::string& label, int days);

  // Signs `name` in from `address`. The session the browser came with (`previous_secret`, may be
  // empty) is ended and a fresh one issued: a session id is never carried across a sign-in, so
  // one planted in a browser beforehand gains nothing (session fixation). A wrong name or
  // password is kUnauthenticated with one message for both; too many failures kRateLimited.
  Result<SignedIn> SignIn(std::string_view name, std::string_view password,
                          std::string_view address, std::string_view previous_secret);
  Status SignOut(std::string_view session_secret);

  // Who presents `secret` as a credential of `kind`: kUnauthenticated when it is unknown,
  // expired, of the other kind, or its account is disabled. Messages never contain the secret.
  Result<Actor> Identify(CredentialKind kind, std::string_view secret);

 private:
  UnixSeconds Now() const;
  // Verifies under `hashing_`, so a burst of sign-ins cannot take 64 MiB per request thread.
  bool Verify(std::string_view hash, std::string_view password);
  Result<User> ChangeUser(const Actor& actor, std::string_view name,
                          const std::function<Status(User&)>& change);

  Ledger& ledger_;
  const AccountsOptions options_;
  std::counting_semaphore<> hashing_{2};
  std::once_flag decoy_once_;
  std::string decoy_hash_;  // verified against for unknown names, so timing tells nothing
};

}  // namespace kenes
