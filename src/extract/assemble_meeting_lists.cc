// Several meetings told together: lists of meetings, and one meeting in each joined place
// (assembler.h).
#include <algorithm>

#include "extract/assembler.h"

namespace kenes::extract::assembly {
namespace {

// A list's lead is one of the three sentences before its first line: the lead itself, and a
// sentence or two between it and the list (who took part, when) that name no meeting.
constexpr std::size_t kListLeadReach = 3;

}  // namespace

// A line of a list of meetings: a place at its start (after a bullet, if any), then a dash, a
// colon or a bracket, then a figure ("с. Торайгыр – 85;", "п. Осакаровка (около 150
// человек),"). Returns the place.
const PlaceMention* Assembler::ListItemPlace(const Sentence& sentence) const {
  if (!text_.token(sentence.begin).Has(kLineBefore) &&
      !text_.token(sentence.begin).Has(kParagraphBefore)) {
    return nullptr;
  }
  TokenIndex start = sentence.begin;
  if (const Token& bullet = text_.token(start);
      bullet.kind != TokenKind::kWord && bullet.kind != TokenKind::kNumber &&
      bullet.kind != TokenKind::kOpenQuote && start + 1 < sentence.end) {
    ++start;
  }
  // Mentions are in the order of the text: a binary search, as this asks every line.
  const auto place = std::lower_bound(
      m_.places.begin(), m_.places.end(), start,
      [](const PlaceMention& p, TokenIndex token) { return p.first_token < token; });
  if (place == m_.places.end() || place->first_token != start) return nullptr;
  const TokenIndex mark = place->end_token;
  if (mark + 1 >= sentence.end || text_.in_speech[mark]) return nullptr;
  const bool separator =
      text_.token(mark).kind == TokenKind::kDash || text_.Is(mark, "(") || text_.Is(mark, ":");
  if (!separator) return nullptr;
  const auto figure = std::lower_bound(
      m_.figures.begin(), m_.figures.end(), mark + 1,
      [](const FigureMention& f, TokenIndex token) { return f.first_token < token; });
  if (figure == m_.figures.end() || figure->first_token != mark + 1) return nullptr;
  return &*place;
}

// A meeting noun or verb: "встречи", "встретились".
bool Assembler::NamesMeetings(TokenIndex t) const {
  return MeetingNounAt(text_, t, nullptr) ||
         (!text_.in_speech[t] && text_.HasClass(t, LexClass::kMeetingVerb));
}

// The sentence a list of meetings follows: one of the three before line `s` that names
// meetings ("встречи прошли в следующих населенных пунктах:", "встретились с жителями сел
// района:"), or none.
std::optional<SentenceIndex> Assembler::ListLead(SentenceIndex s) const {
  for (SentenceIndex k = s; !k.IsFirst() && k + kListLeadReach > s;) {
    --k;
    const Sentence& sentence = text_.sentence(k);
    for (TokenIndex t = sentence.begin; t < sentence.end; ++t) {
      if (NamesMeetings(t)) return k;
    }
  }
  return std::nullopt;
}

// A meeting with no settlement, host or venue of its own: in a list's lead, its heading.
bool Assembler::IsHeading(const Working& event) const {
  const PlaceKind kind = !event.place           ? PlaceKind::kRegion
                         : event.place->place() ? event.place->place()->kind
                                                : event.place->kind;
  const bool settlement =
      kind == PlaceKind::kCity || kind == PlaceKind::kSettlement || kind == PlaceKind::kVillage;
  return !settlement && event.host < 0 && event.venue < 0;
}

// The first sentence of the lead's paragraph: what the list's lead says of its meetings
// (whom with, where, when) may be said in the sentences before it.
SentenceIndex Assembler::LeadBegin(SentenceIndex lead) const {
  const auto& sentences = text_.sentences();
  SentenceIndex k = lead;
  while (!k.IsFirst() && sentences[k - 1].paragraph == sentences[lead].paragraph) --k;
  return k;
}

// One line of a list: a meeting at its place, of the kind, with the audience, region and date
// its lead gives.
Working Assembler::ListItem(SentenceIndex s, const PlaceMention& place, SentenceIndex lead) {
  const auto& sentences = text_.sentences();
  Working event;
  event.first_sentence = event.last_sentence = s;
  event.sentences.push_back(s);
  event.paragraph = sentences[s].paragraph;
  event.list_item = true;
  event.place = &place;
  event.sentence_places.push_back(&place);
  DraftEvent& draft = event.draft;
  const SentenceIndex begin = LeadBegin(lead);
  TokenIndex verb = kNoToken;  // the lead's first word of meeting
  std::vector<const PlaceMention*> around;
  for (SentenceIndex k = begin; k <= lead; ++k) {
    const Sentence& sentence = sentences[k];
    for (TokenIndex t = sentence.begin; t < sentence.end; ++t) {
      if (!NamesMeetings(t)) continue;
      LexHit noun;
      if (k == lead && draft.kind_span.empty() && MeetingNounAt(text_, t, &noun)) {
        draft.kind = static_cast<EventKind>(noun.entry->value);
        draft.kind_span = text_.token(t).span;
      }
      if (k == lead && verb == kNoToken) verb = t;
      // "встречи с населением", "серия встреч ... с сельскими жителями", "встретились с
      // жителями сел района": whom with.
      for (TokenIndex w = t + 1; w < sentence.end; ++w) {
        if (text_.IsOneOf(w, words::kWith)) {
          AddAudience(event, w + 1, ClauseEnd(w + 1, sentence.end));
          break;
        }
      }
    }
    for (const PlaceMention& other : m_.places) {
      if (other.first_token >= sentence.begin && other.first_token < sentence.end) {
        around.push_back(&other);
      }
    }
    for (const DateMention& date : m_.dates) {
      if (!draft.date && !date.header && date.first_token >= sentence.begin &&
          date.first_token < sentence.end) {
        draft.date = date.date;
        draft.date_span = date.span;
      }
    }
  }
  // "встретились с жителями сел района:" names no meeting noun: a meeting, told by its verb.
  if (draft.kind_span.empty() && verb != kNoToken) draft.kind_span = text_.token(verb).span;
  std::stable_sort(around.begin(), around.end(), [](const PlaceMention* a, const PlaceMention* b) {
    return Specificity(*a) > Specificity(*b);
  });
  event.sentence_places.insert(event.sentence_places.end(), around.begin(), around.end());
  return event;
}

// "На каждой встрече", "на всех встречах", "во всех встречах".
bool Assembler::OfEveryMeeting(const Sentence& sentence) const {
  for (TokenIndex k = sentence.begin + 1; k < sentence.end; ++k) {
    if (text_.IsOneOf(k - 1, words::kEvery) && MeetingNounAt(text_, k, nullptr)) {
      return true;
    }
  }
  return false;
}

// Meetings named in the plural in the places a sentence joins with "и" or a comma
// ("встречи с жителями прошли в Нуре и Осакаровке"): one event in each. Empty when the
// sentence names one meeting or one place.
std::vector<Working> Assembler::OnePerPlace(const Working& candidate, const Trigger& trigger,
                                            const Sentence& sentence) const {
  std::vector<Working> each;
  LexHit noun;
  if (trigger.noun == kNoToken || !MeetingNounAt(text_, trigger.noun, &noun) ||
      !(noun.forms & kNominativePlural) || text_.KazakhAt(trigger.verb)) {
    return each;
  }
  const auto settlement = [](const PlaceMention& place) {
    const PlaceKind kind = place.place() ? place.place()->kind : place.kind;
    return kind == PlaceKind::kCity || kind == PlaceKind::kSettlement ||
           kind == PlaceKind::kVillage;
  };
  std::vector<const PlaceMention*> joined;
  for (const PlaceMention& place : m_.places) {
    if (place.first_token < sentence.begin || place.first_token >= sentence.end ||
        !settlement(place)) {
      continue;
    }
    if (!joined.empty()) {
      const PlaceMention& last = *joined.back();
      if (!Joined(last, place)) {
        if (joined.size() >= 2) break;
        joined.clear();
      }
    }
    joined.push_back(&place);
  }
  if (joined.size() < 2) return each;
  for (const PlaceMention* place : joined) {
    Working event = candidate;
    event.place = place;
    event.sentence_places.clear();
    event.sentence_places.push_back(place);
    for (const PlaceMention* other : candidate.sentence_places) {
      if (std::find(joined.begin(), joined.end(), other) == joined.end()) {
        event.sentence_places.push_back(other);
      }
    }
    each.push_back(std::move(event));
  }
  return each;
}

// Whether place `next` is joined to place `last` by "и" or a comma, after the bracket that may
// follow `last` ("в селах Ботакара (120 человек), Умет").
bool Assembler::Joined(const PlaceMention& last, const PlaceMention& next) const {
  return JoinedPlaces(text_, last.end_token, next.first_token);
}

}  // namespace kenes::extract::assembly
