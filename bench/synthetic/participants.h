// The people of the synthetic campaign: each region has a pool of residents who may come, and a
// few of them come often (activists, staff brought along), most once. A check-in draws a resident
// as floor(pool · u^2.5) for uniform u, with the pool 1.5 times the region's check-ins: about 59%
// of check-ins are distinct people and about a third of the people come more than once, as at a
// campaign where the same collectives are visited by different delegations.
//
// A participant is 16 bytes derived from (seed, region, resident) by SplitMix64: what the keyed
// hash of a real ID number looks like to the store and to analytics.
#pragma once

#include <cstdint>
#include <random>

#include "core/checkin.h"

namespace kenes::synthetic {

inline constexpr double kPoolFactor = 1.5;
inline constexpr double kSkew = 2.5;

// Which resident of a pool of `pool` comes next.
std::uint64_t DrawResident(std::uint64_t pool, std::mt19937_64& random);

ParticipantKey ParticipantOf(std::uint64_t seed, std::uint32_t region, std::uint64_t resident);

}  // namespace kenes::synthetic
