#include "crypto/password.h"

#include <sodium.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace kenes {

PasswordCost PasswordCost::Interactive() {
  return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}

Status CheckNewPassword(std::string_view password, std::string_view field) {
  if (password.size() < kMinPasswordLength) {
    return Invalid(std::string(field), "a password needs at least " +
                                           std::to_string(kMinPasswordLength) + " characters");
  }
  if (password.size() > kMaxPasswordLength) {
    return Invalid(std::string(field), "a password may have at most " +
                                           std::to_string(kMaxPasswordLength) + " characters");
  }
  return Ok();
}

Result<std::string> HashPassword(std::string_view password, PasswordCost cost) {
  if (sodium_init() < 0) return Internal("libsodium could not be initialized");
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), cost.operations,
                            cost.memory_bytes, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Error{ErrorCode::kUnavailable, "not enough memory to hash a password; try again", {}};
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
  if (sodium_init() < 0) return false;
  // crypto_pwhash_str_verify wants a NUL-terminated string in a buffer of STRBYTES.
  char stored[crypto_pwhash_STRBYTES] = {};
  hash.copy(stored, hash.size());
  return crypto_pwhash_str_verify(stored, password.data(), password.size()) == 0;
}

bool NeedsRehash(std::string_view hash, PasswordCost cost) {
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return true;
  char stored[crypto_pwhash_STRBYTES] = {};
  hash.copy(stored, hash.size());
  // Returns 1 when the parameters differ, -1 when the string is not Argon2id: both mean rehash.
  // A hash made at a *higher* cost than asked also "differs"; keep it.
  const int differs =
      crypto_pwhash_argon2id_str_needs_rehash(stored, cost.operations, cost.memory_bytes);
  if (differs <= 0) return differs < 0;
  unsigned long long memory_kib = 0, passes = 0;
  if (std::sscanf(stored, "$argon2id$v=19$m=%llu,t=%llu", &memory_kib, &passes) != 2) return true;
  return memory_kib * 1024 < cost.memory_bytes || passes < cost.operations;
}

std::string GeneratePassword() {
  static constexpr std::string_view kAlphabet =
      "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  if (sodium_init() < 0) std::abort();
  std::string password;
  for (int i = 0; i < 20; ++i) {
    password += kAlphabet[randombytes_uniform(static_cast<std::uint32_t>(kAlphabet.size()))];
  }
  return password;
}

}  // namespace kenes
