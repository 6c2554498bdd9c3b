// Record identifiers and the version every mutable record carries (optimistic concurrency: an
// update names the version it read and fails with a conflict when someone wrote in between).
#pragma once

#include <cstdint>

namespace kenes {

using Id = std::int64_t;
using Version = std::int64_t;

}  // namespace kenes
