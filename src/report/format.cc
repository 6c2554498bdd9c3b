#include "report/format.h"

#include <cmath>
#include <cstdio>

namespace kenes::report {
namespace {

constexpr const char* kNoBreakSpace = "\u00A0";

}  // namespace

std::string Decimal(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string text = buffer;
  const std::size_t point = text.find('.');
  const std::string whole = text.substr(0, point);
  std::string out = Grouped(std::stoll(whole));
  if (whole == "-0") out = "-0";
  if (point != std::string::npos) out += "," + text.substr(point + 1);
  return out;
}

std::string Percent(double share) { return Decimal(share * 100, 1) + kNoBreakSpace + "%"; }

std::string Range(const AttendanceTotal& total) {
  return Grouped(total.value) + " (" + Grouped(total.low) + " – " + Grouped(total.high) + ")";
}

}  // namespace kenes::report
