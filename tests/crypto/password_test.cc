#include "crypto/password.h"

#include <gtest/gtest.h>

#include <set>

#include "crypto/secret.h"

namespace kenes {
namespace {

// The cheapest cost libsodium allows: these tests are about behaviour, not strength.
const PasswordCost kCheap{1, 8192};

TEST(Password, VerifiesTheRightPasswordOnly) {
  const std::string hash = HashPassword("correct horse battery", kCheap).value();
  EXPECT_TRUE(hash.starts_with("$argon2id$")) << hash;
  EXPECT_EQ(hash.find("correct"), std::string::npos);
  EXPECT_TRUE(VerifyPassword(hash, "correct horse battery"));
  EXPECT_FALSE(VerifyPassword(hash, "correct horse batterY"));
  EXPECT_FALSE(VerifyPassword(hash, ""));
  EXPECT_FALSE(VerifyPassword("", "correct horse battery"));
  EXPECT_FALSE(VerifyPassword("$argon2id$garbage", "correct horse battery"));
}

TEST(Password, TheSamePasswordHashesDifferentlyEachTime) {
  EXPECT_NE(HashPassword("correct horse battery", kCheap).value(),
            HashPassword("correct horse battery", kCheap).value());
}

TEST(Password, AHashCheaperThanWantedIsToBeRehashed) {
  const std::string cheap = HashPassword("correct horse battery", kCheap).value();
  EXPECT_TRUE(NeedsRehash(cheap, PasswordCost::Interactive()));
  EXPECT_FALSE(NeedsRehash(cheap, kCheap));
  EXPECT_TRUE(NeedsRehash("not a hash", kCheap));
  // A hash stronger than asked is kept.
  const PasswordCost stronger{2, 16384};
  EXPECT_FALSE(NeedsRehash(HashPassword("correct horse battery", stronger).value(), kCheap));
}

TEST(Password, NewPasswordsAreLongEnoughAndErrorsDoNotRepeatThem) {
  const Status short_one = CheckNewPassword("hunter2");
  ASSERT_FALSE(short_one.ok());
  EXPECT_EQ(short_one.error().field, "password");
  EXPECT_EQ(short_one.error().message.find("hunter2"), std::string::npos);
  EXPECT_TRUE(CheckNewPassword(GeneratePassword()).ok());
}

TEST(Password, GeneratedPasswordsAreDistinctAndUnambiguous) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    const std::string password = GeneratePassword();
    EXPECT_EQ(password.size(), 20u);
    EXPECT_EQ(password.find_first_of("0O1lI"), std::string::npos) << password;
    seen.insert(password);
  }
  EXPECT_EQ(seen.size(), 100u);
}

TEST(Secret, TokensAreRandomAndOnlyTheirHashIsKept) {
  const std::string a = NewSecret(kTokenPrefix), b = NewSecret(kTokenPrefix);
  EXPECT_NE(a, b);
  EXPECT_TRUE(a.starts_with("kenes_"));
  EXPECT_EQ(a.size(), 6u + 43u);
  EXPECT_EQ(SecretHash(a).size(), 64u);
  EXPECT_EQ(SecretHash(a), SecretHash(a));
  EXPECT_NE(SecretHash(a), SecretHash(b));
  EXPECT_EQ(SecretHash(a).find(a.substr(6, 10)), std::string::npos);
}

TEST(Secret, TheCsrfTokenIsDerivedFromTheSessionAndRevealsNothingOfIt) {
  const std::string session = NewSecret();
  EXPECT_EQ(CsrfToken(session), CsrfToken(session));
  EXPECT_NE(CsrfToken(session), CsrfToken(NewSecret()));
  EXPECT_NE(CsrfToken(session), SecretHash(session));
  EXPECT_TRUE(SameSecret(CsrfToken(session), CsrfToken(session)));
  EXPECT_FALSE(SameSecret(CsrfToken(session), CsrfToken(session).substr(1)));
  EXPECT_FALSE(SameSecret("", CsrfToken(session)));
}

}  // namespace
}  // namespace kenes
