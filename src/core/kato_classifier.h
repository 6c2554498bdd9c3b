// The official KATO classifier (Классификатор административно-территориальных объектов) as the
// Bureau of National Statistics publishes it, saved as CSV: one unit a row, with the columns
//
//   te,ab,cd,ef,hij,k,kaz_name,rus_name,nn
//
// te the nine-digit code; ab cd ef hij its digit groups (region, district, rural okrug,
// settlement); k and nn the Bureau's own markers, not used here; kaz_name and rus_name the names
// with their type abbreviations ("г.Караганда", "Осакаровская п.а.", "Қарағанды облысы").
// Column names are matched without regard to case ("TE", "Te") and "name_kaz"/"name_rus" are
// accepted too; te, kaz_name and rus_name are required, other columns are ignored. The
// delimiter (',' ';' or tab, as Excel saves it) is detected, a UTF-8 byte order mark skipped,
// and up to three title rows above the header are passed over.
//
// How a row becomes a Place:
// - parent: the nearest existing unit whose code is the row's code with a tail of digit groups
//   zeroed (HIJ's last two digits, HIJ, EF, then CD); a city's districts (AB CD 1x HIJ) belong
//   to the city AB CD 10 000. A row whose parent is missing from the file is an error, so an
//   extract must keep its region's and district's rows.
// - a city administration ("Караганды Г.А.", "Аккольская г.а.") and the city it is named for
//   ("г.Караганда") are one place: the city's code, the administration's place in the tree, so
//   "Караганда" is one district-level place as in data/places.csv; the administration's other
//   units become the city's.
// - level: the unit's depth in that tree (region 1, district or city of regional significance
//   2, rural okrug or town of district significance 3, settlement 4; deeper units such as
//   winter quarters count as settlements).
// - kind: from the type word of the Russian name: "область" region, "г." / "г.а." city,
//   "район" district, "с.о." / "с.а." / "п.а." okrug, "с." / "аул" village, "п." / "пос." /
//   "ст." / "рзд." settlement; without one, by level.
// - names: type abbreviations are cut ("г.Сарань" → "Сарань", "Саран қ." → "Саран") or spelt
//   out for okrugs ("Акдалинский с.о." → "Акдалинский сельский округ"); "область"/"облысы"
//   and "район"/"ауданы" are whole words of the official name and stay ("Карагандинская
//   область", "Нуринский район"), which is what people write and search for. A name missing in
//   one language is taken from the other.
#pragma once

#include <string_view>
#include <vector>

#include "core/place.h"
#include "core/result.h"

namespace kenes {

// Every unit of the classifier, in file order. The first error ends the read; its field is
// "row N" or "row N, column NAME" (the header is row 1).
Result<std::vector<Place>> ParseKatoClassifier(std::string_view csv_text);

}  // namespace kenes
