// Whether a newly reported meeting is one already stored: a party and an akimat both publish the
// same meeting, and it must be counted once.
//
// Two reports can be of one meeting when they fall within a day of each other (the caller's
// search), their places are the same or one lies inside the other (a release may name only the
// region), and nothing sets them apart: not two different hosts, venues, audiences, or figures
// that cannot both be true. They are taken to be one when, besides, they share the venue, the
// host, or most of the audience. Among several candidates the best scored is the one.
#pragma once

#include <optional>
#include <string>

#include "core/event.h"

namespace kenes {

// A meeting as compared: the event (with region_code and district_code filled in) and the name
// people would know it by: its venue, else its host's name, else its title.
struct MeetingReport {
  const Event& event;
  std::string name;
};

// How surely `reported` is `stored` reported again (higher is surer), or nullopt when the two
// cannot be the same meeting or share nothing beyond place and day.
std::optional<double> SameMeetingScore(const MeetingReport& stored, const MeetingReport& reported);

// The name of a meeting as MeetingReport wants it.
std::string MeetingName(const Event& event, const std::string& host_name);

// A name reduced to the set of its words, so "«Қаратал» КМП" and "КМП «Қаратал»" compare equal.
std::string NameKey(const std::string& name);

}  // namespace kenes
