// The fields of a person, said once (record_fields.h): the store, JSON, CSV and the API's schema
// are made from this list. The positions they held are kept in a table of their own and are read
// and written by hand (kComposite).
#pragma once

#include <span>

#include "core/person.h"
#include "core/record_fields.h"

namespace kenes {

// In the order the API writes them and the CSV has its columns.
std::span<const FieldSpec<Person>> PersonFields();

}  // namespace kenes
