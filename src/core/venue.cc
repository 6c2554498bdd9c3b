#include "core/venue.h"

#include "core/place.h"
#include "core/validate.h"

namespace kenes {

Status Validate(const Venue& venue) {
  if (!IsKatoCode(venue.place_code)) return Invalid("place_code", "must be a nine-digit KATO code");
  KENES_TRY(RequireText("name", venue.name));
  // The largest arenas of the country hold some tens of thousands; a figure past a million is a
  // typing error, not a venue.
  if (venue.capacity <= 0 || venue.capacity > 1'000'000) {
    return Invalid("capacity", "must be a whole number of people from 1 to 1000000");
  }
  return Ok();
}

}  // namespace kenes
