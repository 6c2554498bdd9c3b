#include "extract/mentions.h"

namespace kenes::extract {

Mentions FindMentions(AnnotatedText text, const Gazetteer& gazetteer,
                      std::optional<int> default_year) {
  Mentions mentions;
  mentions.text = std::move(text);
  const AnnotatedText& t = mentions.text;
  mentions.dates = FindDates(t, default_year);
  mentions.figures = FindFigures(t, mentions.dates);
  mentions.places = FindPlaces(t, gazetteer);
  mentions.people = FindPeople(t, mentions.places);
  mentions.organizations = FindOrganizations(t, mentions.people, mentions.places);
  mentions.imprint = FindImprint(t);
  return mentions;
}

}  // namespace kenes::extract
