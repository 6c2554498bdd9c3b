#include "core/organization.h"

#include "core/enum_names.h"
#include "core/organization_fields.h"
#include "core/place.h"
#include "core/validate.h"

namespace kenes {
namespace {

constexpr EnumName<OrgKind> kKinds[] = {
    {OrgKind::kParty, "party"},
    {OrgKind::kPublicAssociation, "public_association"},
    {OrgKind::kTradeUnion, "trade_union"},
    {OrgKind::kYouth, "youth"},
    {OrgKind::kBusinessAssociation, "business_association"},
    {OrgKind::kCompany, "company"},
    {OrgKind::kEducation, "education"},
    {OrgKind::kHealth, "health"},
    {OrgKind::kCulture, "culture"},
    {OrgKind::kMedia, "media"},
    {OrgKind::kStateBody, "state_body"},
    {OrgKind::kOther, "other"},
};
constexpr auto kKindNames = NamesOf(kKinds);

// More members than Kazakhstan has people is a typing error, not a claim.
constexpr std::int64_t kMaxMembers = 25'000'000;

}  // namespace

std::span<const std::string_view> OrgKindNames() { return kKindNames; }

std::string_view OrgKindName(OrgKind kind) { return NameOf(kKinds, kind); }
Result<OrgKind> ParseOrgKind(std::string_view name, std::string_view field) {
  return ParseName(kKinds, name, field);
}

Status Validate(const Organization& organization) {
  KENES_TRY(RequireText("name", organization.name));
  KENES_TRY(OptionalText("name_kk", organization.name_kk));
  if (!organization.region_code.empty() && !IsKatoCode(organization.region_code)) {
    return Invalid("region_code", "'" + organization.region_code + "' is not a KATO code");
  }
  if (organization.parent_id && organization.id != 0 &&
      *organization.parent_id == organization.id) {
    return Invalid("parent_id", "an organization cannot be its own parent");
  }
  if (organization.headcount &&
      (*organization.headcount < 0 || *organization.headcount > kMaxMembers)) {
    return Invalid("headcount", "must be between 0 and " + std::to_string(kMaxMembers));
  }
  if (const auto& m = organization.membership;
      m && m->claimed_members && (*m->claimed_members < 0 || *m->claimed_members > kMaxMembers)) {
    return Invalid("membership.claimed_members",
                   "must be between 0 and " + std::to_string(kMaxMembers));
  }
  return Ok();
}

}  // namespace kenes
