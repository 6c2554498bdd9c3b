// data/places.csv, the gazetteer kenes ships and exports: one place a row, with the columns
// code,level,kind,parent_code,name_ru,name_kk,population (population empty when unknown; level
// and kind by the names in place.h). Reading checks every row with Validate(const Place&) and
// that every parent is in the file, one level above or higher; errors name the row and column.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/place.h"
#include "core/result.h"

namespace kenes {

// The places of `text` in file order. The first error ends the read: its field is "row N" or
// "row N, column NAME" (rows counted as a spreadsheet counts them, the header is row 1).
Result<std::vector<Place>> ParsePlacesCsv(std::string_view text);

// The places as data/places.csv, header included; ParsePlacesCsv reads it back unchanged.
std::string WritePlacesCsv(std::span<const Place> places);

}  // namespace kenes
