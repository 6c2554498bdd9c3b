// Which part of the campaign a figure is about: the filters every analytics figure takes.
#pragma once

#include <optional>
#include <string>

#include "core/date.h"
#include "core/ids.h"

namespace kenes::analytics {

// Events match by their campaign, date (inclusive), region and audience; check-ins by their
// event; feedback by its event's campaign (or, without an event, its date within the campaign),
// its date, its region, and its own segment or, when it names none, its event's audience.
struct Filter {
  std::optional<Id> campaign_id;
  std::optional<Date> from;
  std::optional<Date> to;
  std::string region_code;  // KATO code of a region
  std::string segment;      // segment code

  bool empty() const {
    return !campaign_id && !from && !to && region_code.empty() && segment.empty();
  }
};

}  // namespace kenes::analytics
