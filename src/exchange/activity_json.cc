// Events, feedback and check-ins in JSON.
#include "core/checkin_fields.h"
#include "core/event_fields.h"
#include "core/feedback_fields.h"
#include "exchange/described_json.h"
#include "exchange/json_fields.h"
#include "exchange/record_json.h"

namespace kenes {

using nlohmann::json;

namespace {

json AttendanceJson(const Event& event) {
  return event.attendance ? ToJson(*event.attendance) : json();
}

Status ReadAttendance(const json& value, const std::string& field, Event& event) {
  KENES_ASSIGN(event.attendance, AttendanceFromJson(value, field));
  return Ok();
}

constexpr JsonComposite<Event> kEventComposites[] = {
    {"attendance", &AttendanceJson, &ReadAttendance},
};

}  // namespace

json ToJson(const Event& event) { return FieldsToJson(EventFields(), kEventComposites, event); }

Result<Event> EventFromJson(const json& value, JsonSource source) {
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(value));
  Event event;
  KENES_TRY(FieldsFromJson(fields, source, EventFields(), kEventComposites, event));
  return event;
}

json ToJson(const FeedbackItem& item) {
  return FieldsToJson<FeedbackItem>(FeedbackFields(), {}, item);
}

Result<FeedbackItem> FeedbackFromJson(const json& value, JsonSource source) {
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(value));
  FeedbackItem item;
  KENES_TRY(FieldsFromJson<FeedbackItem>(fields, source, FeedbackFields(), {}, item));
  return item;
}

json ToJson(const CheckIn& checkin) { return FieldsToJson<CheckIn>(CheckInFields(), {}, checkin); }

Result<CheckIn> CheckInFromJson(const json& value, JsonSource source,
                                std::string& raw_participant) {
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(value));
  CheckIn checkin;
  raw_participant.clear();
  // The raw identifier is no field of the record: the ledger hashes it, and it is never kept.
  KENES_TRY(fields.Text("participant", raw_participant));
  KENES_TRY(FieldsFromJson<CheckIn>(fields, source, CheckInFields(), {}, checkin));
  if (raw_participant.empty() == checkin.participant_hash.empty()) {
    return Invalid("participant",
                   "give either participant (an IIN or phone) or "
                   "participant_hash, not both and not neither");
  }
  return checkin;
}

}  // namespace kenes
