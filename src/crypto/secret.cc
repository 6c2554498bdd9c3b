#include "crypto/secret.h"

#include <sodium.h>

#include <cstdlib>

namespace kenes {
namespace {

std::string Blake2bHex(std::string_view text) {
  unsigned char digest[32];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(text.data()),
                     text.size(), nullptr, 0);
  char hex[sizeof digest * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

}  // namespace

std::string NewSecret(std::string_view prefix) {
  if (sodium_init() < 0) std::abort();  // no randomness: nothing safe can be issued
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  char text[sodium_base64_ENCODED_LEN(sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(text, sizeof text, bytes, sizeof bytes,
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  sodium_memzero(bytes, sizeof bytes);
  return std::string(prefix) + text;
}

std::string SecretHash(std::string_view secret) { return Blake2bHex(secret); }

std::string CsrfToken(std::string_view session_secret) {
  return Blake2bHex("kenes-csrf:" + std::string(session_secret));
}

bool SameSecret(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace kenes
