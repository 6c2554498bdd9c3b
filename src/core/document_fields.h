// The fields of a source document (a pasted press release), said once (record_fields.h): the
// store and the JSON and schema the intake routes answer with are made from this list. What was
// read from the text as a whole (extraction) is JSON kept as text: written by hand (kComposite).
#pragma once

#include <span>

#include "core/intake.h"
#include "core/record_fields.h"

namespace kenes {

// In the order the table has its columns.
std::span<const FieldSpec<SourceDocument>> DocumentFields();

}  // namespace kenes
