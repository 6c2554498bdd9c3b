#include "core/kato_classifier.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "core/csv.h"
#include "core/utf8.h"

namespace kenes {
namespace {

std::string Where(std::size_t row, std::string_view column = {}) {
  std::string where = "row " + std::to_string(row);
  if (!column.empty()) where += ", column " + std::string(column);
  return where;
}

// Title rows tolerated above the header.
constexpr int kMaxTitleRows = 3;

// The columns this parser reads, and the header names each is known by.
struct Columns {
  int te = -1, ab = -1, cd = -1, ef = -1, hij = -1, kaz = -1, rus = -1;
};

Result<Columns> ReadHeader(const std::vector<std::string>& header) {
  Columns columns;
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string name = utf8::ToLower(utf8::Trim(header[i]));
    const int index = static_cast<int>(i);
    if (name == "te" || name == "code" || name == "kato") columns.te = index;
    if (name == "ab") columns.ab = index;
    if (name == "cd") columns.cd = index;
    if (name == "ef") columns.ef = index;
    if (name == "hij") columns.hij = index;
    if (name == "kaz_name" || name == "name_kaz") columns.kaz = index;
    if (name == "rus_name" || name == "name_rus") columns.rus = index;
  }
  for (auto [index, name] : {std::pair{columns.te, "te"}, std::pair{columns.kaz, "kaz_name"},
                             std::pair{columns.rus, "rus_name"}}) {
    if (index < 0) {
      return Invalid("row 1", std::string("the KATO classifier needs a column '") + name +
                                  "'; its header is te,ab,cd,ef,hij,k,kaz_name,rus_name,nn");
    }
  }
  return columns;
}

std::string_view Field(const std::vector<std::string>& row, int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= row.size()) return {};
  return utf8::Trim(row[index]);
}

// A digit group as Excel may have saved it: "1" for "01", "" or "0" for "00".
std::optional<std::string> PadGroup(std::string_view group, std::size_t width) {
  if (group.size() > width) return std::nullopt;
  for (char c : group) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  return std::string(width - group.size(), '0') + std::string(group);
}

enum class TypeHint {
  kNone,
  kRegion,
  kCity,
  kCityAdministration,
  kDistrict,
  kOkrug,
  kSettlement,
  kVillage
};

// One abbreviation of a KATO name and what it says. `spelt` replaces the abbreviation in the
// stored name; empty means the abbreviation is dropped.
struct Abbreviation {
  std::string_view text;  // lower case, as it appears after utf8::ToLower
  TypeHint hint;
  std::string_view spelt;
};

// Russian abbreviations written before the name ("г.Туркестан", "с.о.Байыркумский") or after it
// ("Акдалинский с.о.", "Туркестан Г.А."); longer ones first so "с.о." is not read as "с.".
constexpr Abbreviation kRussian[] = {
    {"с.о.", TypeHint::kOkrug, "сельский округ"},
    {"с.а.", TypeHint::kOkrug, "сельская администрация"},
    {"п.а.", TypeHint::kOkrug, "поселковая администрация"},
    {"г.а.", TypeHint::kCityAdministration, "городская администрация"},
    {"пгт.", TypeHint::kSettlement, ""},
    {"пгт", TypeHint::kSettlement, ""},
    {"пос.", TypeHint::kSettlement, ""},
    {"рзд.", TypeHint::kSettlement, ""},
    {"отг.", TypeHint::kSettlement, ""},
    {"ст.", TypeHint::kSettlement, ""},
    {"уч.", TypeHint::kSettlement, ""},
    {"аул", TypeHint::kVillage, ""},
    {"г.", TypeHint::kCity, ""},
    {"п.", TypeHint::kSettlement, ""},
    {"с.", TypeHint::kVillage, ""},
};

// Kazakh abbreviations, written after the name ("Семей қ.", "Ақдала а.", "Ақдала а.о."); "ќ" is
// how some copies of the classifier spell "қ".
constexpr Abbreviation kKazakh[] = {
    {"а.о.", TypeHint::kOkrug, "ауылдық округі"},
    {"қ.ә.", TypeHint::kCityAdministration, "қалалық әкімдігі"},
    {"ќ.ә.", TypeHint::kCityAdministration, "қалалық әкімдігі"},
    {"к.ә.", TypeHint::kOkrug, "кенттік әкімдігі"},
    {"қ.", TypeHint::kCity, ""},
    {"ќ.", TypeHint::kCity, ""},
    {"к.", TypeHint::kSettlement, ""},
    {"а.", TypeHint::kVillage, ""},
};

struct CleanName {
  std::string name;
  TypeHint hint = TypeHint::kNone;
};

