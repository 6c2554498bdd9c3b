// Participants numbered region by region once the campaign is loaded, and every event's numbers
// laid out in one block in the same order.
//
// The people first seen at a region's events get consecutive numbers. People mostly attend
// meetings near where they live, so while a region's events are counted (reach.h counts them
// region after region) the bits they touch lie within that region's range, in the nearest cache,
// rather than anywhere in a set of millions. And the numbers themselves are then read as one
// stream, front to back, which the processor fetches ahead, instead of tens of thousands of small
// arrays each a cache miss and a page walk away. Counts are the same in any numbering and any
// layout; only the speed changes. Participants first seen after the load get the next numbers,
// and an event that gains a check-in moves its numbers out of the block (participant_numbers.h).
#include <sys/mman.h>

#include <algorithm>
#include <new>
#include <numeric>

#include "analytics/campaign_cache.h"

namespace kenes::analytics {

namespace {

// Memory for `count` numbers, on huge pages where the kernel gives them: a reach count then walks
// the block without a page walk every few kilobytes.
std::uint32_t* AllocatePool(std::size_t count) {
  constexpr std::size_t kHugePage = std::size_t{2} << 20;
  const std::size_t bytes =
      (std::max<std::size_t>(count, 1) * sizeof(std::uint32_t) + kHugePage - 1) / kHugePage *
      kHugePage;
  void* pool = std::aligned_alloc(kHugePage, bytes);
  if (!pool) throw std::bad_alloc();
  madvise(pool, bytes, MADV_HUGEPAGE);  // advice only: without it, ordinary pages serve
  return static_cast<std::uint32_t*>(pool);
}

}  // namespace

void CampaignCache::NumberParticipantsByRegion() {
  std::vector<std::uint32_t> slots(events_.size());
  std::iota(slots.begin(), slots.end(), std::uint32_t{0});
  std::stable_sort(slots.begin(), slots.end(), [&](std::uint32_t a, std::uint32_t b) {
    return events_[a].region < events_[b].region;
  });
  const std::size_t people = participant_index_.size();
  std::vector<std::uint32_t> renumbered(people, kNone);
  std::uint32_t next = 0;
  std::size_t checkins = 0;
  for (std::uint32_t slot : slots) {
    checkins += events_[slot].participants.size();
    for (std::uint32_t number : events_[slot].participants) {
      if (renumbered[number] == kNone) renumbered[number] = next++;
    }
  }
  // Every participant interned at the load came with an event's check-in; were one left, it
  // keeps a number all the same, so that the renumbering stays one to one.
  for (std::uint32_t& number : renumbered) {
    if (number == kNone) number = next++;
  }
  participant_index_.Renumber(renumbered);
  std::vector<std::uint32_t> events_of(participant_events_.size(), 0);
  for (std::size_t number = 0; number < participant_events_.size() && number < people; ++number) {
    events_of[renumbered[number]] = participant_events_[number];
  }
  participant_events_ = std::move(events_of);
  // Both arrays are exactly full after the renumbering: the first person new after the load would
  // copy them into buffers twice their size (360 MB at 5x the campaign). Room for a quarter more,
  // reserved, is address space until people come.
  participant_index_.Reserve(people + people / 4);
  participant_events_.reserve(people + people / 4);

  participant_pool_.reset(AllocatePool(checkins));
  std::uint32_t* at = participant_pool_.get();
  for (std::uint32_t slot : slots) {
    ParticipantNumbers& numbers = events_[slot].participants;
    for (std::uint32_t& number : numbers) number = renumbered[number];
    numbers.MoveTo(at);
    at += numbers.size();
  }
}

}  // namespace kenes::analytics
