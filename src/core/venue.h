// A venue with the number of people it holds: "Дом культуры поселка Осакаровка", 350 seats. A
// reported figure above what its venue holds is flagged for review (docs/analytics.md).
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"

namespace kenes {

struct Venue {
  std::string place_code;  // the settlement, district or region it is in
  std::string name;        // as events name it; compared by NameKey, so word order may differ
  std::int64_t capacity = 0;

  bool operator==(const Venue&) const = default;
};

// Intrinsic rules only; whether the place exists is checked against the gazetteer.
Status Validate(const Venue& venue);

}  // namespace kenes
