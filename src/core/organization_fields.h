// The fields of an organization, said once (record_fields.h): the store, JSON, CSV and the API's
// schema are made from this list. Its coalition membership is kept in a table of its own and is
// read and written by hand (kComposite).
#pragma once

#include <span>
#include <string_view>

#include "core/organization.h"
#include "core/record_fields.h"

namespace kenes {

// In the order the API writes them and the CSV has its columns.
std::span<const FieldSpec<Organization>> OrganizationFields();

// Every organization kind's name (organization.cc), for the schema.
std::span<const std::string_view> OrgKindNames();

}  // namespace kenes
