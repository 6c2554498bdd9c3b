// Dates in a press release: the " date YYYY-MM-DD" header the intake puts first, "24 февраля
// 2026 года", "24.02.2026", ISO "2026-02-24", the Kazakh "2026 жылғы 24 ақпан", and "12
// февраля" with its year taken from the document.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/date.h"
#include "extract/annotate.h"

namespace kenes::extract {

struct DateMention {
  Date date;
  ByteSpan span;  // normalized text
  TokenIndex first_token;
  TokenIndex end_token;
  bool header = false;      // the " date YYYY-MM-DD" header
  bool year_given = false;  // false when the year was taken from the document
};

// Every date in `text`, in order. A date without a year gets the year of the header, else of the
// first date that has one, else `default_year`; without any of them it is left out.
std::vector<DateMention> FindDates(const AnnotatedText& text, std::optional<int> default_year);

}  // namespace kenes::extract
