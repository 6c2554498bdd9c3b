// Writing report files so that a failed write leaves nothing behind: to a temporary name beside
// the target, renamed over it only when complete.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace kenes::report {

// Writes `content` to `path` whole or not at all; errors name the field "--out".
Status WriteFileAtomically(const std::string& path, std::string_view content);

}  // namespace kenes::report
