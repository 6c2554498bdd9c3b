#include "core/checkin.h"

#include "core/checkin_fields.h"
#include "core/enum_names.h"
#include "core/validate.h"

namespace kenes {
namespace {

constexpr EnumName<AgeBand> kBands[] = {
    {AgeBand::kUnder18, "under_18"}, {AgeBand::k18To29, "18_29"},   {AgeBand::k30To44, "30_44"},
    {AgeBand::k45To59, "45_59"},     {AgeBand::k60Plus, "60_plus"},
};
constexpr auto kBandNames = NamesOf(kBands);

bool IsLowerHex(std::string_view text) {
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace

std::span<const std::string_view> AgeBandNames() { return kBandNames; }

std::string_view AgeBandName(AgeBand band) { return NameOf(kBands, band); }
Result<AgeBand> ParseAgeBand(std::string_view name, std::string_view field) {
  return ParseName(kBands, name, field);
}

std::optional<ParticipantKey> ParticipantKeyFromHex(std::string_view hex) {
  if (hex.size() != kParticipantHashHexLength || !IsLowerHex(hex)) return std::nullopt;
  ParticipantKey key{};
  auto nibble = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
  for (std::size_t i = 0; i < key.size(); ++i) {
    key[i] = static_cast<std::uint8_t>(nibble(hex[2 * i]) << 4 | nibble(hex[2 * i + 1]));
  }
  return key;
}

std::string ParticipantKeyToHex(const ParticipantKey& key) {
  std::string hex(kParticipantHashHexLength, '0');
  WriteParticipantKeyHex(key, hex.data());
  return hex;
}

void WriteParticipantKeyHex(const ParticipantKey& key, char* out) {
  static constexpr char kDigits[] = "0123456789abcdef";
  for (std::size_t i = 0; i < key.size(); ++i) {
    out[2 * i] = kDigits[key[i] >> 4];
    out[2 * i + 1] = kDigits[key[i] & 0xF];
  }
}

Status Validate(const CheckIn& checkin) {
  if (checkin.event_id <= 0) return Invalid("event_id", "is required");
  if (checkin.participant_hash.size() != kParticipantHashHexLength ||
      !IsLowerHex(checkin.participant_hash)) {
    return Invalid("participant_hash", "must be " + std::to_string(kParticipantHashHexLength) +
                                           " lower-case hex digits");
  }
  if (!checkin.segment.empty()) KENES_TRY(RequireCode("segment", checkin.segment));
  return Ok();
}

}  // namespace kenes
