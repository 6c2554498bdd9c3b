// The release writer: a press release written from confirmed events, in Russian or Kazakh, in
// the genre of the campaign's releases (a headline; a lead with the date and the region; the
// delegation; a paragraph a meeting telling where it was, whom it was with, how many came, who
// spoke, which provisions were discussed and what people asked). Every fact comes from the
// request; nothing is added. A figure is said in the event's own words when they are in the
// release's language, else with the same qualifier in it (attendance_words.h). The imprint is not
// part of the text: core's ExportedText prints it after the body.
//
// What it writes reads back through kenes' own intake (src/extract) to the same meetings, places,
// dates, figures and speakers: tests/publish/round_trip_test.cc proves it on generated releases.
// Pure: no I/O, no state; any number of threads may call it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/event.h"
#include "core/organization.h"
#include "core/person.h"
#include "core/place.h"
#include "core/publication.h"

namespace kenes::publish {

// One confirmed event and what the ledger knows about it.
struct ReleaseMeeting {
  Event event;                // status held
  std::vector<Place> places;  // event.place_code's place up to its region, most specific first
  std::optional<Organization> host;
  std::vector<Organization> organizers;
  std::vector<Person> delegation;  // the title on the event's date is TitleOn(person, event.date)
  std::vector<Segment> audience;
  std::vector<Provision> provisions;
  std::vector<std::string> questions;  // what people asked at the meeting (feedback), as written
};

struct ReleaseRequest {
  PublicationLanguage language = PublicationLanguage::kRussian;
  std::vector<ReleaseMeeting> meetings;  // in the order to tell them; at least one
};

struct WrittenRelease {
  std::string title;
  std::string text;  // the body; the imprint is not part of it
};

// REQUIRES: request.meetings is not empty, and each meeting's `places` is not empty (the caller
// resolved event.place_code). A violated precondition is a bug: std::invalid_argument.
WrittenRelease WriteRelease(const ReleaseRequest& request);

}  // namespace kenes::publish
