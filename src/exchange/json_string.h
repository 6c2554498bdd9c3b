// A JSON string written with the bytes nlohmann::json's dump gives it as kenes dumps (UTF-8 kept,
// ill-formed UTF-8 replaced by U+FFFD), without building a json value: a writer of millions of
// lines (an export of check-ins) escapes its strings here, with no allocation per string.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kenes {

// The most bytes WriteJsonString writes for `text`: its quotes and six bytes a byte (\u001f).
constexpr std::size_t JsonStringBound(std::string_view text) { return 2 + 6 * text.size(); }

// Writes `text` as a JSON string, quotes included, at `out`; returns the end of what it wrote.
// REQUIRES: `out` has room for JsonStringBound(text) bytes.
char* WriteJsonString(char* out, std::string_view text);

// Appends `text` as a JSON string, quotes included.
void AppendJsonString(std::string& out, std::string_view text);

}  // namespace kenes
