// The fifth stage: everything the finders read from an annotated text, in one value that owns
// the text they point into.
#pragma once

#include <optional>
#include <vector>

#include "core/gazetteer.h"
#include "extract/annotate.h"
#include "extract/dates.h"
#include "extract/figures.h"
#include "extract/imprint.h"
#include "extract/organizations.h"
#include "extract/people.h"
#include "extract/places.h"

namespace kenes::extract {

struct Mentions {
  AnnotatedText text;
  std::vector<DateMention> dates;
  std::vector<FigureMention> figures;
  std::vector<PlaceMention> places;  // point into the gazetteer
  PeopleFinding people;
  std::vector<OrgMention> organizations;
  ImprintFinding imprint;
};

// REQUIRES: `gazetteer` outlives the result.
Mentions FindMentions(AnnotatedText text, const Gazetteer& gazetteer,
                      std::optional<int> default_year);

}  // namespace kenes::extract
