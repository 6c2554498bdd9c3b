// Moments as kenes stores them: UTC text "YYYY-MM-DDTHH:MM:SSZ", which sorts as time does, and
// seconds since 1970 for arithmetic (a session's expiry, a sign-in lockout window).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace kenes {

using UnixSeconds = std::int64_t;

std::string FormatUtc(UnixSeconds seconds);
// Parses exactly the form FormatUtc writes.
Result<UnixSeconds> ParseUtc(std::string_view text, std::string_view field = "time");

}  // namespace kenes
