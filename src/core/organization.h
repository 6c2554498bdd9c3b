// An organization of the coalition or one that hosts its meetings: a party, a public association,
// a company and the mine under it. Coalition membership is a separate fact with its own date and
// claimed membership, so "5 parties, 312 organizations, 4.9 M members" is computed, never typed.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"

namespace kenes {

enum class OrgKind {
  kParty,
  kPublicAssociation,
  kTradeUnion,
  kYouth,
  kBusinessAssociation,
  kCompany,
  kEducation,
  kHealth,
  kCulture,
  kMedia,
  kStateBody,
  kOther,
};

std::string_view OrgKindName(OrgKind kind);
Result<OrgKind> ParseOrgKind(std::string_view name, std::string_view field = "kind");
std::span<const std::string_view> OrgKindNames();

// Membership of the coalition in one campaign.
struct Membership {
  Id campaign_id = 0;
  Date joined_on;
  std::optional<std::int64_t> claimed_members;  // as the organization states it

  bool operator==(const Membership&) const = default;
};

struct Organization {
  Id id = 0;
  Version version = 0;
  std::string name;
  std::string name_kk;  // optional
  OrgKind kind = OrgKind::kOther;
  std::optional<Id> parent_id;            // e.g. the company that owns a mine
  std::string region_code;                // empty for a national organization
  std::optional<std::int64_t> headcount;  // staff or members on record, for plausibility checks
  std::optional<Membership> membership;   // set when the organization is a coalition member
};

// Intrinsic rules only; whether parent and region exist is checked against the store.
Status Validate(const Organization& organization);

}  // namespace kenes
