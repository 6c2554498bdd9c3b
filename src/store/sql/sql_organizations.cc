// Organizations and their coalition membership.
#include "core/utf8.h"
#include "store/sql/sql_filter.h"
#include "store/sql/sql_transaction.h"

namespace kenes::sql {
namespace {

constexpr const char* kColumns =
    "SELECT id, version, name, name_kk, kind, parent_id, region_code, headcount FROM organizations";

Organization ReadOrganization(const sql::Statement& row) {
  Organization organization;
  organization.id = row.Int(0);
  organization.version = row.Int(1);
  organization.name = row.Text(2);
  organization.name_kk = row.Text(3);
  organization.kind = ParseOrgKind(row.Text(4)).value();
  organization.parent_id = row.OptionalInt(5);
  organization.region_code = row.Text(6);
  organization.headcount = row.OptionalInt(7);
  return organization;
}

void BindFields(sql::Statement& statement, const Organization& organization) {
  statement.Bind(1, organization.name)
      .BindOrNull(2, organization.name_kk)
      .Bind(3, utf8::FoldForSearch(organization.name + " " + organization.name_kk))
      .Bind(4, OrgKindName(organization.kind))
      .Bind(5, organization.parent_id)
      .BindOrNull(6, organization.region_code)
      .Bind(7, organization.headcount);
}

}  // namespace

Status SqlTransaction::LoadMembership(Organization& organization) {
  KENES_ASSIGN(sql::Statement * query,
               db_.Prepare("SELECT campaign_id, joined_on, claimed_members FROM memberships "
                           "WHERE organization_id = ? ORDER BY campaign_id LIMIT 1"));
  KENES_ASSIGN(bool found, query->Bind(1, organization.id).Step());
  organization.membership.reset();
  if (found) {
    organization.membership =
        Membership{query->Int(0), Date::Parse(query->Text(1)).value(), query->OptionalInt(2)};
  }
  return Ok();
}

Status SqlTransaction::SaveMembership(const Organization& organization) {
  KENES_ASSIGN(sql::Statement * clear,
               db_.Prepare("DELETE FROM memberships WHERE organization_id = ?"));
  KENES_TRY(clear->Bind(1, organization.id).Run());
  if (!organization.membership) return Ok();
  const Membership& membership = *organization.membership;
  KENES_ASSIGN(sql::Statement * insert,
               db_.Prepare("INSERT INTO memberships (organization_id, campaign_id, joined_on, "
                           "claimed_members) VALUES (?, ?, ?, ?)"));
  return insert->Bind(1, organization.id)
      .Bind(2, membership.campaign_id)
      .Bind(3, membership.joined_on.ToString())
      .Bind(4, membership.claimed_members)
      .Run();
}

Result<Organization> SqlTransaction::CreateOrganization(Organization organization) {
  const std::string now = clock_.NowUtc();
  KENES_ASSIGN(organization.id,
               Insert("organizations",
                      "name, name_kk, name_folded, kind, parent_id, region_code, headcount, "
                      "version, created_at, updated_at",
                      10, organization.id, [&](sql::Statement& insert) {
                        BindFields(insert, organization);
                        insert.Bind(8, 1).Bind(9, now).Bind(10, now);
                      }));
  organization.version = 1;
  KENES_TRY(SaveMembership(organization));
  return organization;
}

Result<Organization> SqlTransaction::GetOrganization(Id id) {
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(std::string(kColumns) + " WHERE id = ?"));
  KENES_ASSIGN(bool found, query->Bind(1, id).Step());
  if (!found) return NotFound("no organization has id " + std::to_string(id));
  Organization organization = ReadOrganization(*query);
  KENES_TRY(LoadMembership(organization));
  return organization;
}

Result<PageOf<Organization>> SqlTransaction::ListOrganizations(const OrganizationFilter& filter) {
  SqlFilter where;
  if (filter.kind) where.Where("kind = ?", std::string(OrgKindName(*filter.kind)));
  if (filter.members_only) {
    where.Where("id IN (SELECT organization_id FROM memberships)");
  }
  if (!filter.region_code.empty()) where.Where("region_code = ?", filter.region_code);
  if (!filter.name_contains.empty()) {
    where.Where("instr(name_folded, ?) > 0", utf8::FoldForSearch(filter.name_contains));
  }
  where.Paginate("id", filter.page);
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(kColumns + where.sql()));
  where.BindTo(*query);
  std::vector<Organization> organizations;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    organizations.push_back(ReadOrganization(*query));
  }
  for (Organization& organization : organizations) KENES_TRY(LoadMembership(organization));
  return TrimToPage(std::move(organizations), filter.page);
}

Result<Organization> SqlTransaction::UpdateOrganization(Organization organization) {
  KENES_ASSIGN(sql::Statement * update,
               db_.Prepare("UPDATE organizations SET name = ?, name_kk = ?, name_folded = ?, "
                           "kind = ?, parent_id = ?, region_code = ?, headcount = ?, "
                           "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
  BindFields(*update, organization);
  KENES_TRY(update->Bind(8, clock_.NowUtc())
                .Bind(9, organization.id)
                .Bind(10, organization.version)
                .Run());
  if (update->Changes() == 0) {
    return StaleOrMissing("organizations", "organization", organization.id, organization.version);
  }
  KENES_TRY(SaveMembership(organization));
  return GetOrganization(organization.id);
}

Status SqlTransaction::DeleteOrganization(Id id) {
  return DeleteById("DELETE FROM organizations WHERE id = ?", "organization", id);
}

}  // namespace kenes::sql
