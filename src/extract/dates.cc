#include "extract/dates.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace kenes::extract {
namespace {

int NumberAt(const AnnotatedText& text, TokenIndex i, std::size_t max_digits) {
  if (!text.Contains(i) || text.token(i).kind != TokenKind::kNumber) return -1;
  const std::string_view digits = text.Surface(i);
  if (digits.empty() || digits.size() > max_digits) return -1;
  int value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size()) return -1;
  return value;
}

int MonthAt(const AnnotatedText& text, TokenIndex i) {
  LexHit hit;
  return text.HasClass(i, LexClass::kMonth, &hit) ? hit.entry->value : -1;
}

// Two tokens are written together, with nothing between them ("24.02").
bool Adjacent(const AnnotatedText& text, TokenIndex i) {
  return text.Contains(i) && !text.token(i).Has(kSpaceBefore);
}

std::optional<Date> MakeDate(int year, int month, int day) {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) {
    return std::nullopt;
  }
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  auto parsed = Date::Parse(buffer);
  if (!parsed.ok()) return std::nullopt;
  return *parsed;
}

struct RawDate {
  int year = 0;  // 0: not given
  int month = 0;
  int day = 0;
  TokenIndex first;
  TokenIndex end;
  bool header = false;
};

// The day of a Kazakh ordinal written with digits: "24-і", "3-і", "1-ші"; -1 when it is none.
int KazakhOrdinalDay(const AnnotatedText& text, TokenIndex i) {
  if (!text.Contains(i) || text.token(i).kind != TokenKind::kNumber) return -1;
  const std::string_view surface = text.Surface(i);
  const std::size_t hyphen = surface.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen > 2) return -1;
  const std::string_view suffix = surface.substr(hyphen + 1);
  constexpr std::string_view kOrdinals[] = {"і",  "ы",    "сі",   "сы",  "ші",
                                            "шы", "інші", "ыншы", "нші", "ншы"};
  if (std::find(std::begin(kOrdinals), std::end(kOrdinals), suffix) == std::end(kOrdinals)) {
    return -1;
  }
  int value = 0;
  const auto [end, error] = std::from_chars(surface.data(), surface.data() + hyphen, value);
  if (error != std::errc() || end != surface.data() + hyphen) return -1;
  return value;
}

// Reads a date starting at token `i`; sets `raw` and returns true when there is one.
bool ReadDate(const AnnotatedText& text, TokenIndex i, RawDate& raw) {
  raw = RawDate{};
  raw.first = i;
  // Kazakh names the month first: "ақпанның 24-і", "2026 жылғы ақпанның 24-і".
  if (const int month = MonthAt(text, i); month > 0 && text.token(i).IsWord()) {
    const int day = KazakhOrdinalDay(text, i + 1);
    if (day <= 0) return false;
    raw = RawDate{0, month, day, raw.first, i + 2};
    return true;
  }
  // 2026-02-24
  if (const int year = NumberAt(text, i, 4); year >= 1900 && text.Surface(i).size() == 4) {
    if (text.Is(i + 1, "-") && Adjacent(text, i + 1) && Adjacent(text, i + 2) &&
        text.Is(i + 3, "-") && Adjacent(text, i + 3) && Adjacent(text, i + 4)) {
      const int month = NumberAt(text, i + 2, 2);
      const int day = NumberAt(text, i + 4, 2);
      if (month > 0 && day > 0) {
        raw = RawDate{year, month, day, raw.first, i + 5};
        return true;
      }
    }
    // 2026 жылғы 24 ақпан, 2026 жылғы ақпанның 24-і
    if (text.Is(i + 1, words::kKazakhYearOf)) {
      const int day = NumberAt(text, i + 2, 2);
      const int month = MonthAt(text, i + 3);
      if (day > 0 && month > 0) {
        raw = RawDate{year, month, day, raw.first, i + 4};
        return true;
      }
      RawDate later;
      if (ReadDate(text, i + 2, later) && later.year == 0) {
        raw = RawDate{year, later.month, later.day, raw.first, later.end};
        return true;
      }
    }
    return false;
  }
  const int day = NumberAt(text, i, 2);
  if (day <= 0) return false;
  // 24.02.2026, 24.02.26
  if (text.Is(i + 1, ".") && Adjacent(text, i + 1) && Adjacent(text, i + 2) &&
      text.Is(i + 3, ".") && Adjacent(text, i + 3) && Adjacent(text, i + 4)) {
    const int month = NumberAt(text, i + 2, 2);
    int year = NumberAt(text, i + 4, 4);
    if (year >= 0 && text.Surface(i + 4).size() == 2) year += 2000;
    if (month > 0 && year > 0) {
      raw = RawDate{year, month, day, raw.first, i + 5};
      return true;
    }
    return false;
  }
  // 24 февраля [2026 [года | г.]]
  const int month = MonthAt(text, i + 1);
  if (month <= 0) return false;
  raw.day = day;
  raw.month = month;
  raw.end = i + 2;
  const int year = NumberAt(text, i + 2, 4);
  if (year >= 1900 && text.Surface(i + 2).size() == 4) {
    raw.year = year;
    raw.end = i + 3;
    if (text.IsOneOf(raw.end, words::kYearWords)) {
      ++raw.end;
    } else if (text.Is(raw.end, words::kYearAbbreviation) && text.Is(raw.end + 1, ".")) {
      raw.end += 2;
    }
  }
  return true;
}

}  // namespace

