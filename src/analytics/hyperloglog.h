// HyperLogLog (Flajolet et al., 2007): an estimate of the number of distinct participants from a
// fixed 16 KiB of registers, mergeable, so reach over any union of regions and days is the merge
// of their sketches. With 2^14 registers the standard error is 1.04/√16384 ≈ 0.81%: the estimate
// is within ±1.6% of the true count 95% of the time. Small counts use linear counting, which is
// nearly exact below some 40,000 people; 64-bit hashes need no large-range correction.
//
// The hash is the participant's key (ParticipantIndex::KeyOf), already uniformly random.
#pragma once

#include <array>
#include <cstdint>

namespace kenes::analytics {

class HyperLogLog {
 public:
  static constexpr int kPrecision = 14;
  static constexpr std::size_t kRegisters = std::size_t{1} << kPrecision;
  // The relative standard error of Estimate(): 1.04/√kRegisters.
  static double StandardError();

  void Add(std::uint64_t hash) {
    const std::size_t index = hash >> (64 - kPrecision);
    const std::uint64_t rest = hash << kPrecision;
    // The position of the first 1 bit in the remaining 50 bits, 1-based; 51 when they are all 0.
    const auto rank =
        static_cast<std::uint8_t>(rest == 0 ? 64 - kPrecision + 1 : __builtin_clzll(rest) + 1);
    if (rank > registers_[index]) registers_[index] = rank;
  }
  void Merge(const HyperLogLog& other);
  double Estimate() const;
  void Clear() { registers_.fill(0); }

 private:
  std::array<std::uint8_t, kRegisters> registers_{};
};

}  // namespace kenes::analytics
