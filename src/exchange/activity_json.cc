// Events, feedback and check-ins in JSON.
#include "exchange/json_fields.h"
#include "exchange/record_identity.h"
#include "exchange/record_json.h"

namespace kenes {

using nlohmann::json;

json ToJson(const Event& event) {
  return {{"id", event.id},
          {"version", event.version},
          {"campaign_id", event.campaign_id},
          {"kind", EventKindName(event.kind)},
          {"status", EventStatusName(event.status)},
          {"date", event.date.ToString()},
          {"time", NullIfEmpty(event.time)},
          {"title", NullIfEmpty(event.title)},
          {"place_code", event.place_code},
          {"region_code", event.region_code},
          {"district_code", NullIfEmpty(event.district_code)},
          {"venue", NullIfEmpty(event.venue)},
          {"host_organization_id", NullIfAbsent(event.host_organization_id)},
          {"organizer_ids", event.organizer_ids},
          {"delegation_ids", event.delegation_ids},
          {"audience", event.audience},
          {"provisions", event.provision_codes},
          {"attendance", event.attendance ? ToJson(*event.attendance) : json()},
          {"source_document_id", NullIfAbsent(event.source_document_id)},
          {"notes", NullIfEmpty(event.notes)},
          {"created_at", event.created_at},
          {"updated_at", event.updated_at}};
}

Result<Event> EventFromJson(const json& value, JsonSource source) {
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(value));
  Event event;
  KENES_TRY(
      ReadIdentity(fields, source, event.id, event.version, {"region_code", "district_code"}));
  KENES_TRY(fields.Integer("campaign_id", event.campaign_id));
  KENES_TRY(fields.Enum("kind", event.kind, &ParseEventKind));
  KENES_TRY(fields.Enum("status", event.status, &ParseEventStatus));
  KENES_TRY(fields.Date("date", event.date, true));
  KENES_TRY(fields.Text("time", event.time));
  KENES_TRY(fields.Text("title", event.title));
  KENES_TRY(fields.Text("place_code", event.place_code, true));
  KENES_TRY(fields.Text("venue", event.venue));
  KENES_TRY(fields.Integer("host_organization_id", event.host_organization_id));
  KENES_TRY(fields.IdList("organizer_ids", event.organizer_ids));
  KENES_TRY(fields.IdList("delegation_ids", event.delegation_ids));
  KENES_TRY(fields.TextList("audience", event.audience));
  KENES_TRY(fields.TextList("provisions", event.provision_codes));
  if (const json* attendance = fields.Nested("attendance"); attendance && !attendance->is_null()) {
    KENES_ASSIGN(event.attendance, AttendanceFromJson(*attendance, "attendance"));
  }
  KENES_TRY(fields.Integer("source_document_id", event.source_document_id));
  KENES_TRY(fields.Text("notes", event.notes));
  KENES_TRY(fields.Finish());
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
