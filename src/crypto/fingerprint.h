// A fingerprint of a text (SHA-256, hex), to recognize the same document received twice.
#pragma once

#include <string>
#include <string_view>

namespace kenes {

std::string Fingerprint(std::string_view text);

}  // namespace kenes
