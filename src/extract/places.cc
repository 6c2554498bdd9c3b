#include "extract/places.h"

#include <algorithm>
#include <unordered_map>

#include "core/utf8.h"
#include "extract/morphology.h"

namespace kenes::extract {
namespace {

constexpr std::string_view kPlacePrepositions[] = {"в",     "во", "из",    "по", "на",  "под",
                                                   "около", "до", "через", "у",  "близ"};

bool KindFits(PlaceKind wanted, bool typed, const Place& place) {
  if (!typed) {
    return place.kind == PlaceKind::kCity || place.kind == PlaceKind::kSettlement ||
           place.kind == PlaceKind::kVillage;
  }
  switch (wanted) {
    case PlaceKind::kRegion:
      return place.kind == PlaceKind::kRegion;
    case PlaceKind::kDistrict:
      return place.kind == PlaceKind::kDistrict;
    case PlaceKind::kCity:
      return place.kind == PlaceKind::kCity;
    case PlaceKind::kOkrug:
      return place.kind == PlaceKind::kOkrug;
    case PlaceKind::kSettlement:
    case PlaceKind::kVillage:
      return place.kind == PlaceKind::kSettlement || place.kind == PlaceKind::kVillage ||
             place.kind == PlaceKind::kCity;
  }
  return false;
}

// The type word a gazetteer name may carry ("Карагандинская область"), so that "Карагандинская
// область" and a name stored as "Карагандинская" both match.
std::string_view TypeWord(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kRegion:
      return "область";
    case PlaceKind::kDistrict:
      return "район";
    case PlaceKind::kOkrug:
      return "сельский округ";
    default:
      return "";
  }
}

class Resolver {
 public:
  explicit Resolver(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

  // The gazetteer's places named exactly one of `candidates`, of a kind that fits.
  const Place* Resolve(const std::vector<std::string>& candidates, PlaceKind kind, bool typed) {
    for (const std::string& candidate : candidates) {
      const std::string key = utf8::FoldForSearch(candidate);
      if (key.empty()) continue;
      const std::string cache_key = key + (typed ? "#" : "?") + std::to_string(int(kind));
      if (auto it = cache_.find(cache_key); it != cache_.end()) {
        if (it->second) return it->second;
        continue;
      }
      const Place* found = nullptr;
      for (const Place* place : gazetteer_.Search(candidate, 20)) {
        if (!KindFits(kind, typed, *place)) continue;
        if (NameIs(*place, key, place->kind)) {
          found = place;
          break;
        }
      }
      cache_.emplace(cache_key, found);
      if (found) return found;
    }
    return nullptr;
  }

 private:
  static bool NameIs(const Place& place, const std::string& key, PlaceKind kind) {
    for (const std::string* name : {&place.name_ru, &place.name_kk}) {
      if (name->empty()) continue;
      const std::string folded = utf8::FoldForSearch(*name);
      if (folded == key) return true;
      const std::string_view type = TypeWord(kind);
      if (!type.empty() &&
          (folded + " " + std::string(type) == key || std::string(type) + " " + folded == key)) {
        return true;
      }
    }
    return false;
  }

  const Gazetteer& gazetteer_;
  std::unordered_map<std::string, const Place*> cache_;
};

bool IsNameWord(const AnnotatedText& text, std::size_t i) {
  if (i >= text.size()) return false;
  const Token& token = text.token(i);
  if (!token.IsWord() || !token.Has(kCapitalized) || text.in_speech[i]) return false;
  // Words the lexicon knows as something else are no place names ("Дом", "Депутат").
  for (const LexHit& hit : text.hits[i]) {
    if (hit.entry->cls != LexClass::kFirstName && hit.entry->cls != LexClass::kDomain) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::vector<std::string> PlaceNameCandidates(std::string_view surface) {
  std::vector<std::string> out{std::string(surface)};
  const std::string folded = FoldWord(surface);
  // Case endings, longest first, and what the nominative may end in instead: "Астане" ->
  // "Астана" or "Астан"; the gazetteer decides which exists.
  struct Rule {
    std::string_view ending;
    std::string_view nominatives;  // comma-separated; an empty item drops the ending
  };
  static constexpr Rule kRules[] = {{"ой", "а,я"}, {"ей", "я,а"},   {"ом", ""},     {"ем", ",ь"},
                                    {"ью", "ь"},   {"е", "а,,ь,я"}, {"и", "ь,а,я"}, {"ы", "а"},
                                    {"у", "а,"},   {"ю", "ь,й,я"},  {"а", ""},      {"я", "ь,й"}};
  for (const Rule& rule : kRules) {
    const std::size_t drop = CharCount(rule.ending);
    if (!folded.ends_with(rule.ending) || CharCount(folded) <= drop + 2) continue;
    std::string_view rest = rule.nominatives;
    while (true) {
      const std::size_t comma = rest.find(',');
      out.push_back(ReplaceEnding(surface, drop, rest.substr(0, comma)));
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
    break;
  }
  return out;
}

std::vector<PlaceMention> FindPlaces(const AnnotatedText& text, const Gazetteer& gazetteer) {
  std::vector<PlaceMention> places;
  Resolver resolver(gazetteer);
  const auto place_type = [&](std::size_t i, LexHit& hit) {
    return text.HasClass(i, LexClass::kPlaceType, &hit) &&
           (hit.entry->previous_prefix.empty() ||
            (i > 0 && text.Fold(i - 1).starts_with(hit.entry->previous_prefix)));
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.in_speech[i]) continue;
    LexHit type;
    PlaceMention mention;
    // "Карагандинской области", "Осакаровского района", "Коктальского сельского округа".
    if (text.token(i).Has(kCapitalized) && text.token(i).IsWord() &&
        AdjectiveForms(text.Fold(i)) != 0 && !text.HasClass(i, LexClass::kFirstName)) {
      std::size_t t = i + 1;
      if (text.Is(t, "сельского") || text.Is(t, "сельском") || text.Is(t, "сельский")) ++t;
      if (place_type(t, type)) {
        const auto kind = static_cast<PlaceKind>(type.entry->value);
        if (kind == PlaceKind::kRegion || kind == PlaceKind::kDistrict ||
            kind == PlaceKind::kOkrug) {
          const Gender gender = type.entry->gender;
          mention.first_token = static_cast<std::uint32_t>(i);
          mention.name_token = mention.first_token;
          mention.end_token = static_cast<std::uint32_t>(t + 1);
          mention.kind = kind;
          mention.typed = true;
          mention.name = AdjectiveLemma(text.Surface(i), gender) + " " + type.entry->lemma;
          mention.span = text.SpanOf(i, t + 1);
          mention.place = resolver.Resolve({mention.name}, kind, true);
          places.push_back(std::move(mention));
          i = t;
          continue;
        }
      }
    }
    // A type word and a name: "поселке Нура", "г. Караганда", "области Абай".
    if (place_type(i, type) && !text.token(i).Has(kCapitalized)) {
      std::size_t name = i + 1;
      const bool abbreviation = CharCount(type.entry->lemma) <= 3;
      if (abbreviation) {
        if (!text.Is(name, ".")) continue;
        // "2026 г." is a year.
        if (i > 0 && text.token(i - 1).kind == TokenKind::kNumber) continue;
        ++name;
      }
      std::size_t end = name;
      while (end < text.size() && end < name + 3 && IsNameWord(text, end) &&
             (end == name || !text.token(end).Has(kLineBefore))) {
        ++end;
      }
      if (end == name) continue;
      const auto kind = static_cast<PlaceKind>(type.entry->value);
      const std::string written(text.TextOf(name, end));
      std::vector<std::string> candidates;
      if (kind == PlaceKind::kRegion || kind == PlaceKind::kDistrict) {
        candidates.push_back(type.entry->lemma + " " + written);
      }
      for (std::string& candidate : PlaceNameCandidates(written)) {
        candidates.push_back(std::move(candidate));
      }
      mention.first_token = static_cast<std::uint32_t>(i);
      mention.name_token = static_cast<std::uint32_t>(name);
      mention.end_token = static_cast<std::uint32_t>(end);
      mention.kind = kind;
      mention.typed = true;
      mention.place = resolver.Resolve(candidates, kind, true);
      mention.name = kind == PlaceKind::kRegion || kind == PlaceKind::kDistrict
                         ? type.entry->lemma + " " + written
                         : written;
      if (mention.place && kind != PlaceKind::kRegion && kind != PlaceKind::kDistrict) {
        mention.name = mention.place->name_ru;
      }
      mention.span = text.SpanOf(i, end);
      places.push_back(std::move(mention));
      i = end - 1;
      continue;
    }
    // A known city or village without a type word: "в Астане", "из Шымкента"; or a dateline,
    // "Астана, 13 марта".
    if (IsNameWord(text, i) && !text.HasClass(i, LexClass::kFirstName) &&
        AdjectiveForms(text.Fold(i)) == 0) {
      const bool after_preposition =
          i > 0 && std::find(std::begin(kPlacePrepositions), std::end(kPlacePrepositions),
                             text.Fold(i - 1)) != std::end(kPlacePrepositions);
      const bool dateline = text.SentenceAt(i).begin == i && text.Is(i + 1, ",") &&
                            i + 2 < text.size() && text.token(i + 2).kind == TokenKind::kNumber;
      if (!after_preposition && !dateline) continue;
      const Place* place =
          resolver.Resolve(PlaceNameCandidates(text.Surface(i)), PlaceKind::kCity, false);
      if (!place) continue;
      mention.first_token = static_cast<std::uint32_t>(i);
      mention.name_token = mention.first_token;
      mention.end_token = static_cast<std::uint32_t>(i + 1);
      mention.kind = place->kind;
      mention.place = place;
      mention.name = place->name_ru;
      mention.span = text.token(i).span;
      places.push_back(std::move(mention));
    }
  }
  return places;
}

}  // namespace kenes::extract
