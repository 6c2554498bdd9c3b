#include "analytics/claim_words.h"

#include "core/grouped.h"
#include "core/kazakh_ending.h"

namespace kenes::analytics {
namespace {

std::int64_t PowerOf10(int exponent) {
  std::int64_t p = 1;
  for (int i = 0; i < exponent; ++i) p *= 10;
  return p;
}

int Digits(std::int64_t x) {
  int digits = 1;
  while (x >= 10) {
    x /= 10;
    ++digits;
  }
  return digits;
}

// The step `x` is rounded to when it keeps `significant` digits.
std::int64_t Step(std::int64_t x, int significant) {
  return PowerOf10(std::max(0, Digits(x) - significant));
}

std::int64_t RoundDown(std::int64_t x, int significant) {
  if (x <= 0) return x;
  const std::int64_t step = Step(x, significant);
  return x / step * step;
}

std::int64_t RoundUp(std::int64_t x, int significant) {
  if (x <= 0) return x;
  const std::int64_t step = Step(x, significant);
  return (x + step - 1) / step * step;
}

std::int64_t CeilDiv(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }

// The unit a round figure is written in: millions, thousands (from 10 000) or ones.
std::int64_t UnitOf(std::int64_t x) {
  if (x >= 1'000'000) return 1'000'000;
  if (x >= 10'000) return 1'000;
  return 1;
}

// `x` in `unit`, with a decimal comma where it is not whole: 2 100 000 in millions is "2,1".
// REQUIRES: x is a multiple of unit / 10 when unit > 1 (a round figure).
std::string InUnit(std::int64_t x, std::int64_t unit) {
  std::string out = Grouped(x / unit);
  const std::int64_t tenths = x % unit / (unit / 10 > 0 ? unit / 10 : 1);
  if (unit > 1 && tenths != 0) out += "," + std::to_string(tenths);
  return out;
}

// Russian genitive of the unit after "более": "более 2 миллионов", "более 21 миллиона", "более
// 2,1 миллиона".
std::string RussianGenitive(std::int64_t x, std::int64_t unit) {
  if (unit == 1) return "";
  const bool whole = x % unit == 0;
  const std::int64_t count = x / unit;
  const bool one = !whole || (count % 10 == 1 && count % 100 != 11);
  if (unit == 1'000'000) return one ? " миллиона" : " миллионов";
  return one ? " тысячи" : " тысяч";
}

std::string UnitAbbreviation(std::int64_t unit, Words language) {
  if (unit == 1'000'000) return " млн";
  if (unit == 1'000) return language == Words::kRussian ? " тыс." : " мың";
  return "";
}

std::string About(std::int64_t x, Words language) {
  const std::int64_t unit = UnitOf(x);
  const std::string figure = InUnit(x, unit) + UnitAbbreviation(unit, language);
  return language == Words::kRussian ? "около " + figure : "шамамен " + figure;
}

std::string MoreThan(std::int64_t x, Words language) {
  const std::int64_t unit = UnitOf(x);
  if (language == Words::kRussian) return "более " + InUnit(x, unit) + RussianGenitive(x, unit);
  if (unit == 1'000'000) return InUnit(x, unit) + " миллионнан астам";
  if (unit == 1'000) return InUnit(x, unit) + " мыңнан астам";
  return Grouped(x) + "-" + KazakhEnding(x, number_words::KazakhCase::kAblative) + " астам";
}

std::string Between(std::int64_t a, std::int64_t b, Words language) {
  const std::int64_t unit = UnitOf(a) == UnitOf(b) ? UnitOf(a) : 1;
  const std::string from = InUnit(a, unit), to = InUnit(b, unit);
  if (language == Words::kRussian) {
    return "от " + from + " до " + to + UnitAbbreviation(unit, language);
  }
  return from + "–" + to + UnitAbbreviation(unit, language);
}

}  // namespace

std::string StateTotal(std::int64_t low, std::int64_t high, Words language) {
  if (low == high) return Grouped(low);
  const std::int64_t middle = low + (high - low + 1) / 2;
  for (int significant : {1, 2}) {
    const std::int64_t x =
        RoundUp(middle, significant) - middle <= middle - RoundDown(middle, significant)
            ? RoundUp(middle, significant)
            : RoundDown(middle, significant);
    const std::int64_t margin = CeilDiv(x, 10);
    if (x > 0 && x - margin <= low && high <= x + margin) return About(x, language);
  }
  if (low >= 2) {
    const std::int64_t n = RoundDown(low - 1, 2);
    if (n > 0 && high <= std::max(n + 1, CeilDiv(5 * n, 4))) return MoreThan(n, language);
  }
  const std::int64_t a = RoundDown(low, 2), b = RoundUp(high, 2);
  if (a == b) return Grouped(a);
  return Between(a, b, language);
}

}  // namespace kenes::analytics
