#include "core/event_fields.h"

namespace kenes {
namespace {

constexpr std::string_view kAttendanceColumns[] = {"attendance_text", "attendance_qualifier",
                                                   "attendance_value", "attendance_low",
                                                   "attendance_high"};

using fields::Enum;
using fields::Of;
using fields::OptionalText;

const FieldSpec<Event> kEventFields[] = {
    Of<&Event::id>("id", "id", {.role = FieldRole::kIdentity}),
    Of<&Event::version>("version", "version", {.role = FieldRole::kIdentity}),
    Of<&Event::campaign_id>("campaign_id", "campaign_id"),
    Enum<&Event::kind, &EventKindName, &ParseEventKind>("kind", "kind", EventKindNames(),
                                                        {.fallback = "meeting"}),
    Enum<&Event::status, &EventStatusName, &ParseEventStatus>(
        "status", "status", EventStatusNames(), {.fallback = "held"}),
    Of<&Event::date>("date", "date", {.required = true}),
    OptionalText<&Event::time>("time", "time", {.pattern = "^[0-2][0-9]:[0-5][0-9]$"}),
    OptionalText<&Event::title>("title", "title"),
    Of<&Event::place_code>("place_code", "place_code", {.required = true}),
    Of<&Event::region_code>("region_code", "region_code", {.role = FieldRole::kDerived}),
    OptionalText<&Event::district_code>("district_code", "district_code",
                                        {.role = FieldRole::kDerived}),
    OptionalText<&Event::venue>("venue", "venue"),
    Of<&Event::host_organization_id>("host_organization_id", "host_organization_id"),
    Of<&Event::organizer_ids>("organizer_ids", "",
                              {.note = "coalition members credited with the event"}),
    Of<&Event::delegation_ids>("delegation_ids", ""),
    Of<&Event::audience>("audience", "", {.note = "segment codes"}),
    Of<&Event::provision_codes>("provisions", ""),
    fields::Composite<Event>("attendance", kAttendanceColumns, "Attendance"),
    Of<&Event::source_document_id>("source_document_id", "source_document_id"),
    OptionalText<&Event::notes>("notes", "notes"),
    OptionalText<&Event::source_url>(
        "source_url", "source_url",
        {.note = "the release or post the meeting was reported in", .pattern = "^https?://"}),
    Enum<&Event::language, &PublicationLanguageName, &ParsePublicationLanguage>(
        "language", "language", PublicationLanguageNames(),
        {.note = "the language the meeting was reported in"}),
    Of<&Event::created_at>("created_at", "created_at", {.role = FieldRole::kStamp}),
    Of<&Event::updated_at>("updated_at", "updated_at", {.role = FieldRole::kStamp}),
};

}  // namespace

std::span<const FieldSpec<Event>> EventFields() { return kEventFields; }

}  // namespace kenes
