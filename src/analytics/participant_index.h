// Dense numbers for participants: each distinct participant hash gets the next number, so distinct
// reach is a bit set over numbers rather than a hash set over hashes.
//
// A participant is known by the first 8 bytes of their 16-byte keyed hash. The hash is BLAKE2b
// under a secret key, so those bytes are uniformly random; two of 10 million people share them
// with probability about n²/2⁶⁵ ≈ 3·10⁻⁶, which is far below any figure's precision.
//
// Memory: 8 bytes per participant for the key and about 8 per participant for the open-addressing
// table of numbers (load at most 0.7): some 100 MB for 6 million people.
#pragma once

#include <cstdint>
#include <vector>

#include "core/checkin.h"

namespace kenes::analytics {

class ParticipantIndex {
 public:
  static std::uint64_t KeyOf(const ParticipantKey& participant);

  // The number of `key`, giving it the next one when new.
  std::uint32_t Intern(std::uint64_t key);
  // The number of `key`, or kNone.
  std::uint32_t Find(std::uint64_t key) const;
  // The key of a number, which is also its 64-bit hash for HyperLogLog.
  std::uint64_t key(std::uint32_t number) const { return keys_[number]; }
  std::size_t size() const { return keys_.size(); }
  void Reserve(std::size_t participants);
  // Gives number `n` the number `renumbered[n]`. REQUIRES: `renumbered` is a permutation of
  // 0 .. size() - 1.
  void Renumber(const std::vector<std::uint32_t>& renumbered);

 private:
  void Grow();
  std::size_t SlotOf(std::uint64_t key) const { return (key * 0x9E3779B97F4A7C15ull) >> shift_; }

  std::vector<std::uint64_t> keys_;   // by number
  std::vector<std::uint32_t> slots_;  // number + 1, or 0 for empty
  int shift_ = 64;
};

}  // namespace kenes::analytics
