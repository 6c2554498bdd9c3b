// TEMPORARY: lookup by code and plain substring search, until the inflection-aware index lands.
#include "core/gazetteer.h"

#include <unordered_map>

#include "core/utf8.h"

namespace kenes {

struct Gazetteer::Index {
  std::unordered_map<std::string_view, std::size_t> by_code;
};

Gazetteer::Gazetteer(std::vector<Place> places)
    : places_(std::move(places)), index_(std::make_unique<Index>()) {
  for (std::size_t i = 0; i < places_.size(); ++i) index_->by_code[places_[i].code] = i;
}
Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;

const Place* Gazetteer::Find(std::string_view code) const {
  if (!index_) return nullptr;
  auto it = index_->by_code.find(code);
  return it == index_->by_code.end() ? nullptr : &places_[it->second];
}

namespace {
const Place* AncestorAt(const Gazetteer& g, std::string_view code, PlaceLevel level) {
  const Place* place = g.Find(code);
  for (int guard = 0; place && guard < 8; ++guard) {
    if (place->level == level) return place;
    if (place->level < level) return nullptr;
    place = g.Find(place->parent_code);
  }
  return nullptr;
}
}  // namespace

const Place* Gazetteer::RegionOf(std::string_view code) const {
  return AncestorAt(*this, code, PlaceLevel::kRegion);
}
const Place* Gazetteer::DistrictOf(std::string_view code) const {
  return AncestorAt(*this, code, PlaceLevel::kDistrict);
}

std::vector<const Place*> Gazetteer::Search(std::string_view query, std::size_t limit) const {
  std::vector<const Place*> found;
  const std::string key = utf8::FoldForSearch(query);
  if (key.empty()) return found;
  for (const Place& place : places_) {
    if (found.size() >= limit) break;
    if (utf8::FoldForSearch(place.name_ru).find(key) != std::string::npos ||
        utf8::FoldForSearch(place.name_kk).find(key) != std::string::npos) {
      found.push_back(&place);
    }
  }
  return found;
}

}  // namespace kenes
