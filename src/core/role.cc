#include "core/role.h"

#include "core/enum_names.h"

namespace kenes {
namespace {

constexpr EnumName<Role> kRoles[] = {
    {Role::kAdmin, "admin"},
    {Role::kAnalyst, "analyst"},
    {Role::kCoordinator, "coordinator"},
    {Role::kReporter, "reporter"},
    {Role::kObserver, "observer"},
};

}  // namespace

std::string_view RoleName(Role role) { return NameOf(kRoles, role); }

Result<Role> ParseRole(std::string_view name, std::string_view field) {
  return ParseName(kRoles, name, field);
}

}  // namespace kenes
