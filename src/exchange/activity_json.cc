// Events, feedback and check-ins in JSON.
#include "core/event_fields.h"
#include "exchange/described_json.h"
#include "exchange/json_fields.h"
#include "exchange/record_identity.h"
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
  return {{"id", item.id},
          {"version", item.version},
          {"event_id", NullIfAbsent(item.event_id)},
          {"kind", FeedbackKindName(item.kind)},
          {"text", item.text},
          {"segment", NullIfEmpty(item.segment)},
          {"place_code", item.place_code},
          {"region_code", item.region_code},
          {"provisions", item.provision_codes},
          {"stance", StanceName(item.stance)},
          {"status", FeedbackStatusName(item.status)},
          {"answer", NullIfEmpty(item.answer)},
          {"forwarded_to", NullIfEmpty(item.forwarded_to)},
          {"date", NullIfAbsent(item.date)},
          {"created_at", item.created_at},
          {"updated_at", item.updated_at}};
}

Result<FeedbackItem> FeedbackFromJson(const json& value, JsonSource source) {
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(value));
  FeedbackItem item;
  KENES_TRY(ReadIdentity(fields, source, item.id, item.version, {"region_code"}));
  KENES_TRY(fields.Integer("event_id", item.event_id));
  KENES_TRY(fields.Enum("kind", item.kind, &ParseFeedbackKind));
  KENES_TRY(fields.Text("text", item.text, true));
  KENES_TRY(fields.Text("segment", item.segment));
  KENES_TRY(fields.Text("place_code", item.place_code));
  KENES_TRY(fields.TextList("provisions", item.provision_codes));
  KENES_TRY(fields.Enum("stance", item.stance, &ParseStance));
  KENES_TRY(fields.Enum("status", item.status, &ParseFeedbackStatus));
  KENES_TRY(fields.Text("answer", item.answer));
  KENES_TRY(fields.Text("forwarded_to", item.forwarded_to));
  KENES_TRY(fields.Date("date", item.date));
  KENES_TRY(fields.Finish());
  return item;
}

json ToJson(const CheckIn& checkin) {
  return {{"id", checkin.id},
          {"version", checkin.version},
          {"event_id", checkin.event_id},
          {"participant_hash", checkin.participant_hash},
          {"segment", NullIfEmpty(checkin.segment)},
          {"age_band", checkin.age_band ? json(AgeBandName(*checkin.age_band)) : json()},
          {"created_at", checkin.created_at}};
}

Result<CheckIn> CheckInFromJson(const json& value, JsonSource source,
                                std::string& raw_participant) {
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(value));
  CheckIn checkin;
  raw_participant.clear();
  KENES_TRY(ReadIdentity(fields, source, checkin.id, checkin.version));
  KENES_TRY(fields.Integer("event_id", checkin.event_id, true));
  KENES_TRY(fields.Text("participant", raw_participant));
  KENES_TRY(fields.Text("participant_hash", checkin.participant_hash));
  if (raw_participant.empty() == checkin.participant_hash.empty()) {
    return Invalid("participant",
                   "give either participant (an IIN or phone) or "
                   "participant_hash, not both and not neither");
  }
  KENES_TRY(fields.Text("segment", checkin.segment));
  KENES_TRY(fields.Enum("age_band", checkin.age_band, &ParseAgeBand));
  KENES_TRY(fields.Finish());
  return checkin;
}

}  // namespace kenes
