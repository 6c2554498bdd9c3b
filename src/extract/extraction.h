// What the extractor reads out of one press release: draft events for a person to confirm,
// correct or reject, and the people, organizations, campaign-level claims, dates and imprint the
// text names. Every fact carries the span of the input it was read from: byte offsets into the
// input exactly as given (through markup, normalization and all), half-open [begin, end).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/attendance.h"
#include "core/date.h"
#include "core/event.h"
#include "core/organization.h"
#include "extract/language.h"
#include "extract/lexicon.h"
#include "extract/units.h"

namespace kenes::extract {

struct DraftSpeaker {
  std::string name;   // nominative
  std::string title;  // nominative singular, may be empty
  ByteSpan span;      // where the text names them at this meeting
};

struct DraftAudience {
  std::string code;  // a segment code of data/segments.csv
  ByteSpan span;
};

struct DraftAttendance {
  Attendance attendance;
  ByteSpan span;
};

// Where a fact of an event came from. A fact the meeting does not state itself is taken from
// the document (its date and region) or from the meeting before it in the same paragraph (its
// settlement); `inherited` says so, and the span then points at the words it was taken from.
struct DraftEvent {
  EventKind kind = EventKind::kMeeting;
  Language language = Language::kUnknown;  // of the sentences that tell of it
  ByteSpan kind_span;
  std::optional<Date> date;
  ByteSpan date_span;
  std::string settlement;  // empty when not known
  std::string district;
  std::string region;
  std::string place_code;  // KATO code of the most specific place known, empty when none
  ByteSpan place_span;     // the settlement or district the meeting names
  ByteSpan region_span;
  std::string venue;
  ByteSpan venue_span;
  std::string host_organization;
  ByteSpan host_span;
  std::vector<std::string> organizations;  // every organization the meeting names
  std::vector<DraftAudience> audience;
  std::optional<DraftAttendance> attendance;
  std::vector<DraftSpeaker> speakers;
  std::vector<std::string> inherited;  // fields not stated by the meeting: "date", "region", ...
  ByteSpan span;                       // the sentences that describe the meeting
  double confidence = 0;
};

struct ExtractedPerson {
  std::string name;
  std::string title;
  ByteSpan span;  // first mention
};

struct ExtractedOrganization {
  std::string name;
  OrgKind kind = OrgKind::kOther;
  std::string parent;  // the organization it belongs to, empty when none
  ByteSpan span;       // first mention
};

// A campaign-level figure: "пять политических партий", "порядка 5 миллионов казахстанцев",
// "десятки тысяч мероприятий". Not an event, and never summed with attendance.
struct Claim {
  Attendance figure;
  std::string counted;  // the noun phrase counted, as written: "политических партий"
  ClaimTopic topic = ClaimTopic::kPeople;
  ByteSpan span;
};

struct ExtractedDate {
  Date date;
  ByteSpan span;
};

struct ImprintValue {
  std::string value;
  ByteSpan span;
};

struct Imprint {
  std::optional<ImprintValue> made_by;
  std::optional<ImprintValue> ordered_by;
  std::optional<ImprintValue> paid_by;
  ByteSpan span;
};

struct Extraction {
  // The document's language; a third one (Uzbek, Kyrgyz, Tajik, English) gives no events.
  Language language = Language::kUnknown;
  std::optional<Date> date;  // of the document
  ByteSpan date_span;
  std::string region;  // the region the document is about, empty when not known
  std::string region_code;
  ByteSpan region_span;
  std::vector<DraftEvent> events;
  std::vector<ExtractedPerson> people;
  std::vector<ExtractedOrganization> organizations;
  std::vector<Claim> claims;
  std::vector<ExtractedDate> dates;
  std::optional<Imprint> imprint;
  bool from_markup = false;  // the input was HTML; spans still point into it
  std::size_t input_bytes = 0;
};

}  // namespace kenes::extract
