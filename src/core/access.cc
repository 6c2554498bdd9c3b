#include "core/access.h"

#include <algorithm>

namespace kenes {
namespace {

// An article for a role name in a message: "an analyst", "a coordinator".
std::string WithArticle(Role role) {
  const std::string_view name = RoleName(role);
  return std::string(name.front() == 'a' || name.front() == 'o' ? "an " : "a ") + std::string(name);
}

std::string_view SubjectNoun(Subject subject) {
  switch (subject) {
    case Subject::kOrganization:
      return "organizations";
    case Subject::kPerson:
      return "people";
    case Subject::kEvent:
      return "events";
    case Subject::kFeedback:
      return "feedback";
    case Subject::kCheckIn:
      return "check-ins";
    case Subject::kCampaign:
      return "the campaign";
    case Subject::kDraft:
      return "drafts";
    case Subject::kUser:
      return "accounts";
    case Subject::kVoteResult:
      return "the referendum's results";
    case Subject::kPublication:
      return "publications";
  }
  return "records";
}

// The field a user changes to bring a record into scope.
std::string RegionField(Subject subject) {
  if (subject == Subject::kPublication) return "events";
  return subject == Subject::kCheckIn ? "event_id" : "place_code";
}
std::string OrganizationField(Subject subject) {
  if (subject == Subject::kPublication) return "events";
  return subject == Subject::kEvent || subject == Subject::kDraft ? "host_organization_id"
                                                                  : "event_id";
}

bool ScopedSubject(Subject subject) {
  return subject == Subject::kEvent || subject == Subject::kFeedback ||
         subject == Subject::kCheckIn || subject == Subject::kDraft ||
         subject == Subject::kPublication;
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

Status CheckWrite(const Actor& actor, Subject subject, const RecordScope& scope) {
  if (actor.role == Role::kAdmin) return Ok();
  const std::string noun(SubjectNoun(subject));
  if (!ScopedSubject(subject) ||
      (actor.role != Role::kCoordinator && actor.role != Role::kReporter)) {
    return Forbidden(WithArticle(actor.role) + " may not write " + noun + "; ask an administrator");
  }
  // A draft not yet placed or credited is nobody's: any coordinator or reporter may work on it.
  const bool unclaimed_draft = subject == Subject::kDraft;
  if (actor.role == Role::kCoordinator) {
    if (scope.region_code == actor.region_code) return Ok();
    if (unclaimed_draft && scope.region_code.empty()) return Ok();
    return Forbidden(
        "a coordinator of region " + actor.region_code + " writes " + noun +
            " of that region only" +
            (scope.region_code.empty() ? std::string() : "; this one is in " + scope.region_code),
        RegionField(subject));
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
      OrganizationField(subject));
}

}  // namespace kenes
