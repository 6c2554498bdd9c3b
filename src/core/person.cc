#include "core/person.h"

#include "core/validate.h"

namespace kenes {

Status Validate(const Person& person) {
  KENES_TRY(RequireText("full_name", person.full_name));
  KENES_TRY(OptionalText("full_name_kk", person.full_name_kk));
  for (std::size_t i = 0; i < person.positions.size(); ++i) {
    const Position& position = person.positions[i];
    const std::string field = "positions[" + std::to_string(i) + "]";
    KENES_TRY(RequireText(field + ".title", position.title));
    if (position.from && position.to && *position.to < *position.from) {
      return Invalid(field + ".to", "the position ends before it starts");
    }
  }
  return Ok();
}

std::string TitleOn(const Person& person, Date date) {
  const Position* best = nullptr;
  for (const Position& position : person.positions) {
    if ((position.from && date < *position.from) || (position.to && date > *position.to)) continue;
    if (!best || (position.from && (!best->from || *best->from < *position.from))) {
      best = &position;
    }
  }
  return best ? best->title : std::string();
}

}  // namespace kenes
