// The word-level rules the gazetteer uses to match a place name in the forms text puts it in:
// Russian case endings ("Осакаровке", "Карагандинской"), Kazakh case suffixes ("Астанада",
// "облысының"), type words before or after a name ("поселок", "обл.", "ауданы") and the link
// between an adjectival name and the noun it comes from ("Нуринский" ~ "Нура").
//
// These are deliberately small, rule-based approximations, not a morphological analyser: both the
// index and the query go through the same functions, so a rule only has to map every form of one
// name to the same key, not to a linguistically correct stem.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/place.h"

namespace kenes::place_names {

// What a word says about the kind of place next to it. kStop words ("в", "имени") carry no
// meaning for matching and are skipped.
enum class TypeWord {
  kNone,
  kStop,
  kRegion,      // область, обл., облысы
  kDistrict,    // район, ауданы
  kCity,        // город, г., қаласы
  kOkrug,       // сельский округ, с.о., ауылдық округі
  kSettlement,  // посёлок, п., кент
  kVillage,     // село, с., аул, ауылы
};

// FoldForSearch, then Kazakh letters read as the Russian letters they are transliterated with
// (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ→у, ү→у, һ→х, і→и), so "Қарағанды" and "Караганды" meet.
std::string FoldName(std::string_view text);

// The same mapping for one word that is already FoldForSearch output.
std::string FoldWord(std::string_view folded_word);

// The space-separated words of folded text, as views into it.
std::vector<std::string_view> SplitWords(std::string_view folded);

// The role of one folded word (FoldName output).
TypeWord ClassifyWord(std::string_view word);

// The type of a two-word abbreviation such as "с о" (с.о.), "п а" (п.а.), "г а" (г.а.); kNone
// when the pair is not one.
TypeWord ClassifyPair(std::string_view first, std::string_view second);

bool IsPlaceType(TypeWord type);

// True when a type word in a query names the kind of `kind` (a "поселок" accepts a village too).
bool TypeAccepts(TypeWord type, PlaceKind kind);

// The word without its Russian case or adjective ending; words of three letters or fewer and
// indeclinable endings are kept. "осакаровке" → "осакаровк", "карагандинской" → "карагандинск",
// "сарани" → "саран", "семея" → "семе" (as "семей").
std::string Stem(std::string_view word);

// The word (utf8::FoldForSearch output, Kazakh letters kept: harmony needs them) without its
// Kazakh case suffix, peeled by kazakh::Stems, as FoldWord writes it: "астанада" → "астана",
// "облысының" → "облысы" (the possessive stays); empty when it has none.
std::string StripKazakhCase(std::string_view word);

// For the stem of an adjective in -ск ("нуринск", "осакаровск", "карагандинск"), the stems of
// the nouns it may be formed from ("нур", "осакаровк", "караганд"); empty for other stems.
std::vector<std::string> AdjectiveBases(std::string_view stem);

// Other Russian names a place is known by in text (renamed units, the adjectival names of the
// regions created in 2022), keyed by KATO code; empty for most places.
std::vector<std::string_view> AliasesOf(std::string_view code);

}  // namespace kenes::place_names
