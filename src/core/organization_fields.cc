#include "core/organization_fields.h"

#include "core/utf8.h"

namespace kenes {
namespace {

using fields::Enum;
using fields::Of;
using fields::OptionalText;
using fields::TableOnly;

// Both names folded, so a search finds an organization by either, in any case.
FieldValue NameFolded(const Organization& organization) {
  return utf8::FoldForSearch(organization.name + " " + organization.name_kk);
}

const FieldSpec<Organization> kOrganizationFields[] = {
    Of<&Organization::id>("id", "id", {.role = FieldRole::kIdentity}),
    Of<&Organization::version>("version", "version", {.role = FieldRole::kIdentity}),
    Of<&Organization::name>("name", "name", {.required = true}),
    OptionalText<&Organization::name_kk>("name_kk", "name_kk"),
    TableOnly<Organization>("name_folded", FieldType::kText, FieldRole::kDerived, &NameFolded),
    Enum<&Organization::kind, &OrgKindName, &ParseOrgKind>("kind", "kind", OrgKindNames(),
                                                           {.required = true}),
    Of<&Organization::parent_id>("parent_id", "parent_id",
                                 {.note = "the organization it belongs to (a mine's company)"}),
    OptionalText<&Organization::region_code>("region_code", "region_code",
                                             {.note = "empty for a national organization"}),
    Of<&Organization::headcount>("headcount", "headcount", {.note = "staff or members on record"}),
    fields::Composite<Organization>("membership", {}, "Membership"),
    TableOnly<Organization>("created_at", FieldType::kText, FieldRole::kStamp),
    TableOnly<Organization>("updated_at", FieldType::kText, FieldRole::kStamp),
};

}  // namespace

std::span<const FieldSpec<Organization>> OrganizationFields() { return kOrganizationFields; }

}  // namespace kenes
