#include "analytics/hyperloglog.h"

#include <cmath>
#include <cstring>

namespace kenes::analytics {

double HyperLogLog::StandardError() { return 1.04 / std::sqrt(static_cast<double>(kRegisters)); }

void HyperLogLog::Merge(const HyperLogLog& other) {
  // Sixteen registers at a time, each the larger of the two (a region's reach merges a sketch per
  // day, hundreds of them). Written as vectors: GCC at -O2 leaves the plain loop byte by byte.
  using Bytes = std::uint8_t __attribute__((vector_size(16)));
  static_assert(kRegisters % sizeof(Bytes) == 0);
  for (std::size_t i = 0; i < kRegisters; i += sizeof(Bytes)) {
    Bytes mine, theirs;
    std::memcpy(&mine, &registers_[i], sizeof mine);
    std::memcpy(&theirs, &other.registers_[i], sizeof theirs);
    mine = mine > theirs ? mine : theirs;
    std::memcpy(&registers_[i], &mine, sizeof mine);
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
