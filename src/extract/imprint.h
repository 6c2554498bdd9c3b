// The imprint every paid campaign publication must carry (the law on elections): who made it
// ("Изготовлено: ТОО «AMANAT MEDIA GROUP»"), who ordered it ("Заказчик: Оспанов М.Ж."), whose
// funds paid for it ("Оплачено из средств ОО «Партия «AMANAT»»"), in Russian or Kazakh
// ("Дайындаған:", "Тапсырыс беруші:", "... қаражатынан төленді").
#pragma once

#include <optional>
#include <string>

#include "extract/annotate.h"

namespace kenes::extract {

struct ImprintField {
  std::string value;  // as written, quotes balanced, without a final full stop
  ByteSpan span;      // normalized text
};

struct ImprintFinding {
  std::optional<ImprintField> made_by;
  std::optional<ImprintField> ordered_by;
  std::optional<ImprintField> paid_by;
  ByteSpan span;  // the whole imprint

  bool empty() const { return !made_by && !ordered_by && !paid_by; }
};

ImprintFinding FindImprint(const AnnotatedText& text);

}  // namespace kenes::extract
