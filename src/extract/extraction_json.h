// The JSON form of an extraction: what `kenes extract FILE` prints and the intake endpoint
// returns. Absent values are null; every span is a [begin, end) pair of byte offsets into the
// input as given. docs/extract.md describes each field.
#pragma once

#include <nlohmann/json.hpp>

#include "extract/extraction.h"

namespace kenes::extract {

nlohmann::ordered_json ToJson(const Extraction& extraction);

}  // namespace kenes::extract
