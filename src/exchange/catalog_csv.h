// data/segments.csv and data/provisions.csv: the catalogs a new database starts with.
// Errors name the row and column; a provision's themes are '|'-separated codes.
#pragma once

#include <string_view>
#include <vector>

#include "core/catalog.h"
#include "core/result.h"

namespace kenes {

Result<std::vector<Segment>> ParseSegmentsCsv(std::string_view text);
Result<std::vector<Provision>> ParseProvisionsCsv(std::string_view text);

}  // namespace kenes
