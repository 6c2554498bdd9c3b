// A participant's check-in at an event. The participant is known only by a keyed hash of their
// ID number or phone, so distinct people can be counted without kenes holding who they are.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/ids.h"
#include "core/result.h"

namespace kenes {

enum class AgeBand { kUnder18, k18To29, k30To44, k45To59, k60Plus };

std::string_view AgeBandName(AgeBand band);
Result<AgeBand> ParseAgeBand(std::string_view name, std::string_view field = "age_band");

// Length in hex digits of a participant hash (16 bytes of keyed BLAKE2b).
inline constexpr std::size_t kParticipantHashHexLength = 32;

// A participant hash as its 16 bytes: what bulk paths carry, where a hex string per row would cost
// an allocation, and what the store keeps.
using ParticipantKey = std::array<std::uint8_t, kParticipantHashHexLength / 2>;

// The key of a hash in hex form; nullopt unless `hex` is kParticipantHashHexLength lower-case hex
// digits.
std::optional<ParticipantKey> ParticipantKeyFromHex(std::string_view hex);
std::string ParticipantKeyToHex(const ParticipantKey& key);
// Writes the kParticipantHashHexLength digits of the key's hex form at `out`, for a writer that
// keeps them in a buffer of its own.
void WriteParticipantKeyHex(const ParticipantKey& key, char* out);

struct CheckIn {
  Id id = 0;
  Version version = 0;
  Id event_id = 0;
  std::string participant_hash;  // lower-case hex, kParticipantHashHexLength digits
  std::string segment;           // segment code, optional
  std::optional<AgeBand> age_band;
  std::string created_at;
};

Status Validate(const CheckIn& checkin);

}  // namespace kenes