// Cuts or spells out the type abbreviation of a KATO name, and says which type it was.
template <std::size_t N>
CleanName Clean(std::string_view raw, const Abbreviation (&abbreviations)[N]) {
  const std::string_view name = utf8::Trim(raw);
  const std::string lower = utf8::ToLower(name);
  // ToLower keeps the byte length of every letter kenes folds (Latin, Latin-1, Cyrillic), so
  // offsets found in `lower` are offsets in `name`.
  CleanName clean{std::string(name), TypeHint::kNone};
  if (lower.size() != name.size()) return clean;
  for (const Abbreviation& abbreviation : abbreviations) {
    const std::string_view text = abbreviation.text;
    // Before the name: "г.Туркестан", "с.о. Жибек жолы", "аул Акдала".
    if (lower.starts_with(text) && lower.size() > text.size()) {
      const std::string_view rest = name.substr(text.size());
      // An abbreviation ends at its dot or a space: "аул Акдала", but not "Аулиеколь".
      if (text.back() == '.' || rest.front() == ' ') {
        const std::string_view bare = utf8::Trim(rest);
        if (bare.empty()) continue;
        clean.hint = abbreviation.hint;
        clean.name = abbreviation.spelt.empty()
                         ? std::string(bare)
                         : std::string(abbreviation.spelt) + " " + std::string(bare);
        return clean;
      }
    }
    // After the name: "Акдалинский с.о.", "Туркестан Г.А.", "Семей қ.".
    const std::string spaced = " " + std::string(text);
    if (lower.size() > spaced.size() && lower.ends_with(spaced)) {
      const std::string_view bare = utf8::Trim(name.substr(0, name.size() - spaced.size()));
      if (bare.empty()) continue;
      clean.hint = abbreviation.hint;
      clean.name = abbreviation.spelt.empty()
                       ? std::string(bare)
                       : std::string(bare) + " " + std::string(abbreviation.spelt);
      return clean;
    }
  }
  // Whole type words stay in the name; they only say the type.
  const std::string folded = utf8::FoldForSearch(name);
  const auto has_word = [&](std::string_view word) {
    const std::string padded = " " + folded + " ";
    return padded.find(" " + std::string(word) + " ") != std::string::npos;
  };
  if (has_word("область") || has_word("облысы")) {
    clean.hint = TypeHint::kRegion;
  } else if (has_word("район") || has_word("ауданы")) {
    clean.hint = TypeHint::kDistrict;
  } else if (has_word("сельский") || has_word("округ")) {
    clean.hint = TypeHint::kOkrug;
  }
  return clean;
}

struct Unit {
  std::string code;
  std::string name_ru;
  std::string name_kk;
  TypeHint hint = TypeHint::kNone;
  std::size_t row = 0;
  std::optional<std::size_t> parent;  // index into the units
  bool merged = false;                // a city administration folded into its city
};

// The parent candidates of a code, nearest first (see the header).
std::vector<std::string> ParentCandidates(const std::string& code) {
  std::vector<std::string> candidates;
  const auto zeroed = [&](std::size_t keep) {
    return code.substr(0, keep) + std::string(code.size() - keep, '0');
  };
  for (std::size_t keep : {7u, 6u, 5u, 4u, 2u}) {
    const std::string candidate = zeroed(keep);
    if (candidate == code) continue;
    // Five digits keep AB CD and the first digit of EF: only the city AB CD 10 000 has its own
    // units there (its districts, AB CD 11 HIJ...); any other EF is a sibling, not a parent.
    if (keep == 5 && (code[4] != '1' || candidate.substr(4, 2) != "10")) continue;
    if (std::find(candidates.begin(), candidates.end(), candidate) == candidates.end()) {
      candidates.push_back(candidate);
    }
  }
  return candidates;
}

PlaceKind KindOf(TypeHint hint, PlaceLevel level) {
  switch (hint) {
    case TypeHint::kRegion:
      return PlaceKind::kRegion;
    case TypeHint::kCity:
    case TypeHint::kCityAdministration:
      return PlaceKind::kCity;
    case TypeHint::kDistrict:
      return PlaceKind::kDistrict;
    case TypeHint::kOkrug:
      return PlaceKind::kOkrug;
    case TypeHint::kSettlement:
      return PlaceKind::kSettlement;
    case TypeHint::kVillage:
      return PlaceKind::kVillage;
    case TypeHint::kNone:
      break;
  }
  switch (level) {
    case PlaceLevel::kRegion:
      return PlaceKind::kRegion;
    case PlaceLevel::kDistrict:
      return PlaceKind::kDistrict;
    case PlaceLevel::kOkrug:
      return PlaceKind::kOkrug;
    case PlaceLevel::kSettlement:
      return PlaceKind::kSettlement;
  }
  return PlaceKind::kSettlement;
}

}  // namespace

