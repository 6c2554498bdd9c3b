#include "analytics/interner.h"

namespace kenes::analytics {

std::uint32_t Interner::Intern(std::string_view code) {
  if (auto it = ids_.find(code); it != ids_.end()) return it->second;
  const auto id = static_cast<std::uint32_t>(codes_.size());
  codes_.emplace_back(code);
  ids_.emplace(codes_.back(), id);
  return id;
}

std::uint32_t Interner::Find(std::string_view code) const {
  if (code.empty()) return kNone;
  auto it = ids_.find(code);
  return it == ids_.end() ? kNone : it->second;
}

}  // namespace kenes::analytics
