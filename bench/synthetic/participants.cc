#include "synthetic/participants.h"

#include <cmath>
#include <cstring>

namespace kenes::synthetic {
namespace {

std::uint64_t SplitMix(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

}  // namespace

std::uint64_t DrawResident(std::uint64_t pool, std::mt19937_64& random) {
  const double u = std::uniform_real_distribution<double>(0.0, 1.0)(random);
  return static_cast<std::uint64_t>(static_cast<double>(pool) * std::pow(u, kSkew));
}

ParticipantKey ParticipantOf(std::uint64_t seed, std::uint32_t region, std::uint64_t resident) {
  const std::uint64_t a = SplitMix(seed ^ SplitMix(region ^ SplitMix(resident)));
  const std::uint64_t b = SplitMix(a);
  ParticipantKey key{};
  std::memcpy(key.data(), &a, sizeof a);
  std::memcpy(key.data() + sizeof a, &b, sizeof b);
  return key;
}

}  // namespace kenes::synthetic
