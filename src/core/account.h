// Accounts and what proves who is calling. A password is kept only as an Argon2id hash string
// (crypto/password.h); a session or API token only as a hash of its secret, so a copy of the
// database lets nobody sign in.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/ids.h"
#include "core/result.h"
#include "core/role.h"

namespace kenes {

struct User {
  Id id = 0;
  Version version = 0;
  std::string name;  // the sign-in name; see IsUserName
  Role role = Role::kObserver;
  std::string region_code;            // a coordinator's region (KATO code); empty otherwise
  std::optional<Id> organization_id;  // a reporter's organization; absent otherwise
  std::string password_hash;          // Argon2id encoded string; empty: tokens only
  bool disabled = false;              // a disabled account's sessions and tokens are refused
  std::string created_at;
  std::string updated_at;
};

// A sign-in name: 1 to 64 of a-z, 0-9, '.', '_', '-', starting with a letter. Lower case only, so
// "Admin" and "admin" cannot be two accounts.
bool IsUserName(std::string_view name);

// The name's form, and that the scope fits the role: a coordinator has a region and no
// organization, a reporter an organization and no region, every other role neither. Whether the
// region and organization exist is checked against the store.
Status Validate(const User& user);

enum class CredentialKind {
  kSession,  // a browser's sign-in, carried in an HttpOnly cookie
  kToken,    // a script's API token, sent as Authorization: Bearer
};

std::string_view CredentialKindName(CredentialKind kind);
Result<CredentialKind> ParseCredentialKind(std::string_view name);

struct Credential {
  std::string secret_hash;  // lower-case hex of the secret's BLAKE2b-256 (crypto/secret.h)
  CredentialKind kind = CredentialKind::kSession;
  Id user_id = 0;
  std::string label;  // what a token is for ("import script"); empty for a session
  std::string created_at;
  std::string expires_at;  // "YYYY-MM-DDTHH:MM:SSZ": refused from then on
};

// One sign-in attempt, kept to limit password guessing per account and per address.
struct LoginAttempt {
  std::optional<Id> user_id;  // absent when the name matched no account; the name is not kept,
                              // in case someone typed a password into it
  std::string address;        // the client's IP address
  bool succeeded = false;
  std::string at;  // set by the store
};

// Failed attempts counted since the last success of the same account or address.
struct LoginFailures {
  std::int64_t of_account = 0;
  std::int64_t from_address = 0;
};

}  // namespace kenes
