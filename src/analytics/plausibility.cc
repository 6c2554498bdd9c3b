#include "analytics/plausibility.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace kenes::analytics {
namespace {

bool Checkable(const EventRecord& event) {
  return event.alive && event.status == EventStatus::kHeld && event.attendance.has_value();
}

std::optional<std::int64_t> Headcount(const CampaignCache& cache, const EventRecord& event) {
  if (!event.host) return std::nullopt;
  const Organization* host = cache.organization(*event.host);
  return host ? host->headcount : std::nullopt;
}

// The population of the place, or of the nearest place above it that has one, and that place.
std::optional<std::pair<std::int64_t, const Place*>> Population(const CampaignCache& cache,
                                                                std::uint32_t code) {
  for (int depth = 0; code != kNone && depth < 8; ++depth) {
    const Place* place = cache.place(code);
    if (!place) return std::nullopt;
    if (place->population) return std::pair{*place->population, place};
    code = cache.places().Find(place->parent_code);
  }
  return std::nullopt;
}

bool ShareSegment(const EventRecord& a, const EventRecord& b) {
  for (std::uint32_t segment : a.audience) {
    if (std::binary_search(b.audience.begin(), b.audience.end(), segment)) return true;
  }
  return false;
}

std::string Grouped(std::int64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ' ';
    out += digits[i];
  }
  return out;
}

}  // namespace

std::string_view FigureStateName(FigureState state) {
  switch (state) {
    case FigureState::kCounted:
      return "counted";
    case FigureState::kFlagged:
      return "awaiting_review";
    case FigureState::kConfirmed:
      return "confirmed";
    case FigureState::kRejected:
      return "rejected";
  }
  return "?";
}

std::vector<FigureCheck> CheckFigures(const CampaignCache& cache) {
  const auto& events = cache.events();
  std::vector<FigureCheck> checks(events.size());
  // The collective: a host organization, or a venue in a place when no host is named.
  std::map<std::tuple<Id, std::uint32_t, std::string>, std::vector<std::uint32_t>> collectives;
  for (std::uint32_t slot = 0; slot < events.size(); ++slot) {
    const EventRecord& event = events[slot];
    if (!Checkable(event)) continue;
    const std::int64_t low = event.attendance->low;
    FigureCheck& check = checks[slot];
    if (auto headcount = Headcount(cache, event); headcount && low > *headcount) {
      check.flags |= kOverHeadcount;
    }
    if (!event.venue_key.empty()) {
      if (auto capacity = cache.VenueCapacity(event.place, event.venue_key);
          capacity && low > *capacity) {
        check.flags |= kOverCapacity;
      }
    }
    if (auto population = Population(cache, event.place); population && low > population->first) {
      check.flags |= kOverPopulation;
    }
    if (event.host) {
      collectives[{*event.host, kNone, std::string()}].push_back(slot);
    } else if (!event.venue_key.empty()) {
      collectives[{0, event.place, event.venue_key}].push_back(slot);
    }
  }
  for (auto& [collective, slots] : collectives) {
    std::sort(slots.begin(), slots.end(), [&](std::uint32_t a, std::uint32_t b) {
      return std::tie(events[a].date, events[a].id) < std::tie(events[b].date, events[b].id);
    });
    // Each meeting against the earlier ones of the last kRepeatDays days: groups are one
    // organization's meetings, a handful, so the window scan stays short.
    for (std::size_t i = 1; i < slots.size(); ++i) {
      const EventRecord& later = events[slots[i]];
      for (std::size_t j = i; j-- > 0;) {
        const EventRecord& earlier = events[slots[j]];
        if (later.date - earlier.date > kRepeatDays) break;
        if (ShareSegment(later, earlier)) {
          checks[slots[i]].flags |= kRepeatCollective;
          checks[slots[i]].repeat_of = earlier.id;
          break;
        }
      }
    }
  }
  return checks;
}

std::vector<FlaggedFigure> ListFlagged(const CampaignCache& cache, const Filter& filter) {
  const std::uint32_t region = cache.places().Find(filter.region_code);
  const std::uint32_t segment = cache.segment_codes().Find(filter.segment);
  std::vector<FlaggedFigure> flagged;
  for (const EventRecord& event : cache.events()) {
    if (!event.flags || !Checkable(event) || !cache.Matches(event, filter, region, segment)) {
      continue;
    }
    FlaggedFigure figure;
    figure.event_id = event.id;
    figure.date = event.date;
    figure.region_code = cache.places().CodeOf(event.region);
    figure.place_code = cache.places().CodeOf(event.place);
    figure.attendance = *event.attendance;
    figure.state = cache.StateOf(event);
    const std::string low = Grouped(event.attendance->low);
    if (event.flags & kOverHeadcount) {
      const std::int64_t headcount = *Headcount(cache, event);
      figure.reasons.push_back({"over_headcount",
                                "at least " + low + " people, but the host organization has " +
                                    Grouped(headcount) + " on record",
                                headcount});
    }
    if (event.flags & kOverCapacity) {
      const std::int64_t capacity = *cache.VenueCapacity(event.place, event.venue_key);
      figure.reasons.push_back(
          {"over_capacity", "at least " + low + " people, but the venue holds " + Grouped(capacity),
           capacity});
    }
    if (event.flags & kOverPopulation) {
      const auto population = Population(cache, event.place);
      figure.reasons.push_back({"over_population",
                                "at least " + low + " people, but " + population->second->name_ru +
                                    " has " + Grouped(population->first) + " inhabitants",
                                population->first});
    }
    if (event.flags & kRepeatCollective) {
      figure.reasons.push_back({"repeat_collective",
                                "the same collective and audience were counted at event " +
                                    std::to_string(event.repeat_of) + " within " +
                                    std::to_string(kRepeatDays) + " days before",
                                0, event.repeat_of});
    }
    flagged.push_back(std::move(figure));
  }
  std::sort(flagged.begin(), flagged.end(), [](const FlaggedFigure& a, const FlaggedFigure& b) {
    const bool a_waits = a.state == FigureState::kFlagged;
    const bool b_waits = b.state == FigureState::kFlagged;
    return std::tie(b_waits, a.date, a.event_id) < std::tie(a_waits, b.date, b.event_id);
  });
  return flagged;
}

}  // namespace kenes::analytics
