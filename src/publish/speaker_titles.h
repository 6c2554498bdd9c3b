// A speaker's title as a release writes it. People's positions are on record in Russian only
// (core/person.h); a Kazakh release takes the Kazakh title of the common positions of the
// campaign from a small table ("депутат Мажилиса" -> "Мәжіліс депутаты", "государственный
// советник" -> "Мемлекеттік кеңесші") and keeps a title the table does not know in Russian, as
// written: an invented translation of an unusual title would be a fact kenes does not hold.
#pragma once

#include <string>
#include <string_view>

#include "core/publication.h"

namespace kenes::publish {

// `title_ru` as a `language` release names it: itself in Russian; its Kazakh entry, or itself,
// in Kazakh. Case and surrounding spaces do not matter for the look-up.
std::string SpeakerTitle(std::string_view title_ru, PublicationLanguage language);

// True when the table has a Kazakh title for `title_ru`.
bool HasKazakhTitle(std::string_view title_ru);

}  // namespace kenes::publish
