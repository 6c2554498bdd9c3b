// Each meeting's place, venue and host (assembler.h).
#include "core/utf8.h"
#include "extract/assembler.h"

namespace kenes::extract::assembly {

void Assembler::ResolvePlaces() {
  const Working* previous = nullptr;
  for (Working& event : events_) {
    DraftEvent& draft = event.draft;
    if (event.place) {
      draft.place_span = event.place->span;
      FillPlaces(draft, event);
    } else if (previous && previous->paragraph == event.paragraph && previous->place) {
      // "Также прошла встреча с ..." in the paragraph of a meeting in Нура: also in Нура.
      FillPlaces(draft, *previous);
      draft.place_span = previous->place->span;
      draft.inherited.push_back("settlement");
    }
    if (draft.region.empty() && !out_.region.empty()) {
      // A document about Astana, Almaty or Shymkent: the city is the meeting's settlement too.
      if (draft.settlement.empty() && region_is_city_) {
        draft.settlement = out_.region;
        draft.place_span = out_.region_span;
        draft.inherited.push_back("settlement");
      }
      draft.region = out_.region;
      draft.region_span = out_.region_span;
      if (draft.place_code.empty()) draft.place_code = out_.region_code;
      draft.inherited.push_back("region");
    }
    // "в актовом зале школы" after "с педагогами средней школы №12": the school named before.
    if (event.venue >= 0 && event.host >= 0 && Denotes(event.venue, event.host)) {
      event.venue = event.host;
    }
    if (event.venue >= 0) {
      draft.venue = m_.organizations[event.venue].name;
      draft.venue_span = m_.organizations[event.venue].span;
    }
    if (event.host >= 0) {
      draft.host_organization = m_.organizations[event.host].name;
      draft.host_span = m_.organizations[event.host].span;
    }
    previous = &event;
  }
}

// Whether organization `described`, a bare type word ("школы"), refers to `named`, whose name
// has that word ("средняя школа №12").
bool Assembler::Denotes(int described, int named) const {
  const OrgMention& a = m_.organizations[described];
  const OrgMention& b = m_.organizations[named];
  if (a.named || a.name.find(' ') != std::string::npos || described == named) return false;
  const std::string word = utf8::FoldForSearch(a.name);
  const std::string name = " " + utf8::FoldForSearch(b.name) + " ";
  return name.find(" " + word + " ") != std::string::npos;
}

// Of the places a name may be, the one in the document's region ("Аксу" is a town in Pavlodar
// region and villages elsewhere). A type word says which kind of place it is: "в районе Алматы"
// is Astana's district even in a text about Almaty region.
const Place* Assembler::Pick(const PlaceMention& mention) const {
  const auto settlement = [](PlaceKind kind) {
    return kind == PlaceKind::kSettlement || kind == PlaceKind::kVillage;
  };
  for (const Place* place : mention.places) {
    const PlaceKind named = mention.place()->kind;
    if (mention.typed && place->kind != named && !(settlement(place->kind) && settlement(named))) {
      continue;
    }
    const Place* region = gazetteer_.RegionOf(place->code);
    if (region && region->code == out_.region_code) return place;
  }
  return mention.place();
}

// The most specific place of the meeting's sentence, and what it does not say from the others
// ("в селе Коктал Жуалынского района Жамбылской области": a village, a district and a region
// the gazetteer may know one by one).
void Assembler::FillPlaces(DraftEvent& draft, const Working& event) {
  FillPlace(draft, *event.place);
  for (const PlaceMention* other : event.sentence_places) {
    if (other == event.place) continue;
    DraftEvent more;
    FillPlace(more, *other);
    if (draft.district.empty()) draft.district = more.district;
    if (draft.region.empty() && !more.region.empty()) {
      draft.region = more.region;
      draft.region_span = more.region_span;
    }
    if (draft.place_code.empty()) draft.place_code = more.place_code;
  }
}

void Assembler::FillPlace(DraftEvent& draft, const PlaceMention& mention) {
  if (const Place* place = Pick(mention)) {
    draft.place_code = place->code;
    const Place* region = gazetteer_.RegionOf(place->code);
    const Place* district = gazetteer_.DistrictOf(place->code);
    if (region) draft.region = region->name_ru;
    if (district && district->kind == PlaceKind::kDistrict) draft.district = district->name_ru;
    if (place->kind == PlaceKind::kCity || place->kind == PlaceKind::kSettlement ||
        place->kind == PlaceKind::kVillage) {
      draft.settlement = place->name_ru;
    }
    if (region) draft.region_span = mention.span;
    return;
  }
  switch (mention.kind) {
    case PlaceKind::kRegion:
      draft.region = mention.name;
      draft.region_span = mention.span;
      break;
    case PlaceKind::kDistrict:
      draft.district = mention.name;
      break;
    case PlaceKind::kOkrug:
      break;
    default:
      draft.settlement = mention.name;
      break;
  }
}

int Assembler::Specificity(const PlaceMention& place) {
  if (place.place()) return static_cast<int>(place.place()->level) * 2 + 1;
  switch (place.kind) {
    case PlaceKind::kRegion:
      return 2;
    case PlaceKind::kDistrict:
      return 4;
    case PlaceKind::kOkrug:
      return 6;
    default:
      return 8;
  }
}

}  // namespace kenes::extract::assembly
