#include "core/feedback_fields.h"

namespace kenes {
namespace {

using fields::Enum;
using fields::Of;
using fields::OptionalText;
using Item = FeedbackItem;

const FieldSpec<FeedbackItem> kFeedbackFields[] = {
    Of<&Item::id>("id", "id", {.role = FieldRole::kIdentity}),
    Of<&Item::version>("version", "version", {.role = FieldRole::kIdentity}),
    Of<&Item::event_id>("event_id", "event_id"),
    Enum<&Item::kind, &FeedbackKindName, &ParseFeedbackKind>("kind", "kind", FeedbackKindNames()),
    Of<&Item::text>("text", "text", {.required = true}),
    OptionalText<&Item::segment>("segment", "segment_code"),
    Of<&Item::place_code>("place_code", "place_code"),
    Of<&Item::region_code>("region_code", "region_code", {.role = FieldRole::kDerived}),
    Of<&Item::provision_codes>("provisions", ""),
    Enum<&Item::stance, &StanceName, &ParseStance>("stance", "stance", StanceNames()),
    Enum<&Item::status, &FeedbackStatusName, &ParseFeedbackStatus>("status", "status",
                                                                   FeedbackStatusNames()),
    OptionalText<&Item::answer>("answer", "answer"),
    OptionalText<&Item::forwarded_to>("forwarded_to", "forwarded_to"),
    Of<&Item::date>("date", "date"),
    Of<&Item::created_at>("created_at", "created_at", {.role = FieldRole::kStamp}),
    Of<&Item::updated_at>("updated_at", "updated_at", {.role = FieldRole::kStamp}),
};

}  // namespace

std::span<const FieldSpec<FeedbackItem>> FeedbackFields() { return kFeedbackFields; }

}  // namespace kenes
