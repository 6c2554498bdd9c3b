#include "core/catalog.h"

#include "core/validate.h"

namespace kenes {

Status Validate(const Segment& segment) {
  KENES_TRY(RequireCode("code", segment.code));
  KENES_TRY(RequireText("name_ru", segment.name_ru));
  KENES_TRY(OptionalText("name_kk", segment.name_kk));
  return OptionalText("name_en", segment.name_en);
}

Status Validate(const Provision& provision) {
  KENES_TRY(RequireCode("code", provision.code));
  KENES_TRY(RequireText("title_ru", provision.title_ru, kMaxTextLength));
  KENES_TRY(OptionalText("title_kk", provision.title_kk, kMaxTextLength));
  KENES_TRY(OptionalText("section", provision.section));
  for (const std::string& theme : provision.themes) KENES_TRY(RequireCode("themes", theme));
  return Ok();
}

}  // namespace kenes
