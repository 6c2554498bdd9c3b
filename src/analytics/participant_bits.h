// A set of participant numbers as bits that is emptied without touching its memory.
//
// Counting a coalition member's people walks the member's events region by region; at 5x the
// campaign the set spans 30 million people, 3.75 MB, beyond the core's own cache. Zeroing it all
// before each count and then setting bits in it made every first touch of a cache line a miss to
// the shared cache: 41% of attribution's time was that one load. Here each block of 4,096 people
// (512 bytes) carries the number of the count it was last zeroed for, and is zeroed when a count
// first touches it, just before its bits are set: the lines are then in the nearest cache, and
// blocks a count never touches are never written.
//
// Thread-safety: none; each thread counts with a set of its own.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

namespace kenes::analytics {

class ParticipantBits {
 public:
  explicit ParticipantBits(std::size_t participants)
      : words_((participants + kBlockPeople - 1) / kBlockPeople * kBlockWords),
        stamps_(words_.size() / kBlockWords, 0) {}

  // Empties the set.
  void Clear() {
    if (++count_ == 0) {  // after four billion counts: every block is stale again
      std::fill(stamps_.begin(), stamps_.end(), 0);
      count_ = 1;
    }
  }
  // Adds `number`; 1 when it was not in the set, else 0.
  // REQUIRES: `number` < the participants the set was made for.
  std::int64_t Insert(std::uint32_t number) {
    const std::size_t block = number / kBlockPeople;
    if (stamps_[block] != count_) [[unlikely]] {
      std::memset(&words_[block * kBlockWords], 0, kBlockWords * sizeof(std::uint64_t));
      stamps_[block] = count_;
    }
    std::uint64_t& word = words_[number >> 6];
    const std::uint64_t bit = std::uint64_t{1} << (number & 63);
    const std::int64_t added = (word & bit) == 0;
    word |= bit;
    return added;
  }

 private:
  static constexpr std::size_t kBlockWords = 64;
  static constexpr std::size_t kBlockPeople = kBlockWords * 64;

  std::vector<std::uint64_t> words_;   // valid in the blocks stamped with count_
  std::vector<std::uint32_t> stamps_;  // by block: the count it was last zeroed for
  std::uint32_t count_ = 1;            // stamps start at 0: every block starts stale
};

}  // namespace kenes::analytics
