// A speaker or delegate and the positions they held: a title is true over a span of days
// ("депутат Мажилиса" until a new convocation), so an event shows the title held on its date.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"

namespace kenes {

struct Position {
  std::string title;                  // "депутат Мажилиса Парламента РК"
  std::optional<Id> organization_id;  // where the position is held, when on record
  std::optional<Date> from;           // open when unknown
  std::optional<Date> to;

  bool operator==(const Position&) const = default;
};

struct Person {
  Id id = 0;
  Version version = 0;
  std::string full_name;     // as written in Russian text: "Тилектес Адамбеков"
  std::string full_name_kk;  // optional
  std::vector<Position> positions;
};

Status Validate(const Person& person);

// The title `person` held on `date`: the latest-starting position whose span covers it, or empty.
std::string TitleOn(const Person& person, Date date);

}  // namespace kenes
