// The fields of a check-in, said once (record_fields.h): the store, JSON, CSV and the API's schema
// are made from this list. The raw participant a client may send instead of the hash is no field:
// kenes hashes it and never keeps it, so the JSON reader, the CSV import and the schema add it by
// hand. The bulk path (store.h, CheckInRow) carries its own columns, for speed.
#pragma once

#include <span>
#include <string_view>

#include "core/checkin.h"
#include "core/record_fields.h"

namespace kenes {

// In the order the API writes them and the CSV has its columns.
std::span<const FieldSpec<CheckIn>> CheckInFields();

// Every age band's name (checkin.cc), for the schema.
std::span<const std::string_view> AgeBandNames();

}  // namespace kenes
