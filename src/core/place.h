// A unit of Kazakhstan's administrative division as the KATO classifier numbers it. A KATO code
// has nine digits AB CD EF HIJ: region, district, rural okrug, settlement; a unit's ancestors are
// found through `parent_code`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace kenes {

enum class PlaceLevel {
  kRegion = 1,      // oblast or city of republican significance
  kDistrict = 2,    // district or city of regional significance
  kOkrug = 3,       // rural okrug, or town of district significance
  kSettlement = 4,  // village, aul, settlement
};

enum class PlaceKind {
  kRegion,      // oblast
  kCity,        // город, at any level
  kDistrict,    // район (and districts of a city)
  kOkrug,       // сельский округ
  kSettlement,  // посёлок
  kVillage,     // село, аул
};

std::string_view PlaceLevelName(PlaceLevel level);
Result<PlaceLevel> ParsePlaceLevel(std::string_view name);
std::string_view PlaceKindName(PlaceKind kind);
Result<PlaceKind> ParsePlaceKind(std::string_view name);

struct Place {
  std::string code;  // nine digits
  PlaceLevel level = PlaceLevel::kRegion;
  PlaceKind kind = PlaceKind::kRegion;
  std::string parent_code;  // empty for a region
  std::string name_ru;
  std::string name_kk;
  std::optional<std::int64_t> population;

  bool operator==(const Place&) const = default;
};

// True when `code` is nine ASCII digits.
bool IsKatoCode(std::string_view code);

Status Validate(const Place& place);

}  // namespace kenes
