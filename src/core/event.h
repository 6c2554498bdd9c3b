// An event of the campaign: a meeting, an open dialogue, a forum, a round table, the final
// session. It is planned, then held or cancelled; it credits the coalition members that organized
// it, names its delegation and audience, and keeps its attendance with the words it came in.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/attendance.h"
#include "core/date.h"
#include "core/ids.h"
#include "core/publication.h"
#include "core/result.h"

namespace kenes {

enum class EventKind { kMeeting, kOpenDialogue, kForum, kRoundTable, kFinalSession };
enum class EventStatus { kPlanned, kHeld, kCancelled };

std::string_view EventKindName(EventKind kind);
Result<EventKind> ParseEventKind(std::string_view name, std::string_view field = "kind");
std::span<const std::string_view> EventKindNames();
std::string_view EventStatusName(EventStatus status);
Result<EventStatus> ParseEventStatus(std::string_view name, std::string_view field = "status");
std::span<const std::string_view> EventStatusNames();

// One meeting cannot hold more people than this; a larger figure is a typing error (an extra
// zero), or a campaign-wide claim entered as an event.
inline constexpr std::int64_t kMaxEventAttendance = 200'000;

struct Event {
  Id id = 0;
  Version version = 0;
  Id campaign_id = 0;
  EventKind kind = EventKind::kMeeting;
  EventStatus status = EventStatus::kHeld;
  Date date;
  std::string time;  // "HH:MM" or empty
  std::string title;
  std::string place_code;  // KATO code of the settlement, district or region
  std::string venue;       // "Дом культуры поселка Осакаровка"
  std::optional<Id> host_organization_id;
  std::vector<Id> organizer_ids;             // coalition members credited with the event
  std::vector<Id> delegation_ids;            // people who spoke or came as the delegation
  std::vector<std::string> audience;         // segment codes
  std::vector<std::string> provision_codes;  // provisions discussed
  std::optional<Attendance> attendance;      // absent when no figure was reported
  std::optional<Id> source_document_id;      // the press release it was read from
  std::string notes;
  std::string source_url;  // the release or post the meeting was reported in: http(s)
  std::optional<PublicationLanguage> language;  // the language it was reported in: ru or kk

  // Derived from place_code through the gazetteer when the event is stored.
  std::string region_code;
  std::string district_code;
  std::string created_at;
  std::string updated_at;
};

// Intrinsic rules only; place, segments, people and organizations are checked against the store.
Status Validate(const Event& event);

// planned -> held or cancelled; a status may also stay as it is.
Status CheckTransition(EventStatus from, EventStatus to);

}  // namespace kenes