std::vector<DateMention> FindDates(const AnnotatedText& text, std::optional<int> default_year) {
  std::vector<RawDate> raws;
  // The header: "date" then an ISO date, as the first tokens.
  if (text.Is(TokenIndex(0), "date")) {
    RawDate raw;
    if (ReadDate(text, TokenIndex(1), raw) && raw.year > 0) {
      raw.first = TokenIndex(0);
      raw.header = true;
      raws.push_back(raw);
    }
  }
  for (TokenIndex i = raws.empty() ? TokenIndex() : raws.back().end; text.Contains(i); ++i) {
    if (text.token(i).kind != TokenKind::kNumber && !text.HasClass(i, LexClass::kMonth)) continue;
    RawDate raw;
    if (ReadDate(text, i, raw)) {
      raws.push_back(raw);
      i = raw.end - 1;
    }
  }
  std::optional<int> year = default_year;
  for (const RawDate& raw : raws) {
    if (raw.year > 0) {
      year = raw.year;
      break;
    }
  }
  std::vector<DateMention> dates;
  // "вчера", "сегодня", "позавчера": days counted from the header's date, the day the release
  // was issued; without a header they name no date.
  if (!raws.empty() && raws.front().header) {
    const std::optional<Date> issued =
        MakeDate(raws.front().year, raws.front().month, raws.front().day);
    for (TokenIndex i = raws.front().end; issued && text.Contains(i); ++i) {
      if (text.in_speech[i] || !text.token(i).IsWord()) continue;
      const std::string_view word = text.Fold(i);
      int offset = 1;
      if (words::OneOf(word, words::kToday)) offset = 0;
      if (words::OneOf(word, words::kYesterday)) offset = -1;
      if (words::OneOf(word, words::kDayBeforeYesterday)) offset = -2;
      if (offset == 1) continue;
      DateMention mention;
      mention.date = *issued + offset;
      mention.span = text.token(i).span;
      mention.first_token = i;
      mention.end_token = i + 1;
      dates.push_back(mention);
    }
  }
  for (const RawDate& raw : raws) {
    const int y = raw.year > 0 ? raw.year : year.value_or(0);
    const std::optional<Date> date = MakeDate(y, raw.month, raw.day);
    if (!date) continue;
    DateMention mention;
    mention.date = *date;
    // The header's span is the date itself, not the word "date".
    const TokenIndex first = raw.header ? raw.first + 1 : raw.first;
    mention.span = text.SpanOf(first, raw.end);
    mention.first_token = raw.first;
    mention.end_token = raw.end;
    mention.header = raw.header;
    mention.year_given = raw.year > 0;
    dates.push_back(mention);
  }
  std::stable_sort(dates.begin(), dates.end(), [](const DateMention& a, const DateMention& b) {
    return a.first_token < b.first_token;
  });
  return dates;
}

}  // namespace kenes::extract
