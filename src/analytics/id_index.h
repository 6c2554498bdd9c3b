// Where a record with a given id sits among the columns. Ids are mostly dense (the store hands
// them out in order), so they index a vector: four bytes a record instead of the fifty or so of a
// hash map node, which for two million feedback items is the difference between 8 and 110 MB. An
// id far beyond the count (an import that kept ids from elsewhere) goes to a small map instead.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "analytics/interner.h"
#include "core/ids.h"

namespace kenes::analytics {

class IdIndex {
 public:
  // The slot of `id`, or kNone.
  std::uint32_t Find(Id id) const;
  // Records `slot` for `id`. REQUIRES: `id` has no slot yet.
  void Insert(Id id, std::uint32_t slot);
  std::size_t size() const { return size_; }

 private:
  std::vector<std::uint32_t> dense_;  // by id, kNone for none
  std::unordered_map<Id, std::uint32_t> sparse_;
  std::size_t size_ = 0;
};

}  // namespace kenes::analytics
