#include "core/event.h"

#include <algorithm>

#include "core/enum_names.h"
#include "core/place.h"
#include "core/validate.h"

namespace kenes {
namespace {

constexpr EnumName<EventKind> kKinds[] = {
    {EventKind::kMeeting, "meeting"},
    {EventKind::kOpenDialogue, "open_dialogue"},
    {EventKind::kForum, "forum"},
    {EventKind::kRoundTable, "round_table"},
    {EventKind::kFinalSession, "final_session"},
};

constexpr EnumName<EventStatus> kStatuses[] = {
    {EventStatus::kPlanned, "planned"},
    {EventStatus::kHeld, "held"},
    {EventStatus::kCancelled, "cancelled"},
};

constexpr auto kKindNames = NamesOf(kKinds);
constexpr auto kStatusNames = NamesOf(kStatuses);

template <class T>
Status RequireDistinct(std::string_view field, std::vector<T> values) {
  std::sort(values.begin(), values.end());
  if (std::adjacent_find(values.begin(), values.end()) != values.end()) {
    return Invalid(std::string(field), "lists the same entry twice");
  }
  return Ok();
}

}  // namespace

std::string_view EventKindName(EventKind kind) { return NameOf(kKinds, kind); }
Result<EventKind> ParseEventKind(std::string_view name, std::string_view field) {
  return ParseName(kKinds, name, field);
}
std::span<const std::string_view> EventKindNames() { return kKindNames; }
std::string_view EventStatusName(EventStatus status) { return NameOf(kStatuses, status); }
std::span<const std::string_view> EventStatusNames() { return kStatusNames; }
Result<EventStatus> ParseEventStatus(std::string_view name, std::string_view field) {
  return ParseName(kStatuses, name, field);
}

Status Validate(const Event& event) {
  if (!event.time.empty() && !IsTimeOfDay(event.time)) {
    return Invalid("time", "'" + event.time + "' is not a time of day: expected HH:MM");
  }
  KENES_TRY(OptionalText("title", event.title));
  if (!IsKatoCode(event.place_code)) {
    return Invalid("place_code", "'" + event.place_code +
                                     "' is not a KATO code: expected nine "
                                     "digits");
  }
  KENES_TRY(OptionalText("venue", event.venue));
  KENES_TRY(OptionalText("notes", event.notes, kMaxTextLength));
  KENES_TRY(OptionalWebAddress("source_url", event.source_url));
  for (const std::string& code : event.audience) KENES_TRY(RequireCode("audience", code));
  for (const std::string& code : event.provision_codes) {
    KENES_TRY(RequireCode("provisions", code));
  }
  KENES_TRY(RequireDistinct("audience", event.audience));
  KENES_TRY(RequireDistinct("provisions", event.provision_codes));
  KENES_TRY(RequireDistinct("organizer_ids", event.organizer_ids));
  KENES_TRY(RequireDistinct("delegation_ids", event.delegation_ids));
  if (const auto& a = event.attendance) {
    if (event.status == EventStatus::kCancelled) {
      return Invalid("attendance", "a cancelled event has no attendance");
    }
    if (a->low < 0 || a->value < a->low || a->high < a->value) {
      return Invalid("attendance", "needs 0 <= low <= value <= high");
    }
    if (a->high > kMaxEventAttendance) {
      return Invalid("attendance", "'" + a->text + "' is more than " +
                                       std::to_string(kMaxEventAttendance) +
                                       " people at one event; check the figure");
    }
  }
  return Ok();
}

Status CheckTransition(EventStatus from, EventStatus to) {
  if (from == to || from == EventStatus::kPlanned) return Ok();
  return Conflict("an event that is " + std::string(EventStatusName(from)) + " cannot become " +
                      std::string(EventStatusName(to)),
                  "status");
}

}  // namespace kenes
