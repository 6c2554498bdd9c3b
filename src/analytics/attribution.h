// Attribution: what each coalition member organized (events credited to it), the attendance and
// distinct people of those events and the feedback heard there; and the coalition as a whole,
// where an event credited to two members and a person reached by two members count once. The
// coalition's composition (members, parties, claimed membership) is computed from the registry,
// never typed.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "analytics/campaign_cache.h"
#include "analytics/filter.h"

namespace kenes::analytics {

struct MemberFigures {
  Id organization_id = 0;  // 0 for the coalition row
  std::string name;
  OrgKind kind = OrgKind::kOther;
  std::optional<std::int64_t> claimed_members;
  std::int64_t events = 0;  // held events credited
  AttendanceTotal attendance;
  std::int64_t reach = 0;  // distinct people checked in at those events
  std::int64_t feedback = 0;
};

struct KindCount {
  OrgKind kind = OrgKind::kOther;
  std::int64_t members = 0;
  std::int64_t claimed_members = 0;
};

struct Composition {
  std::int64_t members = 0;
  std::int64_t parties = 0;
  std::int64_t claimed_members = 0;  // summed over members that state it
  std::vector<KindCount> by_kind;    // kinds with members, in enum order
};

struct Attribution {
  Composition composition;
  std::vector<MemberFigures> members;          // most events first
  MemberFigures coalition;                     // each event and person once
  std::int64_t reach_summed_over_members = 0;  // what adding members' reach would claim
  std::int64_t events_shared = 0;              // held events credited to two members or more
};

// Members of `filter.campaign_id`, or of any campaign when it is unset.
Composition ComputeComposition(const CampaignCache& cache, const Filter& filter);
Attribution ComputeAttribution(const CampaignCache& cache, const Filter& filter);

}  // namespace kenes::analytics
