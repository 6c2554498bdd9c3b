#include "core/intake.h"

#include "core/enum_names.h"

namespace kenes {
namespace {

constexpr EnumName<DraftStatus> kStatuses[] = {
    {DraftStatus::kPending, "pending"},
    {DraftStatus::kConfirmed, "confirmed"},
    {DraftStatus::kRejected, "rejected"},
    {DraftStatus::kMerged, "merged"},
};

}  // namespace

std::string_view DraftStatusName(DraftStatus status) { return NameOf(kStatuses, status); }
Result<DraftStatus> ParseDraftStatus(std::string_view name, std::string_view field) {
  return ParseName(kStatuses, name, field);
}
std::span<const std::string_view> DraftStatusNames() {
  static constexpr auto kNames = NamesOf(kStatuses);
  return kNames;
}

}  // namespace kenes
