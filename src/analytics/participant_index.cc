#include "analytics/participant_index.h"

#include <cstring>

#include "analytics/interner.h"

namespace kenes::analytics {

std::uint64_t ParticipantIndex::KeyOf(const ParticipantKey& participant) {
  std::uint64_t key = 0;
  std::memcpy(&key, participant.data(), sizeof key);
  return key;
}

std::uint32_t ParticipantIndex::Find(std::uint64_t key) const {
  if (slots_.empty()) return kNone;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = SlotOf(key);; slot = (slot + 1) & mask) {
    const std::uint32_t held = slots_[slot];
    if (held == 0) return kNone;
    if (keys_[held - 1] == key) return held - 1;
  }
}

std::uint32_t ParticipantIndex::Intern(std::uint64_t key) {
  if ((keys_.size() + 1) * 10 > slots_.size() * 7) Grow();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = SlotOf(key);; slot = (slot + 1) & mask) {
    const std::uint32_t held = slots_[slot];
    if (held == 0) {
      keys_.push_back(key);
      slots_[slot] = static_cast<std::uint32_t>(keys_.size());
      return static_cast<std::uint32_t>(keys_.size() - 1);
    }
    if (keys_[held - 1] == key) return held - 1;
  }
}

void ParticipantIndex::Reserve(std::size_t participants) {
  keys_.reserve(participants);
  while (participants * 10 > slots_.size() * 7) Grow();
}

void ParticipantIndex::Renumber(const std::vector<std::uint32_t>& renumbered) {
  std::vector<std::uint64_t> keys(keys_.size());
  for (std::size_t number = 0; number < keys_.size(); ++number) {
    keys[renumbered[number]] = keys_[number];
  }
  keys_ = std::move(keys);
  // The table keeps its slots: only the numbers it holds change.
  for (std::uint32_t& held : slots_) {
    if (held != 0) held = renumbered[held - 1] + 1;
  }
}

void ParticipantIndex::Grow() {
  const std::size_t size = slots_.empty() ? 1024 : slots_.size() * 2;
  shift_ = 64 - __builtin_ctzll(size);
  slots_.assign(size, 0);
  const std::size_t mask = size - 1;
  for (std::size_t number = 0; number < keys_.size(); ++number) {
    std::size_t slot = SlotOf(keys_[number]);
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = static_cast<std::uint32_t>(number + 1);
  }
}

}  // namespace kenes::analytics
