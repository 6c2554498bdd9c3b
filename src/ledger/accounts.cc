#include "ledger/accounts.h"

#include <cctype>
#include <mutex>

#include "core/access.h"
#include "core/validate.h"
#include "crypto/secret.h"
#include "exchange/account_json.h"
#include "ledger/audit_trail.h"

namespace kenes {
namespace {

using nlohmann::json;

const char* const kWrongNameOrPassword = "the name or the password is wrong";

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

// Whether `actor` may manage the account `name`: administrators any, others only their own.
Status AllowSelfOrAdmin(const Actor& actor, std::string_view name) {
  if (actor.role == Role::kAdmin || (actor.user_id != 0 && actor.name == name)) return Ok();
  return Forbidden("only an administrator manages other accounts");
}

}  // namespace

Accounts::Accounts(Ledger& ledger, AccountsOptions options)
    : ledger_(ledger), options_(std::move(options)) {}

Accounts::~Accounts() = default;

UnixSeconds Accounts::Now() const {
  // The clock's text is the one format ParseUtc reads; a clock that wrote another is a bug.
  return ParseUtc(ledger_.clock().NowUtc()).value();
}

bool Accounts::Verify(std::string_view hash, std::string_view password) {
  hashing_.acquire();
  const bool matches = VerifyPassword(hash, password);
  hashing_.release();
  return matches;
}

Result<User> Accounts::CreateUser(const Actor& actor, NewUser fresh) {
  KENES_TRY(CheckWrite(actor, RecordKind::kUser, {}));
  User user;
  user.name = fresh.name;
  user.role = fresh.role;
  user.region_code = fresh.region_code;
  user.organization_id = fresh.organization_id;
  KENES_TRY(Validate(user));
  if (!user.region_code.empty()) {
    const Place* region = ledger_.gazetteer()->Find(user.region_code);
    if (!region || region->level != PlaceLevel::kRegion) {
      return Invalid("region", "'" + user.region_code +
                                   "' is not a region of the gazetteer (one of the 17 regions "
                                   "and 3 cities; GET /api/v1/places lists them)");
    }
  }
  if (!fresh.password.empty()) {
    KENES_TRY(CheckNewPassword(fresh.password));
    KENES_ASSIGN(user.password_hash, HashPassword(fresh.password, options_.password_cost));
  }
  return ledger_.store().Write<User>([&](Transaction& tx) -> Result<User> {
    if (user.organization_id) {
      KENES_ASSIGN(bool exists,
                   tx.Exists(RecordKind::kOrganization, std::to_string(*user.organization_id)));
      if (!exists) {
        return Invalid("organization",
                       "there is no organization " + std::to_string(*user.organization_id));
      }
    }
    KENES_ASSIGN(User created, tx.CreateUser(user));
    AuditTrail audit(tx, actor, ledger_.clock());
    KENES_TRY(audit.Record(AuditAction::kCreate, RecordKind::kUser, created.id, nullptr,
                           ToJson(created)));
    return created;
  });
}

Result<User> Accounts::ChangeUser(const Actor& actor, std::string_view name,
                                  const std::function<Status(User&)>& change) {
  return ledger_.store().Write<User>([&](Transaction& tx) -> Result<User> {
    KENES_ASSIGN(std::optional<User> found, tx.FindUser(name));
    if (!found) return NotFound("there is no account named '" + std::string(name) + "'");
    const User before = *found;
    KENES_TRY(change(*found));
    KENES_ASSIGN(User updated, tx.UpdateUser(*found));
    AuditTrail audit(tx, actor, ledger_.clock());
    KENES_TRY(audit.Record(AuditAction::kUpdate, RecordKind::kUser, updated.id, ToJson(before),
                           ToJson(updated)));
    return updated;
  });
}

Result<User> Accounts::DisableUser(const Actor& actor, std::string_view name) {
  KENES_TRY(CheckWrite(actor, RecordKind::kUser, {}));
  if (actor.user_id != 0 && actor.name == name) {
    return Invalid("name", "an administrator cannot disable their own account");
  }
  return ChangeUser(actor, name, [](User& user) -> Status {
    user.disabled = true;
    return Ok();
  });
}

Result<User> Accounts::SetPassword(const Actor& actor, std::string_view name,
                                   std::string_view password) {
  KENES_TRY(AllowSelfOrAdmin(actor, name));
  KENES_TRY(CheckNewPassword(password));
  KENES_ASSIGN(std::string hash, HashPassword(password, options_.password_cost));
  return ChangeUser(actor, name, [&](User& user) -> Status {
    user.password_hash = hash;
    return Ok();
  });
}

Result<std::vector<User>> Accounts::ListUsers() {
  return ledger_.store().Read<std::vector<User>>([](Transaction& tx) { return tx.ListUsers(); });
}

Result<bool> Accounts::HasUsers() {
  KENES_ASSIGN(std::vector<User> users, ListUsers());
  return !users.empty();
}

Result<IssuedToken> Accounts::CreateToken(const Actor& actor, std::string_view user_name,
                                          const std::string& label, int days) {
  KENES_TRY(AllowSelfOrAdmin(actor, user_name));
  if (days < 1 || days > 366) return Invalid("days", "a token lives 1 to 366 days");
  KENES_TRY(OptionalText("label", label));
  IssuedToken issued;
  issued.token = NewSecret(kTokenPrefix);
  issued.expires_at = FormatUtc(Now() + static_cast<UnixSeconds>(days) * 86400);
  KENES_TRY(ledger_.store().Write([&](Transaction& tx) -> Status {
    KENES_ASSIGN(std::optional<User> user, tx.FindUser(user_name));
    if (!user) return NotFound("there is no account named '" + std::string(user_name) + "'");
    if (user->disabled) return Invalid("user", "the account '" + user->name + "' is disabled");
    Credential credential;
    credential.secret_hash = SecretHash(issued.token);
    credential.kind = CredentialKind::kToken;
    credential.user_id = user->id;
    credential.label = label;
    credential.expires_at = issued.expires_at;
    KENES_TRY(tx.CreateCredential(credential));
    // The entry names the token by the start of its hash: enough to tell tokens apart, nothing
    // to sign in with.
    AuditTrail audit(tx, actor, ledger_.clock());
    return audit.Record(AuditAction::kCreate, RecordKind::kToken, user->id, nullptr,
                        {{"user", user->name},
                         {"label", label},
                         {"expires_at", issued.expires_at},
                         {"hash_prefix", credential.secret_hash.substr(0, 12)}});
  }));
  return issued;
}

Result<SignedIn> Accounts::SignIn(std::string_view raw_name, std::string_view password,
                                  std::string_view address, std::string_view previous_secret) {
  const std::string name = Lower(raw_name);
  const std::string since = FormatUtc(Now() - options_.failure_window);
  std::optional<User> user;
  LoginFailures failures;
  KENES_TRY(ledger_.store().Read([&](Transaction& tx) -> Status {
    if (IsUserName(name)) {
      KENES_ASSIGN(user, tx.FindUser(name));
    }
    KENES_ASSIGN(failures, tx.CountLoginFailures(user ? std::optional<Id>(user->id) : std::nullopt,
                                                 address, since));
    return Ok();
  }));
  const std::string wait = std::to_string(options_.failure_window / 60) + " minutes";
  if (failures.of_account >= options_.failures_per_account) {
    return Error{ErrorCode::kRateLimited,
                 "too many failed sign-ins to this account; try again in " + wait, "name"};
  }
  if (failures.from_address >= options_.failures_per_address) {
    return Error{ErrorCode::kRateLimited,
                 "too many failed sign-ins from this address; try again in " + wait,
                 {}};
  }

  bool matches = false;
  if (user && !user->password_hash.empty()) {
    matches = Verify(user->password_hash, password);
  } else {
    // No such account, or one without a password: spend the same time as a real check.
    std::call_once(decoy_once_, [this] {
      decoy_hash_ = HashPassword(NewSecret(), options_.password_cost).value();
    });
    (void)Verify(decoy_hash_, password);
  }
  std::string rehashed;
  if (matches && !user->disabled && NeedsRehash(user->password_hash, options_.password_cost)) {
    auto hash = HashPassword(password, options_.password_cost);
    if (hash.ok()) rehashed = *hash;
  }

  SignedIn signed_in;
  KENES_TRY(ledger_.store().Write([&](Transaction& tx) -> Status {
    LoginAttempt attempt;
    attempt.user_id = user ? std::optional<Id>(user->id) : std::nullopt;
    attempt.address = std::string(address);
    attempt.succeeded = matches && !user->disabled;
    KENES_TRY(tx.RecordLoginAttempt(attempt));
    if (!attempt.succeeded) return Ok();
    // Whatever session the browser came with ends here; the new one has a fresh secret.
    if (!previous_secret.empty()) KENES_TRY(tx.DeleteCredential(SecretHash(previous_secret)));
    if (!rehashed.empty()) {
      User stronger = *user;
      stronger.password_hash = rehashed;
      // A concurrent change of the account wins; the stronger hash comes at the next sign-in.
      if (auto updated = tx.UpdateUser(stronger); updated.ok()) user = *updated;
    }
    signed_in.session_secret = NewSecret();
    signed_in.csrf_token = CsrfToken(signed_in.session_secret);
    signed_in.expires_at = FormatUtc(Now() + options_.session_lifetime);
    Credential session;
    session.secret_hash = SecretHash(signed_in.session_secret);
    session.kind = CredentialKind::kSession;
    session.user_id = user->id;
    session.expires_at = signed_in.expires_at;
    return tx.CreateCredential(session);
  }));
  if (!matches) return Error{ErrorCode::kUnauthenticated, kWrongNameOrPassword, "password"};
  if (user->disabled) {
    return Error{ErrorCode::kUnauthenticated, "this account is disabled; ask an administrator",
                 "name"};
  }
  signed_in.user = *user;
  return signed_in;
}

Status Accounts::SignOut(std::string_view session_secret) {
  if (session_secret.empty()) return Ok();
  return ledger_.store().Write(
      [&](Transaction& tx) { return tx.DeleteCredential(SecretHash(session_secret)); });
}

Result<Actor> Accounts::Identify(CredentialKind kind, std::string_view secret) {
  const char* const ended = kind == CredentialKind::kToken
                                ? "the token is unknown, expired or revoked"
                                : "the session has ended; sign in again";
  if (secret.empty() || secret.size() > 256) return Unauthenticated(ended);
  const std::string now = ledger_.clock().NowUtc();
  return ledger_.store().Read<Actor>([&](Transaction& tx) -> Result<Actor> {
    KENES_ASSIGN(std::optional<Credential> credential, tx.FindCredential(SecretHash(secret)));
    // Times compare as text: both are the one fixed UTC format.
    if (!credential || credential->kind != kind || credential->expires_at <= now) {
      return Unauthenticated(ended);
    }
    KENES_ASSIGN(User user, tx.GetUser(credential->user_id));
    if (user.disabled) return Unauthenticated("the account is disabled; ask an administrator");
    return Actor::Of(user);
  });
}

}  // namespace kenes
