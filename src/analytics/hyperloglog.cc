#include "analytics/hyperloglog.h"

#include <cmath>

namespace kenes::analytics {

double HyperLogLog::StandardError() { return 1.04 / std::sqrt(static_cast<double>(kRegisters)); }

void HyperLogLog::Merge(const HyperLogLog& other) {
  for (std::size_t i = 0; i < kRegisters; ++i) {
    if (other.registers_[i] > registers_[i]) registers_[i] = other.registers_[i];
  }
}

double HyperLogLog::Estimate() const {
  const double m = static_cast<double>(kRegisters);
  double sum = 0;
  std::size_t zeros = 0;
  for (std::uint8_t r : registers_) {
    sum += std::ldexp(1.0, -r);
    zeros += r == 0;
  }
  const double alpha = 0.7213 / (1 + 1.079 / m);
  const double raw = alpha * m * m / sum;
  // Linear counting where the raw estimate is biased: below 2.5 m, while registers are empty.
  if (raw <= 2.5 * m && zeros > 0) return m * std::log(m / static_cast<double>(zeros));
  return raw;
}

}  // namespace kenes::analytics
