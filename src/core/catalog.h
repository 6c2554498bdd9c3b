// The small catalogs events and feedback refer to by code: audience segments ("miners",
// "farmers") and the provisions of the draft constitution. Both are loaded from data/ and edited
// by the administrator.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"

namespace kenes {

struct Segment {
  std::string code;  // "miners"
  std::string name_ru;
  std::string name_kk;
  std::string name_en;

  bool operator==(const Segment&) const = default;
};

// An article, section or the preamble of the draft, tagged with the themes it carries.
struct Provision {
  std::string code;     // "art_24"
  std::string section;  // "Раздел II. Права и свободы человека"
  std::string title_ru;
  std::string title_kk;
  std::vector<std::string> themes;  // codes: "labour_rights", "law_and_order"

  bool operator==(const Provision&) const = default;
};

Status Validate(const Segment& segment);
Status Validate(const Provision& provision);

}  // namespace kenes
