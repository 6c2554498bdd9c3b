// What identifies a participant at check-in: a Kazakhstani IIN (12 digits with a check digit) or
// a phone number. Both are normalized to one canonical form before hashing, so "+7 (701) 123-45-67"
// and "87011234567" are the same person. Errors never repeat the value: it is personal data.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace kenes {

// "iin:XXXXXXXXXXXX" or "tel:+7XXXXXXXXXX"; an error with field "participant" otherwise.
Result<std::string> NormalizeParticipantId(std::string_view raw);

// True when the 12 digits pass the IIN check-digit rule.
bool IsValidIin(std::string_view digits);

}  // namespace kenes
