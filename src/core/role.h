// The roles of the campaign (../shared/DESIGN.md, "Who uses it"). What an account may do follows
// from its role and, for a coordinator or a reporter, from the region or organization it is
// scoped to; core/access.h holds those rules.
#pragma once

#include <string_view>

#include "core/result.h"

namespace kenes {

enum class Role {
  kAdmin,        // headquarters: sets the campaign up, manages users, may change anything
  kAnalyst,      // headquarters: reads everything, the audit log included; writes nothing
  kCoordinator,  // one region: reads all, writes events, feedback and check-ins of its region
  kReporter,     // one member organization: writes the events it held, their feedback, check-ins
  kObserver,     // reads published figures (totals and reference data) only
};

std::string_view RoleName(Role role);
Result<Role> ParseRole(std::string_view name, std::string_view field = "role");

}  // namespace kenes
