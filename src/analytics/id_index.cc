#include "analytics/id_index.h"

#include <algorithm>

namespace kenes::analytics {
namespace {

// How far past the records held an id may lie and still get a place in the vector.
constexpr std::size_t kSlack = 1 << 20;

}  // namespace

std::uint32_t IdIndex::Find(Id id) const {
  if (id >= 0 && static_cast<std::uint64_t>(id) < dense_.size() && dense_[id] != kNone) {
    return dense_[id];
  }
  // An id placed in the map before the vector grew past it is still there.
  if (sparse_.empty()) return kNone;
  auto it = sparse_.find(id);
  return it == sparse_.end() ? kNone : it->second;
}

void IdIndex::Insert(Id id, std::uint32_t slot) {
  ++size_;
  if (id >= 0 && static_cast<std::uint64_t>(id) < 4 * size_ + kSlack) {
    if (static_cast<std::uint64_t>(id) >= dense_.size()) {
      dense_.resize(std::max<std::size_t>(static_cast<std::size_t>(id) + 1, dense_.size() * 3 / 2),
                    kNone);
    }
    dense_[id] = slot;
    return;
  }
  sparse_.emplace(id, slot);
}

}  // namespace kenes::analytics
