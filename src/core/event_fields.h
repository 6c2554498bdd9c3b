// The fields of an event, said once (record_fields.h): the store, JSON, CSV and the API's schema
// are made from this list.
#pragma once

#include <span>

#include "core/event.h"
#include "core/record_fields.h"

namespace kenes {

// In the order the API writes them and the CSV has its columns.
std::span<const FieldSpec<Event>> EventFields();

}  // namespace kenes
