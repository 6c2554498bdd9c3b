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

class Gazetteer {
 public:
  Gazetteer() = default;
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
  std::vector<const Place*> Search(std::string_view query, std::size_t limit = 20) const;

 private:
  struct Index;
  std::vector<Place> places_;
  std::unique_ptr<Index> index_;
};

}  // namespace kenes