Result<std::vector<Place>> ParseKatoClassifier(std::string_view csv_text) {
  CsvReader reader(csv_text);
  std::vector<std::string> fields;
  // A spreadsheet saved as CSV may keep a title line or two above the header.
  std::optional<Columns> found;
  std::optional<Error> first_error;
  for (int line = 0; line < kMaxTitleRows + 1 && !found; ++line) {
    KENES_ASSIGN(const bool more, reader.Next(fields));
    if (!more) break;
    auto header = ReadHeader(fields);
    if (header.ok()) {
      found = *header;
    } else if (!first_error) {
      first_error = header.error();
    }
  }
  if (!found) {
    if (first_error) return *first_error;
    return Invalid("row 1",
                   "the file is empty; the KATO classifier starts with the header "
                   "te,ab,cd,ef,hij,k,kaz_name,rus_name,nn");
  }
  const Columns columns = *found;

  std::vector<Unit> units;
  std::unordered_map<std::string, std::size_t> index_of;
  while (true) {
    KENES_ASSIGN(const bool more, reader.Next(fields));
    if (!more) break;
    const std::size_t row = reader.row();
    if (std::all_of(fields.begin(), fields.end(),
                    [](const std::string& f) { return utf8::Trim(f).empty(); })) {
      continue;  // a row Excel left empty
    }
    Unit unit;
    unit.row = row;
    unit.code = std::string(Field(fields, columns.te));
    if (!IsKatoCode(unit.code)) {
      return Invalid(Where(row, "te"), "'" + unit.code +
                                           "' is not a KATO code: expected nine "
                                           "digits (format the column as text in "
                                           "Excel so leading digits are kept)");
    }
    // The digit groups, where the file has them, must spell the same code.
    if (columns.ab >= 0 && columns.cd >= 0 && columns.ef >= 0 && columns.hij >= 0) {
      const auto ab = PadGroup(Field(fields, columns.ab), 2);
      const auto cd = PadGroup(Field(fields, columns.cd), 2);
      const auto ef = PadGroup(Field(fields, columns.ef), 2);
      const auto hij = PadGroup(Field(fields, columns.hij), 3);
      if (!ab || !cd || !ef || !hij || *ab + *cd + *ef + *hij != unit.code) {
        return Invalid(Where(row, "ab"), "the groups ab,cd,ef,hij do not spell the code " +
                                             unit.code + " of column te");
      }
    }
    CleanName ru = Clean(Field(fields, columns.rus), kRussian);
    CleanName kk = Clean(Field(fields, columns.kaz), kKazakh);
    if (ru.name.empty() && kk.name.empty()) {
      return Invalid(Where(row, "rus_name"), "unit " + unit.code + " has no name");
    }
    unit.hint = ru.hint != TypeHint::kNone ? ru.hint : kk.hint;
    unit.name_ru = ru.name.empty() ? kk.name : std::move(ru.name);
    unit.name_kk = kk.name.empty() ? unit.name_ru : std::move(kk.name);
    if (auto [it, inserted] = index_of.emplace(unit.code, units.size()); !inserted) {
      return Invalid(Where(row, "te"), "code " + unit.code + " is already used on row " +
                                           std::to_string(units[it->second].row));
    }
    units.push_back(std::move(unit));
  }

  for (Unit& unit : units) {
    if (unit.code.ends_with("0000000")) continue;  // a region
    for (const std::string& candidate : ParentCandidates(unit.code)) {
      if (auto it = index_of.find(candidate); it != index_of.end()) {
        unit.parent = it->second;
        break;
      }
    }
    if (!unit.parent) {
      return Invalid(Where(unit.row, "te"), "no unit above " + unit.code +
                                                " is in the file (expected " +
                                                unit.code.substr(0, 2) +
                                                "0000000 or a district of it); import the "
                                                "whole classifier, not an extract");
    }
  }

  // A city administration and the one city under it become one place with the city's code.
  std::vector<std::vector<std::size_t>> children(units.size());
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (units[i].parent) children[*units[i].parent].push_back(i);
  }
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (units[i].hint != TypeHint::kCityAdministration) continue;
    std::optional<std::size_t> city;
    int cities = 0;
    for (std::size_t child : children[i]) {
      if (units[child].hint == TypeHint::kCity) {
        city = child;
        ++cities;
      }
    }
    if (cities != 1) continue;
    units[*city].parent = units[i].parent;
    for (std::size_t child : children[i]) {
      if (child != *city) units[child].parent = city;
    }
    units[i].merged = true;
  }

  std::vector<Place> places;
  places.reserve(units.size());
  for (const Unit& unit : units) {
    if (unit.merged) continue;
    int depth = 1;
    for (auto up = unit.parent; up && depth <= 4; up = units[*up].parent) ++depth;
    const auto level = static_cast<PlaceLevel>(std::min(depth, 4));
    Place place;
    place.code = unit.code;
    place.level = level;
    place.kind = KindOf(unit.hint, level);
    // A region-level unit is a region or a city (Astana); a region word deeper down is not.
    if (level == PlaceLevel::kRegion && place.kind != PlaceKind::kCity) {
      place.kind = PlaceKind::kRegion;
    } else if (level != PlaceLevel::kRegion && place.kind == PlaceKind::kRegion) {
      place.kind = KindOf(TypeHint::kNone, level);
    }
    place.parent_code = unit.parent ? units[*unit.parent].code : std::string();
    place.name_ru = unit.name_ru;
    place.name_kk = unit.name_kk;
    if (Status valid = Validate(place); !valid.ok()) {
      return Invalid(Where(unit.row, valid.error().field), valid.error().message);
    }
    places.push_back(std::move(place));
  }
  return places;
}

}  // namespace kenes
