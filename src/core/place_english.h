// Place names in English, for the interface's English: the gazetteer has Russian and Kazakh names
// only. English writes Kazakhstan's places after their Kazakh names ("Aktobe", "Kyzylorda",
// "Turkistan Region"), so the Kazakh name is romanized letter by letter, its generic words
// translated ("облысы" → "Region", "ауданы" → "District", "Батыс" → "West") and the one exonym
// English keeps ("Karaganda") used. The Russian name is used where there is no Kazakh one.
#pragma once

#include <string>
#include <string_view>

#include "core/place.h"

namespace kenes {

// "Қарағанды облысы" → "Karaganda Region", "Осакаров ауданы" → "Osakarov District",
// "Қазыбек би атындағы аудан" → "Kazybek bi District".
std::string EnglishPlaceName(std::string_view name_kk, std::string_view name_ru);
inline std::string EnglishPlaceName(const Place& place) {
  return EnglishPlaceName(place.name_kk, place.name_ru);
}

// Kazakh or Russian Cyrillic in Latin letters without diacritics, as English texts write it:
// қ → k, ғ → g, ң → n, ә → a, ө → o, ұ ү → u, і → i, ы → y, ж → zh, ш → sh. Other text is kept.
std::string Romanize(std::string_view text);

}  // namespace kenes
