#include "core/access.h"

#include <algorithm>

namespace kenes {
namespace {

// An article for a role name in a message: "an analyst", "a coordinator".
std::string WithArticle(Role role) {
  const std::string_view name = RoleName(role);
  return std::string(name.front() == 'a' || name.front() == 'o' ? "an " : "a ") + std::string(name);
}

// The field a user changes to bring a record into scope.
std::string RegionField(RecordKind kind) {
  if (kind == RecordKind::kPublication) return "events";
  return kind == RecordKind::kCheckIn ? "event_id" : "place_code";
}
std::string OrganizationField(RecordKind kind) {
  if (kind == RecordKind::kPublication) return "events";
  return kind == RecordKind::kEvent || kind == RecordKind::kDraft ? "host_organization_id"
                                                                  : "event_id";
}

// The kinds a coordinator or reporter writes within their scope; the rest are administrators'.
bool Scoped(RecordKind kind) {
  return kind == RecordKind::kEvent || kind == RecordKind::kFeedback ||
         kind == RecordKind::kCheckIn || kind == RecordKind::kDraft ||
         kind == RecordKind::kPublication;
}

}  // namespace

std::string_view GateName(Gate gate) {
  switch (gate) {
    case Gate::kPublic:
      return "public";
    case Gate::kSignedIn:
      return "signed_in";
    case Gate::kPublished:
      return "published";
    case Gate::kRecords:
      return "records";
    case Gate::kAudit:
      return "audit";
    case Gate::kReview:
      return "review";
    case Gate::kReport:
      return "report";
    case Gate::kAdmin:
      return "admin";
    case Gate::kExport:
      return "export";
  }
  return "?";
}

bool Admits(Gate gate, Role role) {
  switch (gate) {
    case Gate::kPublic:
    case Gate::kSignedIn:
    case Gate::kPublished:
      return true;
    case Gate::kRecords:
      return role != Role::kObserver;
    case Gate::kAudit:
    case Gate::kReview:
    case Gate::kExport:
      return role == Role::kAdmin || role == Role::kAnalyst;
    case Gate::kReport:
      return role == Role::kAdmin || role == Role::kCoordinator || role == Role::kReporter;
    case Gate::kAdmin:
      return role == Role::kAdmin;
  }
  return false;
}

Error Refusal(Gate gate, Role role) {
  std::string who;
  switch (gate) {
    case Gate::kPublic:
    case Gate::kSignedIn:
    case Gate::kPublished:
      who = "every account";
      break;
    case Gate::kRecords:
      who =
          "accounts of headquarters, coordinators and reporters; an observer reads published "
          "figures only (/api/v1/stats)";
      break;
    case Gate::kAudit:
    case Gate::kReview:
      who = "administrators and analysts";
      break;
    case Gate::kReport:
      who = "administrators, coordinators and reporters";
      break;
    case Gate::kAdmin:
      who = "administrators";
      break;
    case Gate::kExport:
      // A coordinator or reporter reads records a page at a time; a whole copy of every
      // participant key stays with headquarters.
      who = "administrators and analysts; other accounts read records a page at a time";
      break;
  }
  return Forbidden(WithArticle(role) + " may not do this; it is for " + who);
}

Status CheckWrite(const Actor& actor, RecordKind kind, const RecordScope& scope) {
  if (actor.role == Role::kAdmin) return Ok();
  const std::string noun(NounsOf(kind));
  if (!Scoped(kind) || (actor.role != Role::kCoordinator && actor.role != Role::kReporter)) {
    return Forbidden(WithArticle(actor.role) + " may not write " + noun + "; ask an administrator");
  }
  // A draft not yet placed or credited is nobody's: any coordinator or reporter may work on it.
  const bool unclaimed_draft = kind == RecordKind::kDraft;
  if (actor.role == Role::kCoordinator) {
    if (scope.region_code == actor.region_code) return Ok();
    if (unclaimed_draft && scope.region_code.empty()) return Ok();
    return Forbidden(
        "a coordinator of region " + actor.region_code + " writes " + noun +
            " of that region only" +
            (scope.region_code.empty() ? std::string() : "; this one is in " + scope.region_code),
        RegionField(kind));
  }
  const auto& orgs = scope.organization_ids;
  if (actor.organization_id &&
      std::find(orgs.begin(), orgs.end(), *actor.organization_id) != orgs.end()) {
    return Ok();
  }
  if (unclaimed_draft && orgs.empty()) return Ok();
  return Forbidden(
      "a reporter of organization " +
          (actor.organization_id ? std::to_string(*actor.organization_id) : std::string("?")) +
          " writes " + noun + " of the events its organization hosted or organized only",
      OrganizationField(kind));
}

}  // namespace kenes
