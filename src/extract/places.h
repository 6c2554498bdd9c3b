// Places named in a press release, resolved through the gazetteer's MatchAt: a region by its
// adjective ("Карагандинской области"), a district ("Осакаровского района"), a settlement with
// its type word ("в поселке Нура", "города Сарань", "г. Караганда", "области Абай"), a city
// without one ("в Астане", "из Шымкента"), in Russian and Kazakh forms. A typed name the
// gazetteer does not know is kept with the name the text gives it, so a meeting in a village
// missing from the gazetteer still says where it was.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/gazetteer.h"
#include "core/place.h"
#include "extract/annotate.h"

namespace kenes::extract {

struct PlaceMention {
  TokenIndex first_token;
  TokenIndex end_token;
  ByteSpan span;     // normalized text, type words included
  std::string name;  // the gazetteer's name, or the nominative the text gives: "Осакаровка"
  PlaceKind kind = PlaceKind::kSettlement;
  bool typed = false;  // a type word said what it is
  // The places the words may name, best first; empty when the gazetteer knows none.
  std::vector<const Place*> places;

  const Place* place() const { return places.empty() ? nullptr : places.front(); }
};

// REQUIRES: `gazetteer` outlives the result (mentions point into it).
std::vector<PlaceMention> FindPlaces(const AnnotatedText& text, const Gazetteer& gazetteer);

// True when the place that starts at token `next` is joined by "и" or a comma to one that ends
// at token `previous_end`, a figure in brackets between them allowed ("в Нуре (120 человек) и
// Осакаровке").
bool JoinedPlaces(const AnnotatedText& text, TokenIndex previous_end, TokenIndex next);

}  // namespace kenes::extract
