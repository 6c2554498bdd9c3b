#include "core/audit.h"

#include "core/enum_names.h"

namespace kenes {
namespace {

constexpr EnumName<AuditAction> kActions[] = {
    {AuditAction::kCreate, "create"},
    {AuditAction::kUpdate, "update"},
    {AuditAction::kDelete, "delete"},
};

}  // namespace

std::string_view AuditActionName(AuditAction action) { return NameOf(kActions, action); }

Result<AuditAction> ParseAuditAction(std::string_view name, std::string_view field) {
  return ParseName(kActions, name, field);
}

}  // namespace kenes
