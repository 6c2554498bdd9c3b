#include "crypto/audit_chain.h"

#include <sodium.h>

#include <cstdint>

namespace kenes {
namespace {

void Absorb(crypto_generichash_state& state, std::string_view field) {
  // 8 bytes of length, little-endian, then the bytes.
  unsigned char length[8];
  std::uint64_t size = field.size();
  for (unsigned char& byte : length) {
    byte = static_cast<unsigned char>(size & 0xff);
    size >>= 8;
  }
  crypto_generichash_update(&state, length, sizeof length);
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(field.data()),
                            field.size());
}

}  // namespace

std::string AuditEntryHash(const AuditEntry& entry) {
  crypto_generichash_state state;
  unsigned char digest[32];
  crypto_generichash_init(&state, nullptr, 0, sizeof digest);
  Absorb(state, "kenes-audit-v1");
  Absorb(state, entry.prev_hash);
  Absorb(state, entry.at);
  Absorb(state, entry.actor);
  Absorb(state, entry.action);
  Absorb(state, entry.record_kind);
  Absorb(state, std::to_string(entry.record_id));
  Absorb(state, entry.before);
  Absorb(state, entry.after);
  crypto_generichash_final(&state, digest, sizeof digest);
  char hex[sizeof digest * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

}  // namespace kenes
