// Password hashes: Argon2id through libsodium's crypto_pwhash_str. The encoded string carries
// its salt and the cost it was made with, so a hash made at one cost still verifies after the
// cost is raised; NeedsRehash tells when a hash is weaker than wanted, and sign-in replaces it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"

namespace kenes {

struct PasswordCost {
  unsigned long long operations;
  std::size_t memory_bytes;

  // libsodium's interactive setting (2 passes over 64 MiB): about 60 ms on the machines kenes
  // runs on. Every production path uses it; there is no flag or variable that lowers it. Tests
  // that hash many passwords pass a lower cost in code (see tests/support).
  static PasswordCost Interactive();
};

// Passwords shorter than this are refused: the account guards a campaign's figures.
inline constexpr std::size_t kMinPasswordLength = 10;
inline constexpr std::size_t kMaxPasswordLength = 256;

// The length rules; errors name `field` and never contain the password.
Status CheckNewPassword(std::string_view password, std::string_view field = "password");

Result<std::string> HashPassword(std::string_view password,
                                 PasswordCost cost = PasswordCost::Interactive());

// Whether `password` matches `hash`; false for an empty or malformed hash.
bool VerifyPassword(std::string_view hash, std::string_view password);

// Whether `hash` was made more cheaply than `cost` (or is not Argon2id) and should be replaced.
bool NeedsRehash(std::string_view hash, PasswordCost cost = PasswordCost::Interactive());

// A password for a new account: 20 characters from an alphabet without look-alikes (0/O, 1/l),
// about 110 bits of randomness.
std::string GeneratePassword();

}  // namespace kenes
