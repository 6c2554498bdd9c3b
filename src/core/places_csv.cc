#include "core/places_csv.h"

#include <array>
#include <charconv>
#include <unordered_map>

#include "core/csv.h"
#include "core/utf8.h"

namespace kenes {
namespace {

constexpr std::array<std::string_view, 6> kRequired = {"code",        "level",   "kind",
                                                       "parent_code", "name_ru", "name_kk"};
constexpr std::array<std::string_view, 1> kOptional = {"population"};

std::string Where(std::size_t row, std::string_view column = {}) {
  std::string where = "row " + std::to_string(row);
  if (!column.empty()) where += ", column " + std::string(column);
  return where;
}

Result<std::optional<std::int64_t>> ParsePopulation(std::string_view text) {
  if (text.empty()) return std::optional<std::int64_t>();
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 0) {
    return Invalid("population", "'" + std::string(text) +
                                     "' is not a number of people: write digits only, or leave "
                                     "it empty when unknown");
  }
  return std::optional<std::int64_t>(value);
}

}  // namespace

Result<std::vector<Place>> ParsePlacesCsv(std::string_view text) {
  CsvReader reader(text);
  std::vector<std::string> fields;
  KENES_ASSIGN(const bool has_header, reader.Next(fields));
  if (!has_header)
    return Invalid("row 1", "the file is empty; it needs the header " +
                                std::string("code,level,kind,parent_code,name_ru,"
                                            "name_kk,population"));
  KENES_ASSIGN(const CsvHeader header, CsvHeader::Parse(fields, kRequired, kOptional));

  std::vector<Place> places;
  std::vector<std::size_t> rows;  // the row each place came from, for errors found later
  std::unordered_map<std::string, std::size_t> index_of;
  while (true) {
    KENES_ASSIGN(const bool more, reader.Next(fields));
    if (!more) break;
    const std::size_t row = reader.row();
    if (fields.size() != header.width()) {
      return Invalid(Where(row), "expected " + std::to_string(header.width()) + " fields, found " +
                                     std::to_string(fields.size()));
    }
    const auto get = [&](std::string_view column) {
      return std::string(utf8::Trim(header.Get(fields, column)));
    };
    Place place;
    place.code = get("code");
    place.parent_code = get("parent_code");
    place.name_ru = get("name_ru");
    place.name_kk = get("name_kk");
    auto level = ParsePlaceLevel(get("level"));
    if (!level.ok()) return Invalid(Where(row, "level"), level.error().message);
    place.level = *level;
    auto kind = ParsePlaceKind(get("kind"));
    if (!kind.ok()) return Invalid(Where(row, "kind"), kind.error().message);
    place.kind = *kind;
    auto population = ParsePopulation(get("population"));
    if (!population.ok()) return Invalid(Where(row, "population"), population.error().message);
    place.population = *population;
    if (Status valid = Validate(place); !valid.ok()) {
      return Invalid(Where(row, valid.error().field), valid.error().message);
    }
    if ((place.kind == PlaceKind::kRegion) != (place.level == PlaceLevel::kRegion) &&
        place.kind != PlaceKind::kCity) {
      return Invalid(Where(row, "kind"),
                     "kind 'region' is for level 'region' only, and a "
                     "place of level 'region' is a region or a city");
    }
    if (auto [it, inserted] = index_of.emplace(place.code, places.size()); !inserted) {
      return Invalid(Where(row, "code"), "code " + place.code + " is already used on row " +
                                             std::to_string(rows[it->second]));
    }
    places.push_back(std::move(place));
    rows.push_back(row);
  }

  // Parents may come after their children in a hand-sorted file, so they are checked at the end.
  for (std::size_t i = 0; i < places.size(); ++i) {
    const Place& place = places[i];
    if (place.parent_code.empty()) continue;
    auto parent = index_of.find(place.parent_code);
    if (parent == index_of.end()) {
      return Invalid(Where(rows[i], "parent_code"),
                     "parent " + place.parent_code + " of " + place.code + " is not in the file");
    }
    if (places[parent->second].level >= place.level) {
      return Invalid(Where(rows[i], "parent_code"),
                     "parent " + place.parent_code + " is a " +
                         std::string(PlaceLevelName(places[parent->second].level)) +
                         ", not above this " + std::string(PlaceLevelName(place.level)));
    }
  }
  return places;
}

std::string WritePlacesCsv(std::span<const Place> places) {
  std::string out;
  std::vector<std::string> row(kRequired.begin(), kRequired.end());
  row.emplace_back(kOptional[0]);
  AppendCsvRow(out, row);
  for (const Place& place : places) {
    row = {place.code,
           std::string(PlaceLevelName(place.level)),
           std::string(PlaceKindName(place.kind)),
           place.parent_code,
           place.name_ru,
           place.name_kk,
           place.population ? std::to_string(*place.population) : std::string()};
    AppendCsvRow(out, row);
  }
  return out;
}

}  // namespace kenes
