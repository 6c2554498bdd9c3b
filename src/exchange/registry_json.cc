// Organizations and people in JSON.
#include "exchange/json_fields.h"
#include "exchange/record_identity.h"
#include "exchange/record_json.h"

namespace kenes {

using nlohmann::json;

json ToJson(const Organization& organization) {
  json membership;
  if (const auto& m = organization.membership) {
    membership = {{"campaign_id", m->campaign_id},
                  {"joined_on", m->joined_on.ToString()},
                  {"claimed_members", NullIfAbsent(m->claimed_members)}};
  }
  return {{"id", organization.id},
          {"version", organization.version},
          {"name", organization.name},
          {"name_kk", NullIfEmpty(organization.name_kk)},
          {"kind", OrgKindName(organization.kind)},
          {"parent_id", NullIfAbsent(organization.parent_id)},
          {"region_code", NullIfEmpty(organization.region_code)},
          {"headcount", NullIfAbsent(organization.headcount)},
          {"membership", membership}};
}

Result<Organization> OrganizationFromJson(const json& value, JsonSource source) {
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(value));
  Organization organization;
  KENES_TRY(ReadIdentity(fields, source, organization.id, organization.version));
  KENES_TRY(fields.Text("name", organization.name, true));
  KENES_TRY(fields.Text("name_kk", organization.name_kk));
  KENES_TRY(fields.Enum("kind", organization.kind, &ParseOrgKind, true));
  KENES_TRY(fields.Integer("parent_id", organization.parent_id));
  KENES_TRY(fields.Text("region_code", organization.region_code));
  KENES_TRY(fields.Integer("headcount", organization.headcount));
  if (const json* membership = fields.Nested("membership"); membership && !membership->is_null()) {
    KENES_ASSIGN(JsonFields m, JsonFields::Of(*membership, "membership"));
    Membership read;
    KENES_TRY(m.Integer("campaign_id", read.campaign_id));
    KENES_TRY(m.Date("joined_on", read.joined_on, true));
    KENES_TRY(m.Integer("claimed_members", read.claimed_members));
    KENES_TRY(m.Finish());
    organization.membership = read;
  }
  KENES_TRY(fields.Finish());
  return organization;
}

json ToJson(const Person& person) {
  json positions = json::array();
  for (const Position& position : person.positions) {
    positions.push_back({{"title", position.title},
                         {"organization_id", NullIfAbsent(position.organization_id)},
                         {"from", NullIfAbsent(position.from)},
                         {"to", NullIfAbsent(position.to)}});
  }
  return {{"id", person.id},
          {"version", person.version},
          {"full_name", person.full_name},
          {"full_name_kk", NullIfEmpty(person.full_name_kk)},
          {"positions", positions}};
}

Result<Person> PersonFromJson(const json& value, JsonSource source) {
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(value));
  Person person;
  KENES_TRY(ReadIdentity(fields, source, person.id, person.version));
  KENES_TRY(fields.Text("full_name", person.full_name, true));
  KENES_TRY(fields.Text("full_name_kk", person.full_name_kk));
  if (const json* positions = fields.Nested("positions"); positions && !positions->is_null()) {
    if (!positions->is_array()) {
      return Invalid("positions", "expected a list, got " + DescribeJsonType(*positions));
    }
    for (std::size_t i = 0; i < positions->size(); ++i) {
      KENES_ASSIGN(JsonFields p,
                   JsonFields::Of((*positions)[i], "positions[" + std::to_string(i) + "]"));
      Position position;
      KENES_TRY(p.Text("title", position.title, true));
      KENES_TRY(p.Integer("organization_id", position.organization_id));
      KENES_TRY(p.Date("from", position.from));
      KENES_TRY(p.Date("to", position.to));
      KENES_TRY(p.Finish());
      person.positions.push_back(std::move(position));
    }
  }
  KENES_TRY(fields.Finish());
  return person;
}

}  // namespace kenes
