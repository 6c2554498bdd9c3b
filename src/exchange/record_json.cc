// Attendance, campaigns, catalogs, and parsing JSON text.
#include "exchange/record_json.h"

#include "core/place_english.h"
#include "exchange/json_fields.h"

namespace kenes {

using nlohmann::json;

Result<json> ParseJsonText(std::string_view text, const std::string& what) {
  try {
    return json::parse(text.begin(), text.end());
  } catch (const json::parse_error& error) {
    // nlohmann's message starts with its own error id; keep the part a user can act on.
    std::string detail = error.what();
    if (auto colon = detail.find("syntax error"); colon != std::string::npos) {
      detail = detail.substr(colon);
    }
    // nlohmann quotes the text it read last; that may be a password or an ID number, and an
    // error message never repeats one.
    if (auto quoted = detail.find("; last read"); quoted != std::string::npos) {
      detail.resize(quoted);
    }
    return Invalid(what,
                   "is not valid JSON (at byte " + std::to_string(error.byte) + "): " + detail);
  }
}

json ToJson(const Attendance& attendance) {
  return {{"text", attendance.text},
          {"qualifier", QualifierName(attendance.qualifier)},
          {"value", attendance.value},
          {"low", attendance.low},
          {"high", attendance.high}};
}

json ToJson(const AttendanceTotal& total) {
  return {{"value", total.value}, {"low", total.low}, {"high", total.high}};
}

Result<Attendance> AttendanceFromJson(const json& value, const std::string& field) {
  if (value.is_string()) {
    auto parsed = ParseAttendance(value.get<std::string>());
    if (!parsed.ok()) return Invalid(field, parsed.error().message);
    return parsed;
  }
  if (value.is_number_integer()) {
    const std::int64_t count = value.get<std::int64_t>();
    if (count < 0) return Invalid(field, "cannot be negative");
    return ExactAttendance(count);
  }
  if (!value.is_object()) {
    return Invalid(field,
                   "expected a phrase such as \"около 300\", a whole number, or an object "
                   "with \"text\"; got " +
                       DescribeJsonType(value));
  }
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(value, field));
  std::string text;
  std::optional<std::int64_t> figure, low, high;
  std::string qualifier;
  KENES_TRY(fields.Text("text", text));
  KENES_TRY(fields.Text("qualifier", qualifier));
  KENES_TRY(fields.Integer("value", figure));
  KENES_TRY(fields.Integer("low", low));
  KENES_TRY(fields.Integer("high", high));
  KENES_TRY(fields.Finish());
  if (text.empty()) {
    if (!figure) return Invalid(field + ".text", "is required");
    text = std::to_string(*figure);
  }
  auto parsed = ParseAttendance(text);
  if (!parsed.ok()) return Invalid(field + ".text", parsed.error().message);
  // One rule per qualifier: the numbers follow from the words, so a client cannot send others.
  const auto check = [&](const char* name, const std::optional<std::int64_t>& sent,
                         std::int64_t rule) -> Status {
    if (sent && *sent != rule) {
      return Invalid(field + "." + name, std::to_string(*sent) + " does not follow from '" + text +
                                             "', which reads as " + std::to_string(rule));
    }
    return Ok();
  };
  KENES_TRY(check("value", figure, parsed->value));
  KENES_TRY(check("low", low, parsed->low));
  KENES_TRY(check("high", high, parsed->high));
  if (!qualifier.empty() && qualifier != QualifierName(parsed->qualifier)) {
    return Invalid(field + ".qualifier", "'" + qualifier + "' does not follow from '" + text + "'");
  }
  return parsed;
}

json ToJson(const Campaign& campaign) {
  return {{"id", campaign.id},
          {"name", campaign.name},
          {"starts_on", campaign.starts_on.ToString()},
          {"ends_on", campaign.ends_on.ToString()},
          {"vote_on", NullIfAbsent(campaign.vote_on)}};
}

Result<Campaign> CampaignFromJson(const json& value, JsonSource source) {
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(value));
  Campaign campaign;
  if (source == JsonSource::kRecord) {
    KENES_TRY(fields.Integer("id", campaign.id));
  } else {
    KENES_TRY(fields.Refuse("id", "is assigned by kenes; leave it out"));
  }
  KENES_TRY(fields.Text("name", campaign.name, true));
  KENES_TRY(fields.Date("starts_on", campaign.starts_on, true));
  KENES_TRY(fields.Date("ends_on", campaign.ends_on, true));
  KENES_TRY(fields.Date("vote_on", campaign.vote_on));
  KENES_TRY(fields.Finish());
  return campaign;
}

json ToJson(const Place& place) {
  return {{"code", place.code},
          {"name_ru", place.name_ru},
          {"name_kk", place.name_kk},
          {"name_en", EnglishPlaceName(place)},
          {"level", PlaceLevelName(place.level)},
          {"kind", PlaceKindName(place.kind)},
          {"parent_code", NullIfEmpty(place.parent_code)},
          {"population", NullIfAbsent(place.population)}};
}

Result<Place> PlaceFromJson(const json& value) {
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(value));
  Place place;
  KENES_TRY(fields.Text("code", place.code, true));
  KENES_TRY(fields.Text("name_ru", place.name_ru, true));
  KENES_TRY(fields.Text("name_kk", place.name_kk, true));
  // Derived from the Kazakh name (place_english.h): accepted back, and made afresh.
  std::string name_en;
  KENES_TRY(fields.Text("name_en", name_en));
  KENES_TRY(fields.Enum(
      "level", place.level,
      +[](std::string_view n, std::string_view) { return ParsePlaceLevel(n); }, true));
  KENES_TRY(fields.Enum(
      "kind", place.kind, +[](std::string_view n, std::string_view) { return ParsePlaceKind(n); },
      true));
  KENES_TRY(fields.Text("parent_code", place.parent_code));
  KENES_TRY(fields.Integer("population", place.population));
  KENES_TRY(fields.Finish());
  return place;
}

json ToJson(const Segment& segment) {
  return {{"code", segment.code},
          {"name_ru", segment.name_ru},
          {"name_kk", segment.name_kk},
          {"name_en", segment.name_en}};
}

Result<Segment> SegmentFromJson(const json& value) {
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(value));
  Segment segment;
  KENES_TRY(fields.Text("code", segment.code, true));
  KENES_TRY(fields.Text("name_ru", segment.name_ru, true));
  KENES_TRY(fields.Text("name_kk", segment.name_kk));
  KENES_TRY(fields.Text("name_en", segment.name_en));
  KENES_TRY(fields.Finish());
  return segment;
}

json ToJson(const Provision& provision) {
  return {{"code", provision.code},
          {"section", provision.section},
          {"title_ru", provision.title_ru},
          {"title_kk", provision.title_kk},
          {"themes", provision.themes}};
}

Result<Provision> ProvisionFromJson(const json& value) {
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(value));
  Provision provision;
  KENES_TRY(fields.Text("code", provision.code, true));
  KENES_TRY(fields.Text("section", provision.section));
  KENES_TRY(fields.Text("title_ru", provision.title_ru, true));
  KENES_TRY(fields.Text("title_kk", provision.title_kk));
  KENES_TRY(fields.TextList("themes", provision.themes));
  KENES_TRY(fields.Finish());
  return provision;
}

}  // namespace kenes
