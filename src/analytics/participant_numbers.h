// The numbers of the people checked in at one event (participant_index.h): a vector that may live
// in a pool shared by every event. After the load the cache lays every event's numbers out in one
// block, region after region (participant_order.cc), so that counting reach reads them front to
// back as one stream rather than tens of thousands of small arrays each a cache miss or a page
// walk away (the profile put most of a reach count on the first read of each event's numbers).
// An event that gains a check-in later moves its numbers to memory of its own, as a vector would.
//
// Thread-safety: none; the cache's lock guards it.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

namespace kenes::analytics {

class ParticipantNumbers {
 public:
  ParticipantNumbers() = default;
  ParticipantNumbers(const ParticipantNumbers&) = delete;
  ParticipantNumbers& operator=(const ParticipantNumbers&) = delete;
  ParticipantNumbers(ParticipantNumbers&& other) noexcept { Take(other); }
  ParticipantNumbers& operator=(ParticipantNumbers&& other) noexcept {
    if (this != &other) {
      Free();
      Take(other);
    }
    return *this;
  }
  ~ParticipantNumbers() { Free(); }

  const std::uint32_t* begin() const { return data_; }
  const std::uint32_t* end() const { return data_ + size_; }
  std::uint32_t* begin() { return data_; }
  std::uint32_t* end() { return data_ + size_; }
  const std::uint32_t* data() const { return data_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::uint32_t back() const { return data_[size_ - 1]; }

  void push_back(std::uint32_t number) {
    if (size_ == capacity_) Reallocate(capacity_ < 4 ? 4 : capacity_ * 2);
    data_[size_++] = number;
  }
  void pop_back() { --size_; }
  // Makes room for `capacity` numbers in all, so that appending up to it does not move them.
  void reserve(std::size_t capacity) {
    if (capacity > capacity_) Reallocate(static_cast<std::uint32_t>(capacity));
  }
  // Appends `count` numbers from `from`.
  void Append(const std::uint32_t* from, std::size_t count) {
    reserve(size_ + count);
    if (count) std::memcpy(data_ + size_, from, count * sizeof *data_);
    size_ += static_cast<std::uint32_t>(count);
  }
  // Gives back the room beyond the numbers held.
  void shrink_to_fit() {
    if (owned_ && capacity_ > size_) Reallocate(size_);
  }
  // Moves the numbers to `pool`, which holds room for size() of them and outlives this object.
  void MoveTo(std::uint32_t* pool) {
    if (size_) std::memcpy(pool, data_, size_ * sizeof *data_);
    Free();
    data_ = pool;
    capacity_ = size_;
  }

 private:
  void Reallocate(std::uint32_t capacity) {
    // One more than asked, so that no size asks malloc for nothing.
    auto* data = static_cast<std::uint32_t*>(std::malloc((capacity + 1) * sizeof(std::uint32_t)));
    if (!data) throw std::bad_alloc();
    if (size_) std::memcpy(data, data_, size_ * sizeof *data_);
    Free();
    data_ = data;
    capacity_ = capacity;
    owned_ = true;
  }
  void Free() {
    if (owned_) std::free(data_);
    owned_ = false;
    data_ = nullptr;
  }
  void Take(ParticipantNumbers& other) {
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
    capacity_ = std::exchange(other.capacity_, 0);
    owned_ = std::exchange(other.owned_, false);
  }

  std::uint32_t* data_ = nullptr;
  std::uint32_t size_ = 0;
  std::uint32_t capacity_ = 0;
  bool owned_ = false;  // data_ is this object's, not the pool's
};

}  // namespace kenes::analytics
