// Where an event lies for access checks (core/access.h): its region, and the organizations
// credited with it (its organizers and its host).
#pragma once

#include "core/access.h"
#include "core/event.h"

namespace kenes {

inline RecordScope ScopeOf(const Event& event) {
  RecordScope scope{event.region_code, event.organizer_ids};
  if (event.host_organization_id) scope.organization_ids.push_back(*event.host_organization_id);
  return scope;
}

}  // namespace kenes
