// The campaign: the span of days its events may fall in, and the vote it leads to.
#pragma once

#include <optional>
#include <string>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"

namespace kenes {

struct Campaign {
  Id id = 0;
  std::string name;
  Date starts_on;
  Date ends_on;  // the last day events may be held; usually the eve of the vote
  std::optional<Date> vote_on;

  bool Covers(Date date) const { return date >= starts_on && date <= ends_on; }
};

Status Validate(const Campaign& campaign);

}  // namespace kenes
