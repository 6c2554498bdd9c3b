// Whom a meeting was with, as the partner of "встретились с …" / "… кездесу өткізді": the
// segments' names (core/catalog.h: nominative plural, "работники бюджетной сферы", "бюджет
// саласының қызметкерлері") in the instrumental, "работниками бюджетной сферы",
// "бюджет саласының қызметкерлерімен".
#pragma once

#include <string>
#include <string_view>

namespace kenes::publish {

// A Russian noun phrase in the nominative plural (or a collective singular: "молодёжь",
// "интеллигенция") in the instrumental: its adjectives and head nouns decline, a genitive
// complement after a head ("… бюджетной сферы", "… культуры и искусства") stays.
std::string RussianInstrumental(std::string_view phrase);

// A Kazakh noun phrase in the instrumental: the suffix on its last word, by vowel harmony and
// the last sound ("шахтерлермен", "зиялы қауыммен").
std::string KazakhInstrumental(std::string_view phrase);

}  // namespace kenes::publish
