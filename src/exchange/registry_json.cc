// Organizations and people in JSON: their fields (core/organization_fields.cc,
// core/person_fields.cc) and, by hand, the membership and the positions kept in tables of their
// own.
#include "core/organization_fields.h"
#include "core/person_fields.h"
#include "exchange/described_json.h"
#include "exchange/json_fields.h"
#include "exchange/record_json.h"

namespace kenes {

using nlohmann::json;

namespace {

json MembershipJson(const Organization& organization) {
  const auto& m = organization.membership;
  if (!m) return json();
  return {{"campaign_id", m->campaign_id},
          {"joined_on", m->joined_on.ToString()},
          {"claimed_members", NullIfAbsent(m->claimed_members)}};
}

Status ReadMembership(const json& value, const std::string& field, Organization& organization) {
  KENES_ASSIGN(JsonFields m, JsonFields::Of(value, field));
  Membership read;
  KENES_TRY(m.Integer("campaign_id", read.campaign_id));
  KENES_TRY(m.Date("joined_on", read.joined_on, true));
  KENES_TRY(m.Integer("claimed_members", read.claimed_members));
  KENES_TRY(m.Finish());
  organization.membership = read;
  return Ok();
}

constexpr JsonComposite<Organization> kOrganizationComposites[] = {
    {"membership", &MembershipJson, &ReadMembership},
};

json PositionsJson(const Person& person) {
  json positions = json::array();
  for (const Position& position : person.positions) {
    positions.push_back({{"title", position.title},
                         {"organization_id", NullIfAbsent(position.organization_id)},
                         {"from", NullIfAbsent(position.from)},
                         {"to", NullIfAbsent(position.to)}});
  }
  return positions;
}

Status ReadPositions(const json& value, const std::string& field, Person& person) {
  if (!value.is_array()) {
    return Invalid(field, "expected a list, got " + DescribeJsonType(value));
  }
  for (std::size_t i = 0; i < value.size(); ++i) {
    KENES_ASSIGN(JsonFields p, JsonFields::Of(value[i], field + "[" + std::to_string(i) + "]"));
    Position position;
    KENES_TRY(p.Text("title", position.title, true));
    KENES_TRY(p.Integer("organization_id", position.organization_id));
    KENES_TRY(p.Date("from", position.from));
    KENES_TRY(p.Date("to", position.to));
    KENES_TRY(p.Finish());
    person.positions.push_back(std::move(position));
  }
  return Ok();
}

constexpr JsonComposite<Person> kPersonComposites[] = {
    {"positions", &PositionsJson, &ReadPositions},
};

}  // namespace

json ToJson(const Organization& organization) {
  return FieldsToJson(OrganizationFields(), kOrganizationComposites, organization);
}

Result<Organization> OrganizationFromJson(const json& value, JsonSource source) {
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(value));
  Organization organization;
  KENES_TRY(
      FieldsFromJson(fields, source, OrganizationFields(), kOrganizationComposites, organization));
  return organization;
}

json ToJson(const Person& person) {
  return FieldsToJson(PersonFields(), kPersonComposites, person);
}

Result<Person> PersonFromJson(const json& value, JsonSource source) {
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(value));
  Person person;
  KENES_TRY(FieldsFromJson(fields, source, PersonFields(), kPersonComposites, person));
  return person;
}

}  // namespace kenes
