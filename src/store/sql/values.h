// Conversions between kenes values and the way the SQLite schema stores them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "store/sql/connection.h"

namespace kenes::sql {

// Dates are stored as ISO text, which sorts and compares as dates do. A stored date that does not
// parse means a damaged database, so reading one is a bug check, not an expected failure.
inline std::optional<Date> OptionalDate(const Statement& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return Date::Parse(row.Text(column)).value();
}

inline std::optional<std::string> DateText(const std::optional<Date>& date) {
  if (!date) return std::nullopt;
  return date->ToString();
}

// Participant hashes travel as lower-case hex and are stored as bytes, half the size.
std::string HexToBytes(std::string_view hex);
std::string BytesToHex(std::string_view bytes);

}  // namespace kenes::sql
