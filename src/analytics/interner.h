// Stable small numbers for codes (KATO codes, segment and provision codes): columns of millions
// of rows hold the number, not the string, and a number once given never changes, so reloading
// the reference data does not renumber what the columns hold.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kenes::analytics {

inline constexpr std::uint32_t kNone = 0xFFFFFFFF;

class Interner {
 public:
  // The number of `code`, giving it the next one when new. REQUIRES: `code` is not empty.
  std::uint32_t Intern(std::string_view code);
  // The number of `code`, or kNone when it was never interned (or is empty).
  std::uint32_t Find(std::string_view code) const;
  const std::string& CodeOf(std::uint32_t id) const { return codes_[id]; }
  std::size_t size() const { return codes_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::vector<std::string> codes_;
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> ids_;
};

}  // namespace kenes::analytics
