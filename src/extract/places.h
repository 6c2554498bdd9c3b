// Places named in a press release, resolved through the gazetteer: a region by its adjective
// ("Карагандинской области"), a district ("Осакаровского района"), a settlement after its type
// word ("в поселке Нура", "города Сарань", "г. Караганда", "области Абай"), and a known city or
// settlement without one ("в Астане", "из Шымкента"). Inflected names are brought back to the
// nominative before they are looked up; a typed name the gazetteer does not know is kept with the
// name the text gives it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/gazetteer.h"
#include "core/place.h"
#include "extract/annotate.h"

namespace kenes::extract {

struct PlaceMention {
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;
  std::uint32_t name_token = 0;  // the first token of the name itself (after a type word)
  ByteSpan span;                 // normalized text
  std::string name;              // nominative, as the text names it: "Осакаровка"
  PlaceKind kind = PlaceKind::kSettlement;
  bool typed = false;            // a type word said what it is
  const Place* place = nullptr;  // in the gazetteer; null when it is not there
};

// REQUIRES: `gazetteer` outlives the result (mentions point into it).
std::vector<PlaceMention> FindPlaces(const AnnotatedText& text, const Gazetteer& gazetteer);

// Nominative candidates for a place name the text may have inflected ("Астане" -> "Астана",
// "Астан"; "Сарани" -> "Сарань"), the name as written first.
std::vector<std::string> PlaceNameCandidates(std::string_view surface);

}  // namespace kenes::extract
