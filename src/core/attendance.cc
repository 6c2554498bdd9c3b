#include "core/attendance.h"

#include "core/enum_names.h"

namespace kenes {
namespace {

constexpr EnumName<Qualifier> kQualifiers[] = {
    {Qualifier::kExact, "exact"},      {Qualifier::kAbout, "about"},
    {Qualifier::kOrder, "order"},      {Qualifier::kMoreThan, "more_than"},
    {Qualifier::kAtLeast, "at_least"}, {Qualifier::kAlmost, "almost"},
    {Qualifier::kUpTo, "up_to"},       {Qualifier::kLessThan, "less_than"},
    {Qualifier::kRange, "range"},      {Qualifier::kVague, "vague"},
};

}  // namespace

std::string_view QualifierName(Qualifier qualifier) { return NameOf(kQualifiers, qualifier); }
Result<Qualifier> ParseQualifier(std::string_view name) {
  return ParseName(kQualifiers, name, "attendance.qualifier");
}

Attendance ExactAttendance(std::int64_t count) {
  return Attendance{std::to_string(count), Qualifier::kExact, count, count, count};
}

}  // namespace kenes
