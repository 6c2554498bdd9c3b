// Small checks shared by the validation of every record, each naming the field it checks.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"

namespace kenes {

// Limits on free text, in characters: generous for real use, small enough that a paste of a whole
// file into a name field is refused.
inline constexpr std::size_t kMaxNameLength = 500;
inline constexpr std::size_t kMaxTextLength = 20000;

// Non-empty after trimming, valid UTF-8, at most `max_length` characters.
Status RequireText(std::string_view field, std::string_view value,
                   std::size_t max_length = kMaxNameLength);
// Empty, or valid UTF-8 of at most `max_length` characters.
Status OptionalText(std::string_view field, std::string_view value,
                    std::size_t max_length = kMaxNameLength);
// Empty, or the address of a web page: http:// or https://, a host, no spaces or control
// characters, at most kMaxWebAddressLength bytes.
inline constexpr std::size_t kMaxWebAddressLength = 2000;
Status OptionalWebAddress(std::string_view field, std::string_view value);
// A catalog code: lower-case ASCII letters, digits and '_', 1 to 64 long ("miners", "art_12").
Status RequireCode(std::string_view field, std::string_view value);
bool IsCode(std::string_view value);

}  // namespace kenes
