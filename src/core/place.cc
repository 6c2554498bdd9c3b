#include "core/place.h"

#include "core/enum_names.h"
#include "core/utf8.h"

namespace kenes {
namespace {

constexpr EnumName<PlaceLevel> kLevels[] = {
    {PlaceLevel::kRegion, "region"},
    {PlaceLevel::kDistrict, "district"},
    {PlaceLevel::kOkrug, "okrug"},
    {PlaceLevel::kSettlement, "settlement"},
};

constexpr EnumName<PlaceKind> kKinds[] = {
    {PlaceKind::kRegion, "region"},         {PlaceKind::kCity, "city"},
    {PlaceKind::kDistrict, "district"},     {PlaceKind::kOkrug, "okrug"},
    {PlaceKind::kSettlement, "settlement"}, {PlaceKind::kVillage, "village"},
};

}  // namespace

std::string_view PlaceLevelName(PlaceLevel level) { return NameOf(kLevels, level); }
Result<PlaceLevel> ParsePlaceLevel(std::string_view name) {
  return ParseName(kLevels, name, "level");
}
std::string_view PlaceKindName(PlaceKind kind) { return NameOf(kKinds, kind); }
Result<PlaceKind> ParsePlaceKind(std::string_view name) { return ParseName(kKinds, name, "kind"); }

bool IsKatoCode(std::string_view code) {
  if (code.size() != 9) return false;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

Status Validate(const Place& place) {
  if (!IsKatoCode(place.code)) {
    return Invalid("code", "'" + place.code + "' is not a KATO code: expected nine digits");
  }
  if (place.level == PlaceLevel::kRegion) {
    if (!place.parent_code.empty()) {
      return Invalid("parent_code", "a region has no parent, but " + place.code + " names one");
    }
  } else if (!IsKatoCode(place.parent_code)) {
    return Invalid("parent_code", "place " + place.code + " needs the KATO code of its parent");
  }
  if (place.parent_code == place.code) {
    return Invalid("parent_code", "place " + place.code + " cannot be its own parent");
  }
  if (utf8::Trim(place.name_ru).empty()) {
    return Invalid("name_ru", "place " + place.code + " has no Russian name");
  }
  if (utf8::Trim(place.name_kk).empty()) {
    return Invalid("name_kk", "place " + place.code + " has no Kazakh name");
  }
  if (place.population && *place.population < 0) {
    return Invalid("population", "population of " + place.code + " cannot be negative");
  }
  return Ok();
}

}  // namespace kenes
