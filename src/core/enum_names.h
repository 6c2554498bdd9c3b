// One table per enum maps each value to the name it has in JSON, CSV and the database, so the
// three never disagree and a parse error can list every allowed name.
#pragma once

#include <array>
#include <span>
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

// "a, b, c": how an error lists the names a value may take.
inline std::string JoinNames(std::span<const std::string_view> names) {
  std::string joined;
  for (std::string_view name : names) {
    joined += joined.empty() ? "" : ", ";
    joined += name;
  }
  return joined;
}

template <class E, std::size_t N>
Result<E> ParseName(const EnumName<E> (&table)[N], std::string_view text, std::string_view field) {
  for (const auto& entry : table) {
    if (entry.name == text) return entry.value;
  }
  const auto names = NamesOf(table);
  return Invalid(std::string(field),
                 "'" + std::string(text) + "' is not one of: " + JoinNames(names));
}

}  // namespace kenes
