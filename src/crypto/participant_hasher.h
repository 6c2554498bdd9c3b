// Turns a participant's ID number or phone into a keyed hash (BLAKE2b, 16 bytes) so check-ins can
// be counted as distinct people while the database never holds who they are. The key lives in a
// file outside the database, readable by its owner only: without it, a stolen database cannot be
// matched against a list of ID numbers.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "core/result.h"

namespace kenes {

class ParticipantHasher {
 public:
  static constexpr std::size_t kKeyBytes = 32;

  // Reads the key at `path`, creating it with fresh random bytes and mode 0600 when absent. A
  // key file others can read is refused: the key is what keeps identifiers unrecoverable.
  static Result<ParticipantHasher> LoadOrCreate(const std::string& path);
  // For tests: a hasher over a given key.
  explicit ParticipantHasher(const std::array<unsigned char, kKeyBytes>& key) : key_(key) {}

  // The hash of a raw identifier, normalized first (see core/participant_id.h), as lower-case
  // hex. Errors name the field "participant" and never contain the identifier.
  Result<std::string> Hash(std::string_view raw_identifier) const;

 private:
  std::array<unsigned char, kKeyBytes> key_;
};

}  // namespace kenes
