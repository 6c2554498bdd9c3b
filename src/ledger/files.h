// Reading a whole file a user named, with errors that say which file and why.
#pragma once

#include <cstddef>
#include <string>

#include "core/result.h"

namespace kenes {

// The contents of `path` ("-" reads standard input). Larger than `max_bytes` is a kTooLarge error.
Result<std::string> ReadTextFile(const std::string& path,
                                 std::size_t max_bytes = std::size_t{4} << 30);

}  // namespace kenes
