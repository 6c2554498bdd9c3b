// Accounts over a real SQLite file on a clock the test moves: signing in, guessing limits,
// sessions and tokens that end, disabled accounts.
#include "ledger/accounts.h"

#include <gtest/gtest.h>

#include "crypto/secret.h"
#include "ledger_fixture.h"

namespace kenes {
namespace {

const PasswordCost kCheap{1, 8192};
const Actor kRoot = Actor::System("cli:root");
const char* const kPassword = "correct horse battery";

class AccountsTest : public testing::LedgerFixture {
 protected:
  void SetUp() override {
    LedgerFixture::SetUp();
    AccountsOptions options;
    options.password_cost = kCheap;
    accounts_ = std::make_unique<Accounts>(*ledger_, options);
    ASSERT_TRUE(
        accounts_->CreateUser(kRoot, {"karaganda", Role::kCoordinator, "350000000", {}, kPassword})
            .ok());
  }

  Result<SignedIn> SignIn(const std::string& password, const std::string& address = "10.0.0.1",
                          const std::string& name = "karaganda") {
    return accounts_->SignIn(name, password, address, "");
  }

  std::unique_ptr<Accounts> accounts_;
};

TEST_F(AccountsTest, SignsInWithTheRightPasswordOnlyAndSaysTheSameForAWrongName) {
  auto session = SignIn(kPassword);
  ASSERT_TRUE(session.ok()) << session.error().message;
  EXPECT_EQ(session->user.name, "karaganda");
  EXPECT_EQ(session->csrf_token, CsrfToken(session->session_secret));
  EXPECT_EQ(session->expires_at, "2026-02-24T21:00:00Z");
  auto actor = accounts_->Identify(CredentialKind::kSession, session->session_secret);
  ASSERT_TRUE(actor.ok());
  EXPECT_EQ(actor->role, Role::kCoordinator);
  EXPECT_EQ(actor->region_code, "350000000");
  // A session secret is not a bearer token.
  EXPECT_EQ(accounts_->Identify(CredentialKind::kToken, session->session_secret).error().code,
            ErrorCode::kUnauthenticated);

  const Error wrong = SignIn("correct horse batterY").error();
  const Error unknown = SignIn(kPassword, "10.0.0.1", "nobody").error();
  EXPECT_EQ(wrong.code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(wrong.message, unknown.message);
  EXPECT_EQ(wrong.message.find("correct"), std::string::npos);
  // Names are matched in lower case, as they are stored.
  EXPECT_TRUE(SignIn(kPassword, "10.0.0.1", "Karaganda").ok());
}

TEST_F(AccountsTest, FiveWrongPasswordsLockTheAccountUntilTheWindowPasses) {
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(
        SignIn("wrong password " + std::to_string(i), "10.0.0." + std::to_string(i)).error().code,
        ErrorCode::kUnauthenticated);
  }
  // From any address, even with the right password: guessing gains nothing by going on.
  auto locked = SignIn(kPassword, "10.9.9.9");
  ASSERT_FALSE(locked.ok());
  EXPECT_EQ(locked.error().code, ErrorCode::kRateLimited);
  EXPECT_NE(locked.error().message.find("15 minutes"), std::string::npos);
  clock_.now += 14 * 60;
  EXPECT_EQ(SignIn(kPassword).error().code, ErrorCode::kRateLimited);
  clock_.now += 2 * 60;
  EXPECT_TRUE(SignIn(kPassword).ok());
}

TEST_F(AccountsTest, ASuccessStartsTheCountAfresh) {
  for (int i = 0; i < 4; ++i) EXPECT_FALSE(SignIn("wrong password").ok());
  EXPECT_TRUE(SignIn(kPassword).ok());
  for (int i = 0; i < 4; ++i) EXPECT_FALSE(SignIn("wrong password").ok());
  EXPECT_TRUE(SignIn(kPassword).ok());
}

TEST_F(AccountsTest, OneAddressTryingManyNamesIsLimitedToo) {
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(SignIn(kPassword, "10.6.6.6", "guess" + std::to_string(i)).error().code,
              ErrorCode::kUnauthenticated);
  }
  EXPECT_EQ(SignIn(kPassword, "10.6.6.6").error().code, ErrorCode::kRateLimited);
  EXPECT_TRUE(SignIn(kPassword, "10.0.0.1").ok());
}

TEST_F(AccountsTest, ASignInEndsTheSessionTheBrowserCameWith) {
  const SignedIn first = SignIn(kPassword).value();
  // The browser presents the first session when signing in again (or an attacker planted it).
  auto second = accounts_->SignIn("karaganda", kPassword, "10.0.0.1", first.session_secret);
  ASSERT_TRUE(second.ok());
  EXPECT_NE(second->session_secret, first.session_secret);
  EXPECT_FALSE(accounts_->Identify(CredentialKind::kSession, first.session_secret).ok());
  EXPECT_TRUE(accounts_->Identify(CredentialKind::kSession, second->session_secret).ok());
  ASSERT_TRUE(accounts_->SignOut(second->session_secret).ok());
  EXPECT_FALSE(accounts_->Identify(CredentialKind::kSession, second->session_secret).ok());
}

TEST_F(AccountsTest, SessionsAndTokensExpire) {
  const SignedIn session = SignIn(kPassword).value();
  const IssuedToken token = accounts_->CreateToken(kRoot, "karaganda", "import", 1).value();
  EXPECT_TRUE(token.token.starts_with("kenes_"));
  EXPECT_TRUE(accounts_->Identify(CredentialKind::kToken, token.token).ok());
  clock_.now += 12 * 3600;
  EXPECT_FALSE(accounts_->Identify(CredentialKind::kSession, session.session_secret).ok());
  EXPECT_TRUE(accounts_->Identify(CredentialKind::kToken, token.token).ok());
  clock_.now += 12 * 3600;
  const Error expired = accounts_->Identify(CredentialKind::kToken, token.token).error();
  EXPECT_EQ(expired.code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(expired.message.find(token.token), std::string::npos);
}

TEST_F(AccountsTest, ADisabledAccountIsRefusedEverywhere) {
  const SignedIn session = SignIn(kPassword).value();
  const IssuedToken token = accounts_->CreateToken(kRoot, "karaganda", "", 30).value();
  ASSERT_TRUE(accounts_->DisableUser(kRoot, "karaganda").ok());
  EXPECT_FALSE(accounts_->Identify(CredentialKind::kSession, session.session_secret).ok());
  EXPECT_FALSE(accounts_->Identify(CredentialKind::kToken, token.token).ok());
  const Error refused = SignIn(kPassword).error();
  EXPECT_NE(refused.message.find("disabled"), std::string::npos);
  EXPECT_FALSE(accounts_->CreateToken(kRoot, "karaganda", "", 30).ok());
}

TEST_F(AccountsTest, OnlyAnAdministratorManagesOtherAccounts) {
  const Actor coordinator =
      accounts_->Identify(CredentialKind::kSession, SignIn(kPassword)->session_secret).value();
  EXPECT_EQ(
      accounts_->CreateUser(coordinator, {"mine", Role::kAdmin, {}, {}, kPassword}).error().code,
      ErrorCode::kForbidden);
  EXPECT_EQ(accounts_->CreateToken(coordinator, "admin", "", 1).error().code,
            ErrorCode::kForbidden);
  // Its own token it may make, and change its own password.
  EXPECT_TRUE(accounts_->CreateToken(coordinator, "karaganda", "phone", 7).ok());
  EXPECT_TRUE(accounts_->SetPassword(coordinator, "karaganda", "another good password").ok());
  EXPECT_TRUE(SignIn("another good password").ok());
}

TEST_F(AccountsTest, AScopeMustExist) {
  const Error district =
      accounts_->CreateUser(kRoot, {"osakarovka", Role::kCoordinator, "355600000", {}, ""}).error();
  EXPECT_EQ(district.field, "region");
  const Error organization =
      accounts_->CreateUser(kRoot, {"party", Role::kReporter, {}, 999, ""}).error();
  EXPECT_EQ(organization.field, "organization");
  EXPECT_EQ(accounts_->CreateUser(kRoot, {"karaganda", Role::kAnalyst, {}, {}, ""}).error().code,
            ErrorCode::kConflict);
  EXPECT_EQ(
      accounts_->CreateUser(kRoot, {"short", Role::kAnalyst, {}, {}, "hunter2"}).error().field,
      "password");
}

TEST_F(AccountsTest, AWeakerHashIsReplacedAtSignIn) {
  const std::string before =
      store_->Read<std::optional<User>>([](Transaction& tx) { return tx.FindUser("karaganda"); })
          .value()
          ->password_hash;
  AccountsOptions stronger;
  stronger.password_cost = {2, 16384};
  Accounts upgraded(*ledger_, stronger);
  ASSERT_TRUE(upgraded.SignIn("karaganda", kPassword, "10.0.0.1", "").ok());
  const std::string after =
      store_->Read<std::optional<User>>([](Transaction& tx) { return tx.FindUser("karaganda"); })
          .value()
          ->password_hash;
  EXPECT_NE(after, before);
  EXPECT_TRUE(NeedsRehash(before, stronger.password_cost));
  EXPECT_FALSE(NeedsRehash(after, stronger.password_cost));
  EXPECT_TRUE(VerifyPassword(after, kPassword));
}

TEST_F(AccountsTest, TheAuditLogNamesAccountsAndTokensButHoldsNoSecret) {
  const IssuedToken token = accounts_->CreateToken(kRoot, "karaganda", "import", 1).value();
  AuditFilter filter;
  filter.limit = 100;
  const auto entries =
      store_->Read<std::vector<AuditEntry>>([&](Transaction& tx) { return tx.ListAudit(filter); })
          .value();
  const std::string hash =
      store_->Read<std::optional<User>>([](Transaction& tx) { return tx.FindUser("karaganda"); })
          .value()
          ->password_hash;
  bool user_logged = false, token_logged = false;
  for (const AuditEntry& entry : entries) {
    user_logged |=
        entry.record_kind == "user" && entry.after.find("karaganda") != std::string::npos;
    token_logged |= entry.record_kind == "token";
    for (const std::string& text : {entry.before, entry.after}) {
      EXPECT_EQ(text.find(kPassword), std::string::npos);
      EXPECT_EQ(text.find(hash), std::string::npos);
      EXPECT_EQ(text.find(token.token), std::string::npos);
      EXPECT_EQ(text.find(SecretHash(token.token)), std::string::npos);
    }
  }
  EXPECT_TRUE(user_logged);
  EXPECT_TRUE(token_logged);
}

}  // namespace
}  // namespace kenes
