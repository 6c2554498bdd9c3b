// Who may do what: the access rules of ../shared/DESIGN.md as pure functions, so the HTTP server,
// the ledger and the tests all ask the same code.
//
// Two checks, in this order:
//   1. a route's Gate: which roles may call it at all (server/router.h registers every route with
//      one, so a route without a rule cannot exist);
//   2. CheckWrite: whether this actor may write this record, given the region and organizations
//      the record belongs to (the ledger asks for every create, change and delete).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/actor.h"
#include "core/record_kind.h"
#include "core/result.h"
#include "core/role.h"

namespace kenes {

enum class Gate {
  kPublic,     // anyone, signed in or not: the landing page, the API description, health, login
  kSignedIn,   // any account: who am I, sign out
  kPublished,  // published figures and reference data: every role
  kRecords,    // campaign records, press releases and drafts: every role but observer
  kAudit,      // the audit log and the history of a record: admin, analyst
  kReview,     // deciding whether a flagged figure counts, venue capacities: admin, analyst
  kReport,     // writing events, feedback and check-ins, press-release intake: admin, coordinator,
               // reporter; CheckWrite then confines a coordinator or reporter to its scope
  kAdmin,      // the registry (organizations, people), the campaign, accounts: admin
  kExport,     // every record of a type in one file, check-ins' participant keys included: admin,
               // analyst (headquarters, who count people across the whole campaign)
};

std::string_view GateName(Gate gate);

// Whether an account of `role` passes `gate`. A caller who has not signed in passes kPublic only.
bool Admits(Gate gate, Role role);

// The 403 for a role `gate` refuses, saying who may do it instead.
Error Refusal(Gate gate, Role role);

// Where a record belongs as far as scope is concerned: the region of its place and the
// organizations credited with it (an event's host and organizers; for a feedback item or a
// check-in, those of its event). Empty when unknown.
struct RecordScope {
  std::string region_code;
  std::vector<Id> organization_ids;
};

// Whether `actor` may create, change or delete a record of `kind` lying in `scope`. A change is
// checked on the record as stored and again as it would be, so nobody moves a record into or out
// of their reach. Errors are kForbidden and name the field that decides the scope.
//
//   admin        anything
//   coordinator  events, feedback, check-ins of its region; drafts of its region or of none yet
//   reporter     events its organization hosted or organized, their feedback and check-ins;
//                drafts naming its organization as host, or no host yet
//   (a publication is written by whoever may write every event it cites, checked event by event;
//   approving one is the kReview gate's, administrators and analysts)
//   analyst, observer: nothing
Status CheckWrite(const Actor& actor, RecordKind kind, const RecordScope& scope);

}  // namespace kenes
