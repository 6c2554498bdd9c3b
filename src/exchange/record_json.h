// Every kenes record to and from JSON: the HTTP API's bodies, JSONL files, and (through
// csv_columns.h) CSV rows. Reading is strict: wrong types and unknown fields are errors naming the
// field. Reading checks form only; the ledger checks the rules and references.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/attendance.h"
#include "core/campaign.h"
#include "core/catalog.h"
#include "core/checkin.h"
#include "core/event.h"
#include "core/feedback.h"
#include "core/organization.h"
#include "core/person.h"
#include "core/place.h"
#include "core/result.h"

namespace kenes {

// Who wrote the JSON being read.
enum class JsonSource {
  // A create request: id, version, timestamps and derived fields are kenes's to set, and refused.
  kClient,
  // A whole record as kenes writes it (an export, or a stored record with a change merged in):
  // id and version are read; derived fields and timestamps are accepted and recomputed.
  kRecord,
};

nlohmann::json ToJson(const Attendance& attendance);
nlohmann::json ToJson(const AttendanceTotal& total);
nlohmann::json ToJson(const Campaign& campaign);
nlohmann::json ToJson(const Place& place);
nlohmann::json ToJson(const Segment& segment);
nlohmann::json ToJson(const Provision& provision);
nlohmann::json ToJson(const Organization& organization);
nlohmann::json ToJson(const Person& person);
nlohmann::json ToJson(const Event& event);
nlohmann::json ToJson(const FeedbackItem& item);
nlohmann::json ToJson(const CheckIn& checkin);

// Attendance as a phrase ("около 300"), a whole number (57), or an object as ToJson writes it,
// whose value and range must be what its text reads as.
Result<Attendance> AttendanceFromJson(const nlohmann::json& value, const std::string& field);

Result<Campaign> CampaignFromJson(const nlohmann::json& value, JsonSource source);
Result<Organization> OrganizationFromJson(const nlohmann::json& value, JsonSource source);
Result<Person> PersonFromJson(const nlohmann::json& value, JsonSource source);
Result<Event> EventFromJson(const nlohmann::json& value, JsonSource source);
Result<FeedbackItem> FeedbackFromJson(const nlohmann::json& value, JsonSource source);

// A check-in names its participant either by the raw identifier ("participant": an IIN or phone,
// hashed by the ledger and never stored) or by "participant_hash"; the raw one goes to
// `raw_participant`.
Result<CheckIn> CheckInFromJson(const nlohmann::json& value, JsonSource source,
                                std::string& raw_participant);

Result<Place> PlaceFromJson(const nlohmann::json& value);
Result<Segment> SegmentFromJson(const nlohmann::json& value);
Result<Provision> ProvisionFromJson(const nlohmann::json& value);

// Parses a request body or a JSONL line; the error gives the byte where parsing stopped.
Result<nlohmann::json> ParseJsonText(std::string_view text, const std::string& what);

}  // namespace kenes
