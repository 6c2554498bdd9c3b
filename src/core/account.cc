#include "core/account.h"

#include "core/enum_names.h"
#include "core/place.h"

namespace kenes {
namespace {

constexpr EnumName<CredentialKind> kKinds[] = {
    {CredentialKind::kSession, "session"},
    {CredentialKind::kToken, "token"},
};

}  // namespace

bool IsUserName(std::string_view name) {
  if (name.empty() || name.size() > 64 || name[0] < 'a' || name[0] > 'z') return false;
  for (char c : name) {
    const bool allowed =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!allowed) return false;
  }
  return true;
}

Status Validate(const User& user) {
  if (!IsUserName(user.name)) {
    return Invalid("name",
                   "a user name is 1 to 64 lower-case latin letters, digits, '.', '_' or '-', "
                   "starting with a letter");
  }
  const bool coordinator = user.role == Role::kCoordinator;
  const bool reporter = user.role == Role::kReporter;
  if (coordinator && user.region_code.empty()) {
    return Invalid("region", "a coordinator works for one region: give its KATO code");
  }
  if (!user.region_code.empty()) {
    if (!coordinator) return Invalid("region", "only a coordinator is scoped to a region");
    if (!IsKatoCode(user.region_code)) {
      return Invalid("region", "'" + user.region_code + "' is not a KATO code (nine digits)");
    }
  }
  if (reporter && !user.organization_id) {
    return Invalid("organization", "a reporter reports for one organization: give its id");
  }
  if (user.organization_id && !reporter) {
    return Invalid("organization", "only a reporter is scoped to an organization");
  }
  return Ok();
}

std::string_view CredentialKindName(CredentialKind kind) { return NameOf(kKinds, kind); }

Result<CredentialKind> ParseCredentialKind(std::string_view name) {
  return ParseName(kKinds, name, "kind");
}

}  // namespace kenes
