// One meeting told twice, the lead about the whole region, and the headline (assembler.h).
#include <algorithm>

#include "extract/assembler.h"

namespace kenes::extract::assembly {

// An earlier event this one describes again: the same host, or the same audience at the same
// place and venue. A meeting on another day, or one the text says comes next ("Затем ...
// прошла встреча", "Сондай-ақ ... кездесу өткізді"), is another meeting.
int Assembler::SameMeeting(const Working& candidate) const {
  if (AnnouncesAnother(candidate)) return -1;
  for (std::size_t e = 0; e < events_.size(); ++e) {
    const Working& event = events_[e];
    const bool same_host =
        candidate.host >= 0 && event.host >= 0 &&
        m_.organizations[candidate.host].name == m_.organizations[event.host].name;
    const bool same_audience =
        !candidate.draft.audience.empty() && AudienceCodes(candidate) == AudienceCodes(event) &&
        candidate.place && event.place && candidate.place->name == event.place->name;
    const bool place_conflict =
        candidate.place && event.place && candidate.place->name != event.place->name;
    const bool date_conflict =
        candidate.draft.date && event.draft.date && *candidate.draft.date != *event.draft.date;
    if ((same_host || same_audience) && !place_conflict && !date_conflict) {
      return static_cast<int>(e);
    }
  }
  return -1;
}

bool Assembler::AnnouncesAnother(const Working& candidate) const {
  return text_.IsOneOfPhrases(text_.sentence(candidate.first_sentence).begin,
                              words::kNextMeetingOpeners);
}

std::set<std::string> Assembler::AudienceCodes(const Working& event) {
  std::set<std::string> codes;
  for (const DraftAudience& a : event.draft.audience) codes.insert(a.code);
  return codes;
}

void Assembler::Merge(Working& into, Working from) {
  for (DraftAudience& a : from.draft.audience) {
    if (std::none_of(into.draft.audience.begin(), into.draft.audience.end(),
                     [&](const DraftAudience& b) { return a.code == b.code; })) {
      into.draft.audience.push_back(std::move(a));
    }
  }
  if (!into.place) {
    into.place = from.place;
    into.sentence_places = from.sentence_places;
  }
  if (into.venue < 0) into.venue = from.venue;
  if (into.host < 0) into.host = from.host;
  if (!into.draft.date) {
    into.draft.date = from.draft.date;
    into.draft.date_span = from.draft.date_span;
  }
  for (const std::size_t p : from.speakers) AddSpeaker(into, p);
  for (std::string& org : from.draft.organizations) {
    if (std::find(into.draft.organizations.begin(), into.draft.organizations.end(), org) ==
        into.draft.organizations.end()) {
      into.draft.organizations.push_back(std::move(org));
    }
  }
  into.sentences.push_back(from.first_sentence);
  into.last_sentence = std::max(into.last_sentence, from.last_sentence);
}

// The lead ("обсудили с жителями Карагандинской области ключевые положения") names the
// region and its residents at large: with meetings of its own in the text, it is no meeting.
void Assembler::DropUmbrella() {
  if (events_.size() < 2) return;
  for (auto it = events_.begin(); it != events_.end();) {
    const Working& event = *it;
    const bool residents_only =
        event.draft.audience.empty() ||
        (event.draft.audience.size() == 1 && (event.draft.audience[0].code == "residents" ||
                                              event.draft.audience[0].code == "civil_society"));
    const bool region_only = !event.place || event.place->kind == PlaceKind::kRegion;
    if (residents_only && region_only && event.host < 0 && event.venue < 0 &&
        event.speakers.empty() && event.draft.kind == EventKind::kMeeting &&
        it == events_.begin()) {
      if (event.place && out_.region.empty()) SetDocumentRegion(*event.place);
      it = events_.erase(it);
      continue;
    }
    ++it;
  }
}

// A headline that says a meeting was held ("В Шымкенте прошла встреча со студентами") is the
// meeting the text then tells of, not another one: it lends that meeting what it names.
void Assembler::MergeHeadline() {
  if (events_.size() < 2) return;
  Working& headline = events_[0];
  Working& body = events_[1];
  if (!IsHeadline(headline) || body.paragraph == 0) return;
  const bool place_conflict = headline.place && body.place &&
                              headline.place->name != body.place->name &&
                              Specificity(*headline.place) >= Specificity(*body.place);
  const std::set<std::string> a = AudienceCodes(headline), b = AudienceCodes(body);
  const bool audience_fits = a.empty() || b.empty() ||
                             std::includes(b.begin(), b.end(), a.begin(), a.end()) ||
                             std::includes(a.begin(), a.end(), b.begin(), b.end());
  if (place_conflict || !audience_fits) return;
  Working merged = MergedIntoBody(std::move(headline), std::move(body));
  events_.erase(events_.begin(), events_.begin() + 2);
  events_.insert(events_.begin(), std::move(merged));
}

// A headline is the first paragraph's line without a full stop.
bool Assembler::IsHeadline(const Working& event) const {
  const Sentence& line = text_.sentence(event.first_sentence);
  return event.paragraph == 0 && !text_.Is(line.end - 1, ".");
}

// The meeting a headline announced, as the body tells it: the body's evidence and span, and
// what only the headline says.
Working Assembler::MergedIntoBody(Working headline, Working body) {
  const SentenceIndex first = body.first_sentence, last = body.last_sentence;
  Merge(body, std::move(headline));
  body.first_sentence = first;
  body.last_sentence = last;
  return body;
}

}  // namespace kenes::extract::assembly
