// The gazetteer in memory: every place by code, its ancestors, and search by name in Russian or
// Kazakh, in inflected Russian forms ("Карагандинской области", "поселке Осакаровка") and with
// the type words text puts before or after a name. Built once from the places in the store; it is
// immutable afterwards, so any number of threads may read it.
#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "core/place.h"

namespace kenes {

// What MatchAt found at the start of a word sequence.
struct PlaceMatch {
  // Words of the input the match covers, type words included ("в поселке Осакаровка" read from
  // "поселке" covers 2); 0 when the words do not start with a place name.
  std::size_t words = 0;
  // True when a type word ("области", "г", "ауданы") was part of the match. A bare name is weaker
  // evidence in running text: "Абай" is a person as often as a place.
  bool typed = false;
  // The places the words name, best first, as Search ranks them; empty when `words` is 0.
  std::vector<const Place*> places;
};

class Gazetteer {
 public:
  // Out of line, like the destructor: the index type is complete only in gazetteer.cc.
  Gazetteer();
  explicit Gazetteer(std::vector<Place> places);
  ~Gazetteer();
  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;

  std::span<const Place> places() const { return places_; }
  std::size_t size() const { return places_.size(); }

  // nullptr when no place has `code`.
  const Place* Find(std::string_view code) const;
  // The region (level 1) and district (level 2) a place lies in; the place itself when it is
  // one; nullptr when the code is unknown or the place lies above that level.
  const Place* RegionOf(std::string_view code) const;
  const Place* DistrictOf(std::string_view code) const;

  // Places whose Russian or Kazakh name matches `query`, best first: exact names before prefixes,
  // a type word in the query ("область", "поселке", "г.") preferring places of that kind,
  // higher levels before lower ones. At most `limit` results; empty for an empty query.
  //
  // The ranking, in order: (1) a place whose kind the query's type word names, then places
  // when the query has no type word, then places of another kind; (2) the exact name, then an
  // inflected form ("Осакаровке", "Астанада"), then a related adjective or noun ("Нуринский" for
  // "Нура", "Караганды" for "Карагандинская область"), then names the query is a prefix of;
  // (3) a name that is the query's words alone before one that also has a type word the query
  // lacks ("Нура" the settlement before "район Нұра"), so "Осакаровка" finds the settlement
  // first and "Осакаровский район" the district; (4) higher levels first, then larger
  // population, then code. A nine-digit query is read as a KATO code. Runs in time independent
  // of the number of places except for the prefix step, which reads at most a few hundred
  // neighbouring names.
  std::vector<const Place*> Search(std::string_view query, std::size_t limit = 20) const;

  // For the text extractor: whether the words at the start of `folded_words` name a place, and
  // how many words that name covers. Each element is one word of running text already passed
  // through utf8::FoldForSearch (lower case, ё as е, no punctuation): "в поселке Осакаровка"
  // is {"в", "поселке", "осакаровка"}; call at "поселке". Up to two leading type words
  // ("поселке", "г", "с о") or one trailing type word ("области", "облысының") are taken with
  // the name, never both ("городе Булаево района ...": "района" is the next place's); the
  // "named after" of a memorial name goes with them ("районе имени Габита Мусрепова", "Қазыбек
  // би атындағы ауданында"); the longest name wins ("Северо-Казахстанской области" before
  // "Казахстанской"). Exact and inflected forms count, related adjectives and prefixes do not, so a
  // match is never a guess from part of a word; without a type word only a name that is the words
  // alone counts ("Астане" is Astana, but "Қаратал" alone is not "Қаратал ауданы"). Does a handful
  // of hash lookups and returns at once when the first name word starts no place name, so calling
  // it at every word of a text is cheap.
  PlaceMatch MatchAt(std::span<const std::string_view> folded_words, std::size_t limit = 5) const;

 private:
  struct Index;
  std::vector<Place> places_;
  std::unique_ptr<Index> index_;
};

}  // namespace kenes
