#include "analytics/attribution.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "analytics/kept_counts.h"
#include "analytics/reach.h"
#include "analytics/two_threads.h"

namespace kenes::analytics {

namespace {

// The membership that makes `organization` a coalition member under `filter`, or null.
const Membership* MembershipIn(const Organization& organization, const Filter& filter) {
  const auto& membership = organization.membership;
  if (!membership || (filter.campaign_id && membership->campaign_id != *filter.campaign_id)) {
    return nullptr;
  }
  return &*membership;
}

// Each member's people, over its events. Attribution is the one view that counts people once per
// member, each over the whole set (the default campaign's 305 members are mostly national, their
// people spread over every region): some 60 ms of one core. Over the whole campaign or one
// campaign, and over a date range of either, a member's count is kept between answers until its
// events change (kept_counts.h), so only the members whose events changed since are counted. The
// members are independent, so half of those, every other one for an even share, are counted on a
// second thread (two_threads.h).
void CountMemberReach(const CampaignCache& cache, const Filter& filter,
                      const std::vector<std::vector<std::uint32_t>>& member_events,
                      std::vector<MemberFigures>& members) {
  KeptCounts<std::int64_t>& memo = cache.member_reach();
  const bool kept = filter.region_code.empty() && filter.segment.empty();
  const KeptScope scope = KeptScopeOf(filter);
  std::vector<std::size_t> uncounted;  // indexes into members
  for (std::size_t member = 0; member < members.size(); ++member) {
    const auto people = kept ? memo.Find(members[member].organization_id, scope) : std::nullopt;
    if (people) {
      members[member].reach = *people;
    } else {
      uncounted.push_back(member);
    }
  }
  const auto count = [&](std::size_t first, std::size_t step) {
    DistinctCounter distinct(cache);
    for (std::size_t at = first; at < uncounted.size(); at += step) {
      const std::size_t member = uncounted[at];
      members[member].reach = distinct.Count(member_events[member]);
    }
  };
  std::size_t checkins = 0;
  for (std::size_t member : uncounted) {
    for (std::uint32_t slot : member_events[member]) {
      checkins += cache.events()[slot].participants.size();
    }
  }
  if (uncounted.size() < 2 || checkins < cache.split_from()) {
    count(0, 1);
  } else {
    OnTwoThreads([&] { count(1, 2); }, [&] { count(0, 2); });
  }
  if (!kept) return;
  for (std::size_t member : uncounted) {
    memo.Keep(members[member].organization_id, scope, members[member].reach);
  }
}

}  // namespace

Composition ComputeComposition(const CampaignCache& cache, const Filter& filter) {
  Composition out;
  std::map<OrgKind, KindCount> kinds;
  for (const auto& [id, organization] : cache.organizations()) {
    const Membership* membership = MembershipIn(organization, filter);
    if (!membership) continue;
    ++out.members;
    if (organization.kind == OrgKind::kParty) ++out.parties;
    KindCount& kind = kinds[organization.kind];
    kind.kind = organization.kind;
    ++kind.members;
    if (membership->claimed_members) {
      out.claimed_members += *membership->claimed_members;
      kind.claimed_members += *membership->claimed_members;
    }
  }
  for (auto& [kind, count] : kinds) out.by_kind.push_back(count);
  return out;
}

Attribution ComputeAttribution(const CampaignCache& cache, const Filter& filter) {
  Attribution out;
  out.composition = ComputeComposition(cache, filter);
  std::unordered_map<Id, std::size_t> index;
  for (const auto& [id, organization] : cache.organizations()) {
    const Membership* membership = MembershipIn(organization, filter);
    if (!membership) continue;
    index.emplace(id, out.members.size());
    out.members.push_back(
        {id, organization.name, organization.kind, membership->claimed_members, 0, {}, 0, 0});
  }

  const std::uint32_t region = cache.places().Find(filter.region_code);
  const std::uint32_t segment = cache.segment_codes().Find(filter.segment);
  const auto& events = cache.events();
  std::vector<std::vector<std::uint32_t>> member_events(out.members.size());
  std::vector<std::uint32_t> coalition_events;
  // Feedback per event slot, in one pass over the event column, on a second thread while this one
  // gives each event to its members: each credited event then gives its count to its members.
  // Crediting item by item read a member list from wherever it lay in memory for each of two
  // million items, a third of the route's time.
  std::vector<std::uint32_t> feedback_at(events.size(), 0);
  // Whether the coalition's events are all the events that count for reach under `filter`: its
  // reach is then everyone's (below).
  bool every_reach_event = true;
  OnTwoThreads(
      [&] {
        const auto& f = cache.feedback();
        for (std::size_t slot = 0; slot < f.id.size(); ++slot) {
          const std::uint32_t event = f.event[slot];
          if (f.alive[slot] && event != kNone) ++feedback_at[event];
        }
      },
      [&] {
        // In slot order, the order the records lie in memory. (In region order, as the counts
        // read each member's events, saved sorting them per member but cost more: a cache miss
        // per event record.)
        std::vector<std::size_t> members;  // of one event, reused
        for (std::uint32_t slot = 0; slot < events.size(); ++slot) {
          const EventRecord& event = events[slot];
          if (!cache.Matches(event, filter, region, segment)) continue;
          if (event.status != EventStatus::kHeld) {
            if (event.CountsForReach() && !event.participants.empty()) every_reach_event = false;
            continue;
          }
          members.clear();
          for (Id organizer : event.organizers) {
            if (auto it = index.find(organizer); it != index.end()) members.push_back(it->second);
          }
          if (members.empty()) {
            if (event.CountsForReach() && !event.participants.empty()) every_reach_event = false;
            continue;
          }
          const FigureState state = cache.StateOf(event);
          const bool counted = event.attendance &&
                               (state == FigureState::kCounted || state == FigureState::kConfirmed);
          for (std::size_t member : members) {
            ++out.members[member].events;
            if (counted) out.members[member].attendance.Add(*event.attendance);
            member_events[member].push_back(slot);
          }
          ++out.coalition.events;
          if (counted) out.coalition.attendance.Add(*event.attendance);
          if (members.size() > 1) ++out.events_shared;
          coalition_events.push_back(slot);
        }
      });
  for (std::size_t member = 0; member < out.members.size(); ++member) {
    for (std::uint32_t slot : member_events[member]) {
      out.members[member].feedback += feedback_at[slot];
    }
  }
  for (std::uint32_t slot : coalition_events) out.coalition.feedback += feedback_at[slot];
  CountMemberReach(cache, filter, member_events, out.members);
  for (const MemberFigures& member : out.members) out.reach_summed_over_members += member.reach;
  out.coalition.name = "коалиция";
  // Over the whole campaign, with every event that has check-ins a coalition event (the common
  // case: the coalition runs the campaign), the coalition's people are the campaign's, which the
  // cache keeps counted: ten million check-ins not counted again.
  out.coalition.reach = filter.empty() && every_reach_event
                            ? static_cast<std::int64_t>(cache.distinct_total())
                            : DistinctAmong(cache, coalition_events);
  std::stable_sort(
      out.members.begin(), out.members.end(), [](const MemberFigures& a, const MemberFigures& b) {
        return a.events != b.events ? a.events > b.events : a.organization_id < b.organization_id;
      });
  return out;
}

}  // namespace kenes::analytics
