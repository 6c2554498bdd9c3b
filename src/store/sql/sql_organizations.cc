// Organizations (their fields: core/organization_fields.cc) and their coalition membership.
#include "core/organization_fields.h"
#include "core/utf8.h"
#include "store/sql/described_tables.h"
#include "store/sql/sql_filter.h"
#include "store/sql/sql_transaction.h"

namespace kenes::sql {

const RecordTable<Organization>& OrganizationTable() {
  static const RecordTable<Organization> table("organizations", OrganizationFields());
  return table;
}

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
  const RecordTable<Organization>& table = OrganizationTable();
  KENES_ASSIGN(organization.id,
               Insert("organizations", table.written() + ", version, created_at, updated_at",
                      table.written_count() + 3, organization.id, [&](sql::Statement& insert) {
                        const int next = table.Bind(insert, organization);
                        insert.Bind(next, 1).Bind(next + 1, now).Bind(next + 2, now);
                      }));
  organization.version = 1;
  KENES_TRY(SaveMembership(organization));
  return organization;
}

Result<Organization> SqlTransaction::GetOrganization(Id id) {
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(OrganizationTable().select() + " WHERE id = ?"));
  KENES_ASSIGN(bool found, query->Bind(1, id).Step());
  if (!found) return NotFound("no organization has id " + std::to_string(id));
  Organization organization;
  KENES_TRY(OrganizationTable().Read(*query, organization));
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
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(OrganizationTable().select() + where.sql()));
  where.BindTo(*query);
  std::vector<Organization> organizations;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    KENES_TRY(OrganizationTable().Read(*query, organizations.emplace_back()));
  }
  for (Organization& organization : organizations) KENES_TRY(LoadMembership(organization));
  return TrimToPage(std::move(organizations), filter.page);
}

Result<Organization> SqlTransaction::UpdateOrganization(Organization organization) {
  KENES_ASSIGN(sql::Statement * update,
               db_.Prepare("UPDATE organizations SET " + OrganizationTable().assignments() +
                           ", updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
  const int next = OrganizationTable().Bind(*update, organization);
  KENES_TRY(update->Bind(next, clock_.NowUtc())
                .Bind(next + 1, organization.id)
                .Bind(next + 2, organization.version)
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
