#include "core/checkin_fields.h"

namespace kenes {
namespace {

using fields::Enum;
using fields::HexBytes;
using fields::Of;
using fields::OptionalText;

const FieldSpec<CheckIn> kCheckInFields[] = {
    Of<&CheckIn::id>("id", "id", {.role = FieldRole::kIdentity}),
    Of<&CheckIn::version>("version", "version", {.role = FieldRole::kIdentity}),
    Of<&CheckIn::event_id>("event_id", "event_id", {.required = true}),
    HexBytes<&CheckIn::participant_hash>(
        "participant_hash", "participant",
        {.note = "the participant's keyed hash; give it or participant",
         .pattern = "^[0-9a-f]{32}$"}),
    OptionalText<&CheckIn::segment>("segment", "segment_code"),
    Enum<&CheckIn::age_band, &AgeBandName, &ParseAgeBand>("age_band", "age_band", AgeBandNames()),
    Of<&CheckIn::created_at>("created_at", "created_at", {.role = FieldRole::kStamp}),
};

}  // namespace

std::span<const FieldSpec<CheckIn>> CheckInFields() { return kCheckInFields; }

}  // namespace kenes
