// One table per enum maps each value to the name it has in JSON, CSV and the database, so the
// three never disagree and a parse error can list every allowed name.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "core/result.h"

namespace kenes {

template <class E>
struct EnumName {
  E value;
  std::string_view name;
};

template <class E, std::size_t N>
constexpr std::string_view NameOf(const EnumName<E> (&table)[N], E value) {
  for (const auto& entry : table) {
    if (entry.value == value) return entry.name;
  }
  return "?";
}

// Every name of the table, in its order: the allowed values a schema lists.
template <class E, std::size_t N>
constexpr std::array<std::string_view, N> NamesOf(const EnumName<E> (&table)[N]) {
  std::array<std::string_view, N> names{};
  for (std::size_t i = 0; i < N; ++i) names[i] = table[i].name;
  return names;
}

template <class E, std::size_t N>
Result<E> ParseName(const EnumName<E> (&table)[N], std::string_view text, std::string_view field) {
  for (const auto& entry : table) {
    if (entry.name == text) return entry.value;
  }
  std::string allowed;
  for (const auto& entry : table) {
    allowed += allowed.empty() ? "" : ", ";
    allowed += entry.name;
  }
  return Invalid(std::string(field), "'" + std::string(text) + "' is not one of: " + allowed);
}

}  // namespace kenes
