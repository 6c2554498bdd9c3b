// Accounts, their sessions and API tokens, and sign-in attempts.
#include "core/instant.h"
#include "store/sql/sql_transaction.h"

namespace kenes::sql {
namespace {

constexpr const char* kUserColumns =
    "SELECT id, version, name, role, region_code, organization_id, password_hash, disabled, "
    "created_at, updated_at FROM users";

User ReadUser(const sql::Statement& row) {
  User user;
  user.id = row.Int(0);
  user.version = row.Int(1);
  user.name = row.Text(2);
  user.role = ParseRole(row.Text(3)).value();
  user.region_code = row.Text(4);
  user.organization_id = row.OptionalInt(5);
  user.password_hash = row.Text(6);
  user.disabled = row.Int(7) != 0;
  user.created_at = row.Text(8);
  user.updated_at = row.Text(9);
  return user;
}

// How long sign-in attempts are kept: far longer than any lockout window.
constexpr UnixSeconds kAttemptsKept = 24 * 3600;

}  // namespace

Result<User> SqlTransaction::CreateUser(User user) {
  const std::string now = clock_.NowUtc();
  auto id = Insert("users",
                   "version, name, role, region_code, organization_id, password_hash, disabled, "
                   "created_at, updated_at",
                   9, user.id, [&](sql::Statement& insert) {
                     insert.Bind(1, 1)
                         .Bind(2, user.name)
                         .Bind(3, RoleName(user.role))
                         .BindOrNull(4, user.region_code)
                         .Bind(5, user.organization_id)
                         .BindOrNull(6, user.password_hash)
                         .Bind(7, user.disabled ? 1 : 0)
                         .Bind(8, now)
                         .Bind(9, now);
                   });
  if (!id.ok()) {
    if (id.error().code != ErrorCode::kConflict) return id.error();
    return Conflict("there is an account named '" + user.name + "' already", "name");
  }
  user.id = *id;
  user.version = 1;
  user.created_at = user.updated_at = now;
  return user;
}

Result<User> SqlTransaction::GetUser(Id id) {
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(std::string(kUserColumns) + " WHERE id = ?"));
  KENES_ASSIGN(bool found, query->Bind(1, id).Step());
  if (!found) return NotFound("no account has id " + std::to_string(id));
  return ReadUser(*query);
}

Result<std::optional<User>> SqlTransaction::FindUser(std::string_view name) {
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(std::string(kUserColumns) + " WHERE name = ?"));
  KENES_ASSIGN(bool found, query->Bind(1, name).Step());
  if (!found) return std::optional<User>();
  return std::optional<User>(ReadUser(*query));
}

Result<std::vector<User>> SqlTransaction::ListUsers() {
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(std::string(kUserColumns) + " ORDER BY name"));
  std::vector<User> users;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    users.push_back(ReadUser(*query));
  }
  return users;
}

Result<User> SqlTransaction::UpdateUser(User user) {
  KENES_ASSIGN(sql::Statement * update,
               db_.Prepare("UPDATE users SET role = ?, region_code = ?, organization_id = ?, "
                           "password_hash = ?, disabled = ?, updated_at = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"));
  KENES_TRY(update->Bind(1, RoleName(user.role))
                .BindOrNull(2, user.region_code)
                .Bind(3, user.organization_id)
                .BindOrNull(4, user.password_hash)
                .Bind(5, user.disabled ? 1 : 0)
                .Bind(6, clock_.NowUtc())
                .Bind(7, user.id)
                .Bind(8, user.version)
                .Run());
  if (update->Changes() == 0) return StaleOrMissing("users", "account", user.id, user.version);
  return GetUser(user.id);
}

Status SqlTransaction::CreateCredential(const Credential& credential) {
  KENES_ASSIGN(sql::Statement * insert,
               db_.Prepare("INSERT INTO credentials (secret_hash, kind, user_id, label, "
                           "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"));
  return insert->Bind(1, credential.secret_hash)
      .Bind(2, CredentialKindName(credential.kind))
      .Bind(3, credential.user_id)
      .BindOrNull(4, credential.label)
      .Bind(5, clock_.NowUtc())
      .Bind(6, credential.expires_at)
      .Run();
}

Result<std::optional<Credential>> SqlTransaction::FindCredential(std::string_view secret_hash) {
  KENES_ASSIGN(sql::Statement * query,
               db_.Prepare("SELECT secret_hash, kind, user_id, label, created_at, expires_at "
                           "FROM credentials WHERE secret_hash = ?"));
  KENES_ASSIGN(bool found, query->Bind(1, secret_hash).Step());
  if (!found) return std::optional<Credential>();
  Credential credential;
  credential.secret_hash = query->Text(0);
  KENES_ASSIGN(credential.kind, ParseCredentialKind(query->Text(1)));
  credential.user_id = query->Int(2);
  credential.label = query->Text(3);
  credential.created_at = query->Text(4);
  credential.expires_at = query->Text(5);
  return std::optional<Credential>(std::move(credential));
}

Status SqlTransaction::DeleteCredential(std::string_view secret_hash) {
  KENES_ASSIGN(sql::Statement * remove,
               db_.Prepare("DELETE FROM credentials WHERE secret_hash = ?"));
  return remove->Bind(1, secret_hash).Run();
}

Status SqlTransaction::RecordLoginAttempt(const LoginAttempt& attempt) {
  const std::string now = clock_.NowUtc();
  KENES_TRY(Insert("login_attempts", "user_id, address, succeeded, at", 4, 0,
                   [&](sql::Statement& insert) {
                     insert.Bind(1, attempt.user_id)
                         .Bind(2, attempt.address)
                         .Bind(3, attempt.succeeded ? 1 : 0)
                         .Bind(4, now);
                   }));
  // Forget old attempts here rather than in a job of their own: the table stays small even
  // under a long guessing attack.
  KENES_ASSIGN(UnixSeconds seconds, ParseUtc(now));
  KENES_ASSIGN(sql::Statement * forget, db_.Prepare("DELETE FROM login_attempts WHERE at < ?"));
  return forget->Bind(1, FormatUtc(seconds - kAttemptsKept)).Run();
}

Result<LoginFailures> SqlTransaction::CountLoginFailures(std::optional<Id> user_id,
                                                         std::string_view address,
                                                         std::string_view since) {
  // Failures within the window and after the last success of the same account or address.
  LoginFailures failures;
  if (user_id) {
    KENES_ASSIGN(sql::Statement * query,
                 db_.Prepare("SELECT COUNT(*) FROM login_attempts WHERE user_id = ? AND "
                             "succeeded = 0 AND at >= ? AND id > COALESCE((SELECT MAX(id) FROM "
                             "login_attempts WHERE user_id = ? AND succeeded = 1), 0)"));
    KENES_TRY(query->Bind(1, *user_id).Bind(2, since).Bind(3, *user_id).Step());
    failures.of_account = query->Int(0);
  }
  KENES_ASSIGN(sql::Statement * query,
               db_.Prepare("SELECT COUNT(*) FROM login_attempts WHERE address = ? AND "
                           "succeeded = 0 AND at >= ? AND id > COALESCE((SELECT MAX(id) FROM "
                           "login_attempts WHERE address = ? AND succeeded = 1), 0)"));
  KENES_TRY(query->Bind(1, address).Bind(2, since).Bind(3, address).Step());
  failures.from_address = query->Int(0);
  return failures;
}

}  // namespace kenes::sql
