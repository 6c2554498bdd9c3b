// A place as a release names it, in the case the sentence needs: Russian "в поселке Нура",
// "Осакаровского района", "в Карагандинской области"; Kazakh "Нұра кентінде", "Осакаров
// ауданының", "Қарағанды облысында". Built from the gazetteer's names (Place::name_ru, name_kk)
// by the few rules the names need: a type word before a bare name ("поселке", "городе",
// "қаласы"), a Russian adjective in -ский or -ая and its type word declined, a Kazakh case suffix
// on the last word. The gazetteer reads every form back (core/place_name_forms.h).
#pragma once

#include <span>
#include <string>

#include "core/place.h"
#include "core/publication.h"

namespace kenes::publish {

enum class PlaceCase { kNominative, kGenitive, kLocative };

// `place` alone: Russian nominative "поселок Нура", genitive "поселка Нура", locative (after
// "в") "поселке Нура"; Kazakh nominative "Нұра кенті", genitive "Нұра кентінің", locative "Нұра
// кентінде".
std::string PlaceWords(const Place& place, PublicationLanguage language, PlaceCase place_case);

// Where a meeting was, for "в …" in Russian or as a Kazakh locative phrase: the most specific
// place of `chain` (most specific first, up to its region), then its district when the place lies
// below one, then the region when `with_region`: "в поселке Нура Нуринского района", "Нұра
// ауданының Нұра кентінде". REQUIRES: chain is not empty.
std::string MeetingPlaceWords(std::span<const Place> chain, PublicationLanguage language,
                              bool with_region);

}  // namespace kenes::publish
