#include "extract/events.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/utf8.h"
#include "extract/audience.h"

namespace kenes::extract {
namespace {

constexpr std::uint32_t kNoToken = 0xFFFFFFFF;
// How many tokens from its verb a meeting noun may stand: "встреча ... состоялась" in Russian;
// Kazakh ends the sentence with the verb and may put the place, venue and partner between.
constexpr std::uint32_t kNounReach = 6;
constexpr std::uint32_t kKazakhNounReach = 14;

// Words that end the clause a meeting's partner is named in: "..., где", "..., в ходе".
constexpr std::string_view kClauseEnders[] = {"где",   "которые",  "который",  "которая",
                                              "что",   "чтобы",    "после",    "а",
                                              "когда", "сообщает", "передает", "пишет"};

struct Trigger {
  std::uint32_t verb = kNoToken;
  std::uint32_t noun = kNoToken;           // the meeting noun, if any
  std::uint16_t how = 0;                   // MeetingVerb
  std::uint32_t partner_begin = kNoToken;  // the clause after "с", if any
  std::uint32_t partner_end = kNoToken;
  bool plural_noun = false;
  // A Kazakh meeting noun in the dative ("Кездесуге 200 адам қатысты"): the meeting people came
  // to, most often the one just told.
  bool oblique = false;
  int visited = -1;  // "посетили школу": the organization visited, an index into organizations
};

// An event while it is being assembled.
struct Working {
  DraftEvent draft;
  std::uint32_t first_sentence = 0;
  std::uint32_t last_sentence = 0;
  std::uint32_t paragraph = 0;
  const PlaceMention* place = nullptr;               // the most specific place the meeting names
  std::vector<const PlaceMention*> sentence_places;  // all it names, most specific first
  int host = -1;                                     // index into mentions.organizations
  int venue = -1;
  bool partner = false;                  // the trigger named whom the meeting was with
  std::vector<std::size_t> speakers;     // indices into mentions.people.people
  std::vector<std::uint32_t> sentences;  // every sentence that tells of it
  bool list_item = false;  // a line of a list of meetings: its bare figure is its attendance
};

bool MeetingNounAt(const AnnotatedText& text, std::size_t i, LexHit* hit) {
  if (i >= text.size() || text.in_speech[i]) return false;
  return text.HasEntry(i, LexClass::kMeetingNoun, hit);
}

class Assembler {
 public:
  Assembler(const Mentions& mentions, const Gazetteer& gazetteer,
            std::optional<Date> reference_date)
      : m_(mentions), text_(mentions.text), gazetteer_(gazetteer), reference_(reference_date) {}

  Extraction Run() {
    out_.language = text_.language;
    ReadDocumentDate();
    ReadDocumentRegion();
    // A text in a language kenes does not read gives no events: its words would be misread.
    if (IsRead(text_.language)) BuildEvents();
    DropUmbrella();
    MergeHeadline();
    ResolvePlaces();
    AssignFigures();
    InheritSameDay();
    for (Working& event : events_) Finish(event);
    for (Working& event : events_) out_.events.push_back(std::move(event.draft));
    ListPeople();
    ListOrganizations();
    ListDatesAndImprint();
    return std::move(out_);
  }

 private:
  // ---- the document ----

  void ReadDocumentDate() {
    for (const DateMention& date : m_.dates) {
      if (date.header) {
        out_.date = date.date;
        out_.date_span = date.span;
        return;
      }
    }
    // A dateline ("Астана, 13 марта 2026 года") or the first date of the first paragraph.
    for (const DateMention& date : m_.dates) {
      if (text_.SentenceAt(date.first_token).paragraph == 0) {
        out_.date = date.date;
        out_.date_span = date.span;
        return;
      }
    }
    if (reference_) out_.date = *reference_;
  }

  void ReadDocumentRegion() {
    for (const PlaceMention& place : m_.places) {
      if (place.kind == PlaceKind::kRegion ||
          (place.place() && place.place()->level == PlaceLevel::kRegion)) {
        SetDocumentRegion(place);
        return;
      }
    }
    for (const PlaceMention& place : m_.places) {
      if (!place.place()) continue;
      if (const Place* region = gazetteer_.RegionOf(place.place()->code)) {
        out_.region = region->name_ru;
        out_.region_code = region->code;
        out_.region_span = place.span;
        return;
      }
    }
  }

  void SetDocumentRegion(const PlaceMention& place) {
    out_.region = place.place() ? place.place()->name_ru : place.name;
    out_.region_code = place.place() ? place.place()->code : "";
    out_.region_span = place.span;
    region_is_city_ = place.place() && place.place()->kind == PlaceKind::kCity;
  }

  // ---- meetings ----

  std::uint32_t ClauseEnd(std::uint32_t from, std::uint32_t sentence_end) const {
    for (std::uint32_t k = from; k < sentence_end; ++k) {
      if (text_.Is(k, ";")) return k;
      if (text_.Is(k, ",") && k + 1 < sentence_end &&
          (std::find(std::begin(kClauseEnders), std::end(kClauseEnders), text_.Fold(k + 1)) !=
               std::end(kClauseEnders) ||
           (text_.Is(k + 1, "в") && text_.Is(k + 2, "ходе")))) {
        return k;
      }
    }
    return sentence_end;
  }

  bool HasPartner(std::uint32_t begin, std::uint32_t end) const {
    if (!FindAudience(text_, begin, end, m_.organizations).empty()) return true;
    return std::any_of(
        m_.organizations.begin(), m_.organizations.end(),
        [&](const OrgMention& org) { return org.first_token >= begin && org.first_token < end; });
  }

  std::optional<Trigger> FindTrigger(const Sentence& sentence) const {
    for (std::uint32_t v = sentence.begin; v < sentence.end; ++v) {
      if (text_.in_speech[v]) continue;
      LexHit verb;
      if (!text_.HasClass(v, LexClass::kMeetingVerb, &verb)) continue;
      if (v > sentence.begin && text_.Is(v - 1, "не")) continue;
      // "атап өтті" (noted) is said, not held.
      if (v > sentence.begin && text_.Is(v - 1, "атап")) continue;
      Trigger trigger;
      trigger.verb = v;
      trigger.how = verb.entry->value;
      // A meeting noun beside the verb: "встреча состоялась", "прошла встреча", "провели
      // итоговое заседание".
      // The noun is the verb's subject or object, so in the nominative or accusative: not the
      // "диалога" of "прошла в формате открытого диалога" (a masculine thing's accusative is
      // its nominative; "-а" is its genitive).
      // A Kazakh meeting noun is the verb's subject or object in the nominative or accusative,
      // or where people came to in the dative ("Кездесуге ... қатысты").
      const auto subject_or_object = [](const LexHit& noun) {
        if (noun.entry->paradigm == Paradigm::kKazakh) {
          return HasCase(noun.forms, Case::kNominative) || HasCase(noun.forms, Case::kAccusative) ||
                 HasCase(noun.forms, Case::kDative);
        }
        return HasCase(noun.forms, Case::kNominative) ||
               (HasCase(noun.forms, Case::kAccusative) && noun.entry->gender != Gender::kMasculine);
      };
      // Kazakh puts the verb last, often far after its noun: "Келесі кездесу Қарағанды
      // қаласындағы техникалық университетте студенттермен өтті".
      const std::uint32_t reach = text_.KazakhAt(v) ? kKazakhNounReach : kNounReach;
      std::uint32_t best_distance = reach + 1;
      for (std::uint32_t k = v > sentence.begin + reach ? v - reach : sentence.begin;
           k < sentence.end && k <= v + reach; ++k) {
        LexHit noun;
        if (k == v || !MeetingNounAt(text_, k, &noun) || text_.Is(k - 1, "ходе") ||
            !subject_or_object(noun)) {
          continue;
        }
        const std::uint32_t distance = k < v ? v - k : k - v;
        if (distance < best_distance) {
          best_distance = distance;
          trigger.noun = k;
          // Kazakh counts in the singular: "1200-ден астам кездесу өтті" is many meetings.
          const bool counted =
              k > sentence.begin && text_.KazakhAt(k) &&
              std::any_of(m_.figures.begin(), m_.figures.end(),
                          [&](const FigureMention& f) { return f.end_token == k; });
          trigger.plural_noun = !(noun.forms & kAnySingular) || counted;
          trigger.oblique = noun.entry->paradigm == Paradigm::kKazakh &&
                            !HasCase(noun.forms, Case::kNominative) &&
                            !HasCase(noun.forms, Case::kAccusative);
        }
      }
      // "проведены десятки тысяч мероприятий": many meetings are a claim, not one meeting.
      if (trigger.plural_noun) continue;
      // Whom with: "с" after the verb or the noun, whichever comes first ("Встреча с
      // коллективом больницы прошла"); in Kazakh, the words before them that end in -мен
      // ("«Қаратал» КМП ұжымымен кездесу өткізді").
      const std::uint32_t after = trigger.noun != kNoToken ? std::min(v, trigger.noun) : v;
      if (text_.KazakhAt(v)) {
        FindKazakhPartner(sentence, v, trigger);
      } else {
        for (std::uint32_t k = after + 1; k < sentence.end; ++k) {
          if ((text_.Is(k, "с") || text_.Is(k, "со")) && !text_.in_speech[k]) {
            trigger.partner_begin = k + 1;
            trigger.partner_end = ClauseEnd(k + 1, sentence.end);
            break;
          }
        }
      }
      const bool partner = trigger.partner_begin != kNoToken &&
                           HasPartner(trigger.partner_begin, trigger.partner_end);
      if (!partner) trigger.partner_begin = trigger.partner_end = kNoToken;
      bool ok = false;
      if (trigger.how & kWithPartner) ok = ok || partner;
      if (trigger.how & kWithNoun) ok = ok || trigger.noun != kNoToken;
      if (trigger.how & kGathering) {
        ok = ok || !FindAudience(text_, sentence.begin, sentence.end, m_.organizations).empty();
      }
      if (trigger.how & kVisit) {
        for (std::size_t o = 0; o < m_.organizations.size() && trigger.visited < 0; ++o) {
          const OrgMention& org = m_.organizations[o];
          if (org.first_token > v && org.first_token <= v + 3) {
            trigger.visited = static_cast<int>(o);
            ok = true;
          }
        }
      }
      if (ok) return trigger;
    }
    return std::nullopt;
  }

  // The Kazakh partner: the noun phrase that ends in an instrumental (-мен, -бен, -пен) before
  // token `before`, back to the subject, a comma or a person's name.
  void FindKazakhPartner(const Sentence& sentence, std::uint32_t before, Trigger& trigger) const {
    std::uint32_t last = kNoToken;
    for (std::uint32_t k = before; k-- > sentence.begin;) {
      if (text_.in_speech[k] || !text_.token(k).IsWord()) continue;
      if (KazakhInstrumental(k)) {
        last = k;
        break;
      }
    }
    if (last == kNoToken) return;
    std::uint32_t first = last;
    const auto& people = m_.people.people;
    while (first > sentence.begin) {
      const std::uint32_t k = first - 1;
      if (text_.Is(k, ",") || text_.Is(k, ";") || text_.Is(k, ":") || text_.in_speech[k] ||
          MeetingNounAt(text_, k, nullptr)) {
        break;
      }
      if (std::any_of(people.begin(), people.end(),
                      [&](const PersonMention& p) { return p.end_token == first; })) {
        break;
      }
      // The subject: "Коалиция мүшелері", "депутаттар", "делегация" in the nominative.
      bool subject = false;
      for (const LexHit& hit : text_.hits[k]) {
        const LexClass cls = hit.entry->cls;
        subject =
            subject || ((cls == LexClass::kRoleNoun || cls == LexClass::kTitle) &&
                        (hit.forms & kNominativeAny) && hit.entry->paradigm == Paradigm::kKazakh);
      }
      // "ұстаздар ұжымымен": a noun of an audience is the partner, though it may be a title.
      subject = subject && !text_.HasClass(k, LexClass::kAudience);
      if (subject) break;
      first = k;
    }
    trigger.partner_begin = first;
    trigger.partner_end = last + 1;
  }

  // A word in the instrumental: a Kazakh noun the lexicon knows in that form, or any word (a
  // name, "КМП-мен") written with the suffix.
  bool KazakhInstrumental(std::uint32_t k) const {
    for (const LexHit& hit : text_.hits[k]) {
      if (hit.entry->paradigm == Paradigm::kKazakh && HasCase(hit.forms, Case::kInstrumental)) {
        return true;
      }
    }
    // Not "мен", "пен" alone: the conjunction "and" ("Сайров пен Нұрланова").
    const std::string_view word = text_.Fold(k);
    return word.size() > std::string_view("мен").size() &&
           (word.ends_with("мен") || word.ends_with("бен") || word.ends_with("пен"));
  }

  void BuildEvents() {
    const auto& sentences = text_.segmented.sentences;
    int current = -1;
    // The list of meetings being read ("с. Торайгыр – 85;" line after line): the sentence that
    // leads it, and its events.
    std::uint32_t list_lead = kNoToken;
    std::vector<int> list_events;
    for (std::uint32_t s = 0; s < sentences.size(); ++s) {
      const Sentence& sentence = sentences[s];
      if (const PlaceMention* place = ListItemPlace(sentence)) {
        const std::uint32_t lead =
            list_events.empty() || list_lead == kNoToken ? ListLead(s) : list_lead;
        if (lead != kNoToken) {
          // The lead ("встречи прошли в следующих населенных пунктах:") and its paragraph's
          // meetings of no one place ("прошли разъяснительные встречи" in the district) are the
          // list's heading, not more meetings: its lines are the meetings.
          while (list_events.empty() && !events_.empty() &&
                 events_.back().first_sentence >= LeadBegin(lead) && IsHeading(events_.back())) {
            events_.pop_back();
          }
          list_lead = lead;
          events_.push_back(ListItem(s, *place, lead));
          current = static_cast<int>(events_.size()) - 1;
          list_events.push_back(current);
          continue;
        }
      }
      // "На каждой встрече выступил ...": what the text says of every meeting of its list.
      if (list_events.size() > 1 && OfEveryMeeting(sentence)) {
        for (const int e : list_events) AddSpeakers(events_[e], sentence);
        continue;
      }
      if (const std::optional<Trigger> trigger = FindTrigger(sentence)) {
        list_events.clear();
        list_lead = kNoToken;
        Working candidate = StartEvent(s, *trigger);
        // A meeting sentence that names nobody new and nowhere new goes on with the meeting of
        // its paragraph ("Встреча прошла в Доме дружбы", "Собрались около 70 представителей
        // бизнеса"), and may tell where it was. In a later paragraph it does so when it names
        // nothing at all and does not say it is another meeting ("Встреча прошла в актовом
        // зале школы" after "встретились с педагогами школы"): one meeting told at length.
        // "Кездесуге ... жиналды" after a meeting: who came to it, not another meeting, unless
        // it names whom it was with.
        const bool came_to_it = trigger->oblique && !candidate.partner;
        if (current >= 0 && (((events_[current].paragraph == sentence.paragraph ||
                               NamesNothing(candidate, *trigger, sentence)) &&
                              AddsNothing(events_[current], candidate)) ||
                             (came_to_it && !candidate.place))) {
          Continue(events_[current], s);
          AddDetails(events_[current], candidate);
          continue;
        }
        // "встречи с жителями прошли в Нуре и Осакаровке": one meeting in each place.
        if (std::vector<Working> each = OnePerPlace(candidate, *trigger, sentence); !each.empty()) {
          for (Working& event : each) events_.push_back(std::move(event));
          current = static_cast<int>(events_.size()) - 1;
          continue;
        }
        if (const int same = SameMeeting(candidate); same >= 0) {
          if (IsHeadline(events_[same])) {
            // The text tells of the meeting its headline announced: the telling leads.
            events_[same] = MergedIntoBody(std::move(events_[same]), std::move(candidate));
          } else {
            Merge(events_[same], std::move(candidate));
          }
          current = same;
          continue;
        }
        events_.push_back(std::move(candidate));
        current = static_cast<int>(events_.size()) - 1;
        continue;
      }
      if (current >= 0) Continue(events_[current], s);
    }
  }

  // ---- lists of meetings ----

  // A line of a list of meetings: a place at its start (after a bullet, if any), then a dash, a
  // colon or a bracket, then a figure ("с. Торайгыр – 85;", "п. Осакаровка (около 150
  // человек),"). Returns the place.
  const PlaceMention* ListItemPlace(const Sentence& sentence) const {
    if (!text_.token(sentence.begin).Has(kLineBefore) &&
        !text_.token(sentence.begin).Has(kParagraphBefore)) {
      return nullptr;
    }
    std::uint32_t start = sentence.begin;
    if (const Token& bullet = text_.token(start);
        bullet.kind != TokenKind::kWord && bullet.kind != TokenKind::kNumber &&
        bullet.kind != TokenKind::kOpenQuote && start + 1 < sentence.end) {
      ++start;
    }
    // Mentions are in the order of the text: a binary search, as this asks every line.
    const auto place = std::lower_bound(
        m_.places.begin(), m_.places.end(), start,
        [](const PlaceMention& p, std::uint32_t token) { return p.first_token < token; });
    if (place == m_.places.end() || place->first_token != start) return nullptr;
    const std::uint32_t mark = place->end_token;
    if (mark + 1 >= sentence.end || text_.in_speech[mark]) return nullptr;
    const bool separator =
        text_.token(mark).kind == TokenKind::kDash || text_.Is(mark, "(") || text_.Is(mark, ":");
    if (!separator) return nullptr;
    const auto figure = std::lower_bound(
        m_.figures.begin(), m_.figures.end(), mark + 1,
        [](const FigureMention& f, std::uint32_t token) { return f.first_token < token; });
    if (figure == m_.figures.end() || figure->first_token != mark + 1) return nullptr;
    return &*place;
  }

  // A meeting noun or verb: "встречи", "встретились".
  bool NamesMeetings(std::uint32_t t) const {
    return MeetingNounAt(text_, t, nullptr) ||
           (!text_.in_speech[t] && text_.HasClass(t, LexClass::kMeetingVerb));
  }

  // The sentence a list of meetings follows: one of the three before line `s` that names
  // meetings ("встречи прошли в следующих населенных пунктах:", "встретились с жителями сел
  // района:"), or kNoToken.
  std::uint32_t ListLead(std::uint32_t s) const {
    const auto& sentences = text_.segmented.sentences;
    for (std::uint32_t k = s; k-- > 0 && k + 3 >= s;) {
      for (std::uint32_t t = sentences[k].begin; t < sentences[k].end; ++t) {
        if (NamesMeetings(t)) return k;
      }
    }
    return kNoToken;
  }

  // A meeting with no settlement, host or venue of its own: in a list's lead, its heading.
  bool IsHeading(const Working& event) const {
    const PlaceKind kind = !event.place           ? PlaceKind::kRegion
                           : event.place->place() ? event.place->place()->kind
                                                  : event.place->kind;
    const bool settlement =
        kind == PlaceKind::kCity || kind == PlaceKind::kSettlement || kind == PlaceKind::kVillage;
    return !settlement && event.host < 0 && event.venue < 0;
  }

  // The first sentence of the lead's paragraph: what the list's lead says of its meetings
  // (whom with, where, when) may be said in the sentences before it.
  std::uint32_t LeadBegin(std::uint32_t lead) const {
    const auto& sentences = text_.segmented.sentences;
    std::uint32_t k = lead;
    while (k > 0 && sentences[k - 1].paragraph == sentences[lead].paragraph) --k;
    return k;
  }

  // One line of a list: a meeting at its place, of the kind, with the audience, region and date
  // its lead gives.
  Working ListItem(std::uint32_t s, const PlaceMention& place, std::uint32_t lead) {
    const auto& sentences = text_.segmented.sentences;
    Working event;
    event.first_sentence = event.last_sentence = s;
    event.sentences.push_back(s);
    event.paragraph = sentences[s].paragraph;
    event.list_item = true;
    event.place = &place;
    event.sentence_places.push_back(&place);
    DraftEvent& draft = event.draft;
    const std::uint32_t begin = LeadBegin(lead);
    std::uint32_t verb = kNoToken;  // the lead's first word of meeting
    std::vector<const PlaceMention*> around;
    for (std::uint32_t k = begin; k <= lead; ++k) {
      const Sentence& sentence = sentences[k];
      for (std::uint32_t t = sentence.begin; t < sentence.end; ++t) {
        if (!NamesMeetings(t)) continue;
        LexHit noun;
        if (k == lead && draft.kind_span.empty() && MeetingNounAt(text_, t, &noun)) {
          draft.kind = static_cast<EventKind>(noun.entry->value);
          draft.kind_span = text_.token(t).span;
        }
        if (k == lead && verb == kNoToken) verb = t;
        // "встречи с населением", "серия встреч ... с сельскими жителями", "встретились с
        // жителями сел района": whom with.
        for (std::uint32_t w = t + 1; w < sentence.end; ++w) {
          if (text_.Is(w, "с") || text_.Is(w, "со")) {
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
    std::stable_sort(around.begin(), around.end(),
                     [](const PlaceMention* a, const PlaceMention* b) {
                       return Specificity(*a) > Specificity(*b);
                     });
    event.sentence_places.insert(event.sentence_places.end(), around.begin(), around.end());
    return event;
  }

  // "На каждой встрече", "на всех встречах", "во всех встречах".
  bool OfEveryMeeting(const Sentence& sentence) const {
    for (std::uint32_t k = sentence.begin + 1; k < sentence.end; ++k) {
      if ((text_.Is(k - 1, "каждой") || text_.Is(k - 1, "каждом") || text_.Is(k - 1, "всех")) &&
          MeetingNounAt(text_, k, nullptr)) {
        return true;
      }
    }
    return false;
  }

  // A meeting sentence that names nothing of its own (nobody it was with, no host, place or
  // date) and no word that makes it another meeting ("Также прошла встреча", "Следующая
  // встреча", "еще одна").
  bool NamesNothing(const Working& candidate, const Trigger& trigger,
                    const Sentence& sentence) const {
    if (trigger.partner_begin != kNoToken || candidate.host >= 0 || candidate.place ||
        candidate.draft.date || !candidate.draft.audience.empty() || trigger.noun == kNoToken ||
        text_.KazakhAt(trigger.verb)) {
      return false;
    }
    constexpr std::string_view kAnother[] = {"также",  "еще",    "ещё",     "кроме", "затем",
                                             "потом",  "далее",  "позднее", "позже", "вторая",
                                             "второй", "третья", "другая",  "другой"};
    for (std::uint32_t k = sentence.begin; k < sentence.end; ++k) {
      const std::string_view word = text_.Fold(k);
      if (std::find(std::begin(kAnother), std::end(kAnother), word) != std::end(kAnother) ||
          word.starts_with("следующ") || word.starts_with("очередн")) {
        return false;
      }
    }
    return true;
  }

  // Meetings named in the plural in the places a sentence joins with "и" or a comma
  // ("встречи с жителями прошли в Нуре и Осакаровке"): one event in each. Empty when the
  // sentence names one meeting or one place.
  std::vector<Working> OnePerPlace(const Working& candidate, const Trigger& trigger,
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
  bool Joined(const PlaceMention& last, const PlaceMention& next) const {
    return JoinedPlaces(text_, last.end_token, next.first_token);
  }

  // Whether the words before token `at` make what starts there the place something happens:
  // "в", "во", "на", also through a room or building ("в здании", "в актовом зале").
  bool Locative(std::uint32_t at, std::uint32_t begin) const {
    constexpr std::string_view kRooms[] = {"здании",     "зале",     "помещении",     "стенах",
                                           "территории", "площадке", "конференц-зале"};
    std::uint32_t k = at;
    if (k > begin &&
        std::find(std::begin(kRooms), std::end(kRooms), text_.Fold(k - 1)) != std::end(kRooms)) {
      --k;
      if (k > begin && AdjectiveForms(text_.Fold(k - 1)) != 0) --k;  // "актовом"
    }
    return k > begin && (text_.Is(k - 1, "в") || text_.Is(k - 1, "во") || text_.Is(k - 1, "на"));
  }

  // A Kazakh organization in the locative is where something happens: "Мәдениет үйінде",
  // "«Қаратал» КМП-да"; its attributive ("университетіндегі") describes a noun instead.
  bool KazakhLocative(const OrgMention& org) const {
    const std::uint32_t last = org.end_token - 1;
    if (!text_.KazakhAt(last)) return false;
    for (const LexHit& hit : text_.hits[last]) {
      if (hit.entry->paradigm == Paradigm::kKazakh && HasCase(hit.forms, Case::kPrepositional) &&
          !(hit.forms & kKazakhAttributive)) {
        return true;
      }
    }
    const std::string_view word = text_.Fold(last);
    return word.ends_with("-да") || word.ends_with("-де") || word.ends_with("-та") ||
           word.ends_with("-те");
  }

  bool AddsNothing(const Working& current, const Working& candidate) const {
    const std::set<std::string> mine = AudienceCodes(current), theirs = AudienceCodes(candidate);
    const bool same_audience =
        std::includes(mine.begin(), mine.end(), theirs.begin(), theirs.end());
    const bool same_venue =
        candidate.venue < 0 || current.venue < 0 ||
        m_.organizations[candidate.venue].name == m_.organizations[current.venue].name;
    const bool same_place =
        !candidate.place || !current.place || candidate.place->name == current.place->name;
    return candidate.host < 0 && same_audience && same_venue && same_place;
  }

  void AddDetails(Working& current, const Working& candidate) {
    if (current.venue < 0 && candidate.venue >= 0) {
      current.venue = candidate.venue;
      const OrgMention& venue = m_.organizations[candidate.venue];
      if (venue.named) current.draft.organizations.push_back(venue.name);
    }
    if (!current.place && candidate.place) {
      current.place = candidate.place;
      current.sentence_places = candidate.sentence_places;
    }
  }

  Working StartEvent(std::uint32_t s, const Trigger& trigger) {
    const Sentence& sentence = text_.segmented.sentences[s];
    Working event;
    event.first_sentence = event.last_sentence = s;
    event.sentences.push_back(s);
    event.paragraph = sentence.paragraph;
    DraftEvent& draft = event.draft;
    // Kind: the meeting noun, refined by its adjective ("итоговое заседание", "открытый
    // диалог"); a meeting without a noun is a meeting.
    LexHit noun;
    if (trigger.noun != kNoToken && MeetingNounAt(text_, trigger.noun, &noun)) {
      draft.kind = static_cast<EventKind>(noun.entry->value);
      std::uint32_t first = trigger.noun;
      if (trigger.noun > sentence.begin) {
        const std::string_view adjective = text_.Fold(trigger.noun - 1);
        if (adjective.starts_with("итогов") || adjective.starts_with("заключительн")) {
          draft.kind = EventKind::kFinalSession;
          first = trigger.noun - 1;
        } else if (adjective.starts_with("открыт") &&
                   (noun.entry->lemma == "диалог" || noun.entry->lemma == "разговор")) {
          draft.kind = EventKind::kOpenDialogue;
          first = trigger.noun - 1;
        } else if (!noun.entry->previous_prefix.empty()) {
          first = trigger.noun - 1;  // "круглый стол"
        }
      }
      draft.kind_span = text_.SpanOf(first, trigger.noun + 1);
    } else {
      draft.kind_span = text_.token(trigger.verb).span;
    }
    // Whom it was held with: the clause after "с", or, for a gathering, the whole sentence.
    std::uint32_t begin = sentence.begin, end = sentence.end;
    if (trigger.partner_begin != kNoToken) {
      begin = trigger.partner_begin;
      end = trigger.partner_end;
      event.partner = true;
    } else if (!(trigger.how & kGathering)) {
      begin = end = sentence.end;
    }
    AddAudience(event, begin, end);
    // "жастар форумы", "ардагерлер жиыны": in Kazakh the people a meeting is of come before it.
    if (draft.audience.empty() && trigger.noun != kNoToken && text_.KazakhAt(trigger.noun) &&
        trigger.noun > sentence.begin) {
      AddAudience(event, trigger.noun - 1, trigger.noun);
    }
    // "состоялось собрание жителей села": the people the meeting noun is of.
    if (draft.audience.empty() && trigger.noun != kNoToken) {
      std::uint32_t end_of_noun_phrase = trigger.noun + 1;
      while (end_of_noun_phrase < sentence.end && text_.token(end_of_noun_phrase).IsWord() &&
             !text_.HasClass(end_of_noun_phrase, LexClass::kMeetingVerb)) {
        ++end_of_noun_phrase;
      }
      AddAudience(event, trigger.noun + 1, end_of_noun_phrase);
    }
    // "сход граждан, в котором приняли участие порядка 250 жителей": who came, when the meeting
    // sentence names nobody it was held with.
    if (draft.audience.empty()) {
      for (std::uint32_t k = sentence.begin; k < sentence.end; ++k) {
        if (!text_.in_speech[k] && text_.HasClass(k, LexClass::kAttendanceCue)) {
          AddAudience(event, k + 1, sentence.end);
          break;
        }
      }
    }
    // Organizations: a venue anywhere in the sentence, the host in the partner clause or right
    // after the meeting noun ("заседание Общенациональной коалиции").
    std::vector<int> partners;
    for (std::size_t o = 0; o < m_.organizations.size(); ++o) {
      const OrgMention& org = m_.organizations[o];
      if (org.first_token < sentence.begin || org.first_token >= sentence.end || org.cited) {
        continue;
      }
      if (org.named) draft.organizations.push_back(org.name);
      // "в Доме культуры", "на шахте", "в здании областного акимата": where it was held.
      const bool locative = Locative(org.first_token, sentence.begin) || KazakhLocative(org);
      if (locative && event.venue < 0) {
        event.venue = static_cast<int>(o);
        continue;
      }
      const bool in_partner = trigger.partner_begin != kNoToken &&
                              org.first_token >= trigger.partner_begin &&
                              org.first_token < trigger.partner_end;
      // (Kazakh puts whose a thing is before it: "Кездесу «Qarmet» АҚ-ның ғимаратында" names
      // no host.)
      const bool after_noun = trigger.noun != kNoToken && org.first_token == trigger.noun + 1 &&
                              !text_.KazakhAt(trigger.noun);
      if (in_partner || after_noun || trigger.visited == static_cast<int>(o)) {
        partners.push_back(static_cast<int>(o));
      }
    }
    if (!partners.empty()) {
      // One organization and those it belongs to: the first is the host. Several side by side
      // ("«ТЭМПО КАЗАХСТАН» ЖШС, «Silk Road Electronics» ЖШС"): no single host.
      bool nested = true;
      for (std::size_t k = 1; k < partners.size(); ++k) {
        int parent = m_.organizations[partners[0]].parent;
        bool found = false;
        for (int guard = 0; parent >= 0 && guard < 4; ++guard) {
          if (parent == partners[k]) found = true;
          parent = m_.organizations[parent].parent;
        }
        nested = nested && found;
      }
      if (nested) event.host = partners[0];
    }
    if (event.venue < 0 && event.host >= 0 && m_.organizations[event.host].venue) {
      event.venue = event.host;
    }
    // The places the sentence names, the most specific first.
    for (const PlaceMention& place : m_.places) {
      if (place.first_token >= sentence.begin && place.first_token < sentence.end) {
        event.sentence_places.push_back(&place);
      }
    }
    std::stable_sort(event.sentence_places.begin(), event.sentence_places.end(),
                     [](const PlaceMention* a, const PlaceMention* b) {
                       return Specificity(*a) > Specificity(*b);
                     });
    if (!event.sentence_places.empty()) event.place = event.sentence_places.front();
    for (const DateMention& date : m_.dates) {
      if (!date.header && date.first_token >= sentence.begin && date.first_token < sentence.end) {
        draft.date = date.date;
        draft.date_span = date.span;
        break;
      }
    }
    AddSpeakers(event, sentence);
    // "Аким области Ермаганбет Булекпаев встретился с жителями": who held the meeting. In
    // Kazakh the subject opens the sentence: "Мәжіліс депутаттары Ерлан Сайров пен Айгүл
    // Нұрланова ... кездесті" — whoever it names in the nominative before the partner.
    const auto& people = m_.people.people;
    const std::uint32_t subject_end =
        trigger.partner_begin != kNoToken ? trigger.partner_begin : trigger.verb;
    for (std::size_t p = 0; p < people.size(); ++p) {
      const bool kazakh_subject =
          text_.KazakhAt(trigger.verb) && people[p].first_token >= sentence.begin &&
          people[p].end_token <= subject_end && NamedInNominative(people[p]);
      if ((people[p].end_token == trigger.verb || kazakh_subject) &&
          people[p].title != "фотограф") {
        AddSpeaker(event, p);
      }
      // "отчетная встреча акима района Ерлана Сагындыкова с населением": whose meeting it is.
      if (trigger.noun != kNoToken && people[p].first_token == trigger.noun + 1 &&
          people[p].title != "фотограф") {
        AddSpeaker(event, p);
      }
    }
    return event;
  }

  static int Specificity(const PlaceMention& place) {
    if (place.place()) return static_cast<int>(place.place()->level) * 2 + 1;
    switch (place.kind) {
      case PlaceKind::kRegion:
        return 2;
      case PlaceKind::kDistrict:
        return 4;
      case PlaceKind::kOkrug:
        return 6;
      default:
        return 8;
    }
  }

  void AddAudience(Working& event, std::uint32_t begin, std::uint32_t end) {
    for (const AudienceMention& mention : FindAudience(text_, begin, end, m_.organizations)) {
      const std::string code(Lexicon::SegmentCodes()[mention.segment]);
      auto& audience = event.draft.audience;
      if (std::none_of(audience.begin(), audience.end(),
                       [&](const DraftAudience& a) { return a.code == code; })) {
        audience.push_back(DraftAudience{code, mention.span});
      }
    }
  }

  void Continue(Working& event, std::uint32_t s) {
    const Sentence& sentence = text_.segmented.sentences[s];
    event.sentences.push_back(s);
    // A later paragraph goes on telling of the meeting when it says what happened in its
    // course ("В ходе встречи жители задали более 40 вопросов", "В завершение встречи ...").
    constexpr std::string_view kInItsCourse[] = {"ходе",   "завершение", "рамках",
                                                 "итогам", "время",      "окончании"};
    bool contributes = sentence.paragraph == event.paragraph;
    for (std::uint32_t k = sentence.begin + 1; k < sentence.end && !contributes; ++k) {
      LexHit noun;
      contributes = std::find(std::begin(kInItsCourse), std::end(kInItsCourse),
                              text_.Fold(k - 1)) != std::end(kInItsCourse) &&
                    MeetingNounAt(text_, k, &noun) && (noun.forms & kAnySingular) &&
                    !text_.KazakhAt(k);
    }
    // "В мероприятии приняли участие представители ...": who came.
    // "На встрече, которая прошла в здании областного акимата": where, when the meeting sentence
    // did not say.
    if (event.venue < 0 && sentence.paragraph == event.paragraph) {
      bool about_meeting = false;
      for (std::uint32_t k = sentence.begin; k < sentence.end && !about_meeting; ++k) {
        about_meeting = MeetingNounAt(text_, k, nullptr);
      }
      for (std::size_t o = 0; o < m_.organizations.size() && about_meeting; ++o) {
        const OrgMention& org = m_.organizations[o];
        if (org.first_token >= sentence.begin && org.first_token < sentence.end && !org.cited &&
            Locative(org.first_token, sentence.begin)) {
          event.venue = static_cast<int>(o);
          if (org.named) event.draft.organizations.push_back(org.name);
          contributes = true;
          break;
        }
      }
    }
    // Only when the meeting sentence named nobody: it names them more exactly.
    for (std::uint32_t k = sentence.begin; k < sentence.end && event.draft.audience.empty(); ++k) {
      if (!text_.in_speech[k] && text_.HasClass(k, LexClass::kAttendanceCue) &&
          !text_.token(k).Has(kCapitalized)) {
        const std::size_t before = event.draft.audience.size();
        AddAudience(event, k + 1, sentence.end);
        contributes = contributes || event.draft.audience.size() > before;
        break;
      }
    }
    contributes = AddSpeakers(event, sentence) || contributes;
    if (contributes) event.last_sentence = std::max(event.last_sentence, s);
  }

  // ---- speakers ----

  // People who speak in `sentence`: the subject or object of a speech verb ("сказал Серик
  // Утешов", "Ерлан Кошанов поблагодарил"), everyone a plural one lists ("выступили ... A, B и
  // C", "A и B ответили"), whom "он", "она" or a bare title ("сказал депутат") refers to, and
  // those "по словам" or "с участием" name. Returns whether it names one (new or not).
  bool AddSpeakers(Working& event, const Sentence& sentence) {
    const auto& people = m_.people.people;
    bool found = false;
    const auto take = [&](std::size_t p) {
      AddSpeaker(event, p);
      found = true;
    };
    // The people joined to person `p` by "и" or "," after it (+1) or before it (-1).
    const auto take_list = [&](std::size_t p, int direction) {
      for (std::size_t q = p; true;) {
        const std::size_t next = q + direction;
        if (next >= people.size()) break;  // also catches 0 - 1
        const PersonMention& a = direction > 0 ? people[q] : people[next];
        const PersonMention& b = direction > 0 ? people[next] : people[q];
        if (b.first_token != a.end_token + 1 ||
            !(text_.Is(a.end_token, ",") || text_.Is(a.end_token, "и"))) {
          break;
        }
        take(next);
        q = next;
      }
    };
    for (std::size_t p = 0; p < people.size(); ++p) {
      const std::uint32_t f = people[p].first_token;
      if (f < sentence.begin + 2 || f >= sentence.end || people[p].title == "фотограф") continue;
      if (text_.Is(f - 2, "по") && text_.Is(f - 1, "словам")) take(p);
      // "во главе с сенатором ...": who led the delegation speaks for it.
      if (text_.Is(f - 2, "главе") && text_.Is(f - 1, "с")) take(p);
      if (text_.Is(f - 2, "с") && text_.Is(f - 1, "участием")) {
        take(p);
        take_list(p, +1);
      }
    }
    // "По словам сенатора": the senator named before.
    for (const TitleReference& reference : m_.people.references) {
      const std::uint32_t t = reference.token;
      if (t >= sentence.begin + 2 && t < sentence.end && text_.Is(t - 2, "по") &&
          text_.Is(t - 1, "словам")) {
        if (const auto p = LastPersonBefore(t, Gender::kMasculine, reference.head)) take(*p);
      }
    }
    for (std::uint32_t v = sentence.begin; v < sentence.end; ++v) {
      LexHit verb;
      if (text_.in_speech[v] || !text_.HasClass(v, LexClass::kSpeechVerb, &verb)) continue;
      // Kazakh puts the verb last and its subject first: "Мәжіліс депутаты Ерлан Сайров
      // ... түсіндірді". Whoever the sentence names before the verb in the nominative speaks.
      if (text_.KazakhAt(v)) {
        for (std::size_t p = 0; p < people.size(); ++p) {
          const PersonMention& person = people[p];
          // "«...», – деді Нұрлан Бекенов": after a quotation the verb comes first.
          const bool subject = person.first_token >= sentence.begin && person.end_token <= v;
          const bool after_quote = person.first_token == v + 1;
          if ((subject || after_quote) && person.title != "фотограф" && NamedInNominative(person)) {
            take(p);
          }
        }
        continue;
      }
      const bool plural = (verb.forms & kVerbPlural) != 0;
      bool any = false;
      for (std::size_t p = 0; p < people.size(); ++p) {
        const PersonMention& person = people[p];
        if (person.title == "фотограф") continue;
        const bool before =
            person.end_token == v || (person.end_token + 1 == v && text_.Is(v - 1, ","));
        const bool after = person.first_token > v && WordsOnlyBetween(v + 1, person.first_token);
        const bool listed = plural && person.first_token > v && person.first_token < sentence.end;
        if (before || after || listed) {
          take(p);
          any = true;
          if (before && plural) take_list(p, -1);
        }
      }
      if (any) continue;
      // "— сказал он", "Она подчеркнула", "— сказал депутат".
      const std::uint32_t next = v + 1;
      const std::uint32_t previous = v > sentence.begin ? v - 1 : kNoToken;
      for (const std::uint32_t k : {next, previous}) {
        if (k == kNoToken || k >= sentence.end) continue;
        const std::string_view word = text_.Fold(k);
        if (word == "он" || word == "она") {
          const std::optional<std::size_t> p =
              LastPersonBefore(k, word == "она" ? Gender::kFeminine : Gender::kMasculine, "");
          if (p) take(*p);
          break;
        }
        for (const TitleReference& reference : m_.people.references) {
          if (reference.token != k) continue;
          if (const auto p = LastPersonBefore(k, Gender::kMasculine, reference.head)) take(*p);
        }
      }
    }
    return found;
  }

  // True when the last word of a person's name is written as the name ends: no case suffix.
  bool NamedInNominative(const PersonMention& person) const {
    const std::string_view last = text_.Surface(person.name_end - 1);
    return std::string_view(person.name).ends_with(last);
  }

  // True when tokens [from, to) are at most four lower-case words: the object of a speech verb
  // may stand after a short phrase ("подчеркнул в своем выступлении депутат ...").
  bool WordsOnlyBetween(std::uint32_t from, std::uint32_t to) const {
    if (to - from > 4) return false;
    for (std::uint32_t k = from; k < to; ++k) {
      const Token& token = text_.token(k);
      if (!token.IsWord() || token.Has(kCapitalized) || text_.HasClass(k, LexClass::kSpeechVerb)) {
        return false;
      }
    }
    return true;
  }

  std::optional<std::size_t> LastPersonBefore(std::uint32_t token, Gender gender,
                                              std::string_view head) const {
    const auto& people = m_.people.people;
    for (std::size_t p = people.size(); p-- > 0;) {
      const PersonMention& person = people[p];
      if (person.first_token >= token || person.title == "фотограф") continue;
      if (!head.empty()) {
        if (person.title_head == head) return p;
        continue;
      }
      if (!person.gender_known || person.gender == gender) return p;
    }
    return std::nullopt;
  }

  void AddSpeaker(Working& event, std::size_t p) {
    const PersonMention& person = m_.people.people[p];
    for (const std::size_t existing : event.speakers) {
      if (m_.people.people[existing].name == person.name) return;
    }
    // Speakers stay in the order the text names them in.
    const auto at = std::find_if(event.speakers.begin(), event.speakers.end(),
                                 [&](std::size_t q) { return q > p; });
    event.speakers.insert(at, p);
  }

  // ---- duplicates and the lead ----

  // An earlier event this one describes again: the same host, or the same audience at the same
  // place and venue.
  int SameMeeting(const Working& candidate) const {
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
      if ((same_host || same_audience) && !place_conflict) return static_cast<int>(e);
    }
    return -1;
  }

  static std::set<std::string> AudienceCodes(const Working& event) {
    std::set<std::string> codes;
    for (const DraftAudience& a : event.draft.audience) codes.insert(a.code);
    return codes;
  }

  void Merge(Working& into, Working from) {
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
  void DropUmbrella() {
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
  void MergeHeadline() {
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
  bool IsHeadline(const Working& event) const {
    const Sentence& line = text_.segmented.sentences[event.first_sentence];
    return event.paragraph == 0 && !text_.Is(line.end - 1, ".");
  }

  // The meeting a headline announced, as the body tells it: the body's evidence and span, and
  // what only the headline says.
  Working MergedIntoBody(Working headline, Working body) {
    const std::uint32_t first = body.first_sentence, last = body.last_sentence;
    Merge(body, std::move(headline));
    body.first_sentence = first;
    body.last_sentence = last;
    return body;
  }

  // ---- places ----

  void ResolvePlaces() {
    const Working* previous = nullptr;
    for (Working& event : events_) {
      DraftEvent& draft = event.draft;
      if (event.place) {
        draft.place_span = event.place->span;
        FillPlaces(draft, event);
      } else if (previous && previous->paragraph == event.paragraph && previous->place) {
        // "Также прошла встреча с ..." in the paragraph of a meeting in Нура: also in Нура.
        FillPlaces(draft, *previous);
        draft.place_span = previous->place->span;
        draft.inherited.push_back("settlement");
      }
      if (draft.region.empty() && !out_.region.empty()) {
        // A document about Astana, Almaty or Shymkent: the city is the meeting's settlement too.
        if (draft.settlement.empty() && region_is_city_) {
          draft.settlement = out_.region;
          draft.place_span = out_.region_span;
          draft.inherited.push_back("settlement");
        }
        draft.region = out_.region;
        draft.region_span = out_.region_span;
        if (draft.place_code.empty()) draft.place_code = out_.region_code;
        draft.inherited.push_back("region");
      }
      // "в актовом зале школы" after "с педагогами средней школы №12": the school named before.
      if (event.venue >= 0 && event.host >= 0 && Denotes(event.venue, event.host)) {
        event.venue = event.host;
      }
      if (event.venue >= 0) {
        draft.venue = m_.organizations[event.venue].name;
        draft.venue_span = m_.organizations[event.venue].span;
      }
      if (event.host >= 0) {
        draft.host_organization = m_.organizations[event.host].name;
        draft.host_span = m_.organizations[event.host].span;
      }
      previous = &event;
    }
  }

  // Whether organization `described`, a bare type word ("школы"), refers to `named`, whose name
  // has that word ("средняя школа №12").
  bool Denotes(int described, int named) const {
    const OrgMention& a = m_.organizations[described];
    const OrgMention& b = m_.organizations[named];
    if (a.named || a.name.find(' ') != std::string::npos || described == named) return false;
    const std::string word = utf8::FoldForSearch(a.name);
    const std::string name = " " + utf8::FoldForSearch(b.name) + " ";
    return name.find(" " + word + " ") != std::string::npos;
  }

  // Of the places a name may be, the one in the document's region ("Аксу" is a town in Pavlodar
  // region and villages elsewhere).
  const Place* Pick(const PlaceMention& mention) const {
    for (const Place* place : mention.places) {
      const Place* region = gazetteer_.RegionOf(place->code);
      if (region && region->code == out_.region_code) return place;
    }
    return mention.place();
  }

  // The most specific place of the meeting's sentence, and what it does not say from the others
  // ("в селе Коктал Жуалынского района Жамбылской области": a village, a district and a region
  // the gazetteer may know one by one).
  void FillPlaces(DraftEvent& draft, const Working& event) {
    FillPlace(draft, *event.place);
    for (const PlaceMention* other : event.sentence_places) {
      if (other == event.place) continue;
      DraftEvent more;
      FillPlace(more, *other);
      if (draft.district.empty()) draft.district = more.district;
      if (draft.region.empty() && !more.region.empty()) {
        draft.region = more.region;
        draft.region_span = more.region_span;
      }
      if (draft.place_code.empty()) draft.place_code = more.place_code;
    }
  }

  void FillPlace(DraftEvent& draft, const PlaceMention& mention) {
    if (const Place* place = Pick(mention)) {
      draft.place_code = place->code;
      const Place* region = gazetteer_.RegionOf(place->code);
      const Place* district = gazetteer_.DistrictOf(place->code);
      if (region) draft.region = region->name_ru;
      if (district && district->kind == PlaceKind::kDistrict) draft.district = district->name_ru;
      if (place->kind == PlaceKind::kCity || place->kind == PlaceKind::kSettlement ||
          place->kind == PlaceKind::kVillage) {
        draft.settlement = place->name_ru;
      }
      if (region) draft.region_span = mention.span;
      return;
    }
    switch (mention.kind) {
      case PlaceKind::kRegion:
        draft.region = mention.name;
        draft.region_span = mention.span;
        break;
      case PlaceKind::kDistrict:
        draft.district = mention.name;
        break;
      case PlaceKind::kOkrug:
        break;
      default:
        draft.settlement = mention.name;
        break;
    }
  }

  // ---- figures: attendance and claims ----

  void AssignFigures() {
    // Which event each sentence belongs to; none for a sentence that tells of several at once
    // ("встречи прошли в Нуре и Осакаровке").
    std::vector<int> owner(text_.segmented.sentences.size(), -1);
    std::vector<int> firsts(text_.segmented.sentences.size(), 0);
    for (std::size_t e = 0; e < events_.size(); ++e) {
      for (const std::uint32_t s : events_[e].sentences) owner[s] = static_cast<int>(e);
      ++firsts[events_[e].first_sentence];
    }
    for (std::size_t s = 0; s < owner.size(); ++s) {
      if (firsts[s] > 1) owner[s] = -1;
    }
    // The first of the events a sentence tells of at once, for the figures it gives each place.
    std::vector<int> shared(owner.size(), -1);
    for (std::size_t e = events_.size(); e-- > 0;) {
      if (firsts[events_[e].first_sentence] > 1) {
        shared[events_[e].first_sentence] = static_cast<int>(e);
      }
    }
    // A headline merged into the meeting it announces may repeat its figure ("Более 200
    // металлургов ..."): the body's telling of it is asked first, so that one meeting has one
    // figure, read where the text tells of it.
    std::vector<const FigureMention*> figures;
    for (const FigureMention& figure : m_.figures) figures.push_back(&figure);
    std::stable_partition(figures.begin(), figures.end(), [&](const FigureMention* figure) {
      const std::uint32_t s = text_.SentenceOf(figure->first_token);
      const int e = owner[s];
      return e < 0 || s == events_[e].first_sentence || !IsHeadlineLine(s);
    });
    for (const FigureMention* figure_ptr : figures) {
      const FigureMention& figure = *figure_ptr;
      const std::uint32_t s = text_.SentenceOf(figure.first_token);
      const Sentence& sentence = text_.segmented.sentences[s];
      LexHit counted;
      const bool has_topic = figure.has_noun() &&
                             text_.HasClass(figure.noun_end - 1, LexClass::kCountedNoun, &counted);
      const auto topic =
          has_topic ? static_cast<ClaimTopic>(counted.entry->value) : ClaimTopic::kPeople;
      const bool of_things =
          has_topic && topic != ClaimTopic::kPeople && topic != ClaimTopic::kMembers;
      bool cue = false;
      for (std::uint32_t k = sentence.begin; k < sentence.end && !cue; ++k) {
        cue = text_.HasClass(k, LexClass::kAttendanceCue) ||
              (text_.HasClass(k, LexClass::kMeetingVerb) && k != figure.first_token);
      }
      int e = owner[s];
      // "встречи прошли в селах Ботакара (120 человек) и Умет (64 человека)": the figure in
      // brackets after a place is that place's meeting's.
      if (e < 0 && shared[s] >= 0 && figure.first_token > 0 &&
          text_.Is(figure.first_token - 1, "(")) {
        e = OfThePlaceBefore(shared[s], figure, sentence);
      }
      // After "встречи прошли в Нуре и Осакаровке", "В Нуре собрались около 150 человек, в
      // Осакаровке – более 90": each figure is the meeting's of the place named before it.
      if (e >= 0 && firsts[events_[e].first_sentence] > 1 && s != events_[e].first_sentence) {
        e = OfThePlaceBefore(e, figure, sentence);
      }
      // "граждан", "казахстанцев" count people at campaign scale, but not in the sentence that
      // says a meeting was held with a cue: "при участии 180 граждан прошла встреча".
      const bool campaign_noun =
          has_topic &&
          (counted.entry->lemma == "казахстанец" || counted.entry->lemma == "гражданин") &&
          !(e >= 0 && cue && s == events_[e].first_sentence);
      // "В общей сложности во встречах приняли участие 270 человек": a total over several
      // meetings is a claim about them, not one more meeting's attendance.
      if (IsTotalOverMeetings(figure, sentence)) {
        Claim claim;
        claim.figure = figure.figure;
        claim.counted = std::string(text_.TextOf(figure.end_token, figure.noun_end));
        claim.topic = topic;  // people, unless it counts meetings ("прошло 35 встреч")
        claim.span = figure.phrase_span;
        out_.claims.push_back(std::move(claim));
        continue;
      }
      // A line of a list of meetings: its figure needs no noun ("с. Торайгыр – 85").
      const bool bare_in_list =
          e >= 0 && events_[e].list_item && !figure.has_noun() && s == events_[e].first_sentence;
      // "приняли участие порядка 80 юношей и девушек": with an attendance cue, a noun the
      // lexicon does not know counts the people who came, unless it is a thing ("рабочих
      // мест", "вопросов") or a place.
      const bool unknown_noun_with_cue = cue && figure.has_noun() && !has_topic &&
                                         text_.hits[figure.noun_end - 1].empty() &&
                                         !text_.HasClass(figure.end_token, LexClass::kNotPeople);
      if (e >= 0 && !of_things && !campaign_noun &&
          (figure.people || (cue && !figure.has_noun()) || bare_in_list || unknown_noun_with_cue) &&
          figure.figure.value <= kMaxEventAttendance && !events_[e].draft.attendance &&
          (cue || sentence.paragraph == events_[e].paragraph)) {
        events_[e].draft.attendance = DraftAttendance{figure.figure, figure.phrase_span};
        events_[e].last_sentence = std::max(events_[e].last_sentence, s);
        continue;
      }
      if (has_topic || (figure.people && figure.figure.value > kMaxEventAttendance)) {
        Claim claim;
        claim.figure = figure.figure;
        claim.counted = std::string(text_.TextOf(figure.end_token, figure.noun_end));
        claim.topic = topic;
        claim.span = figure.phrase_span;
        out_.claims.push_back(std::move(claim));
      }
    }
  }

  // Of the events told by the same sentence as event `e`, the one whose place is the last place
  // named before `figure` in its sentence; -1 when none is.
  int OfThePlaceBefore(int e, const FigureMention& figure, const Sentence& sentence) const {
    const PlaceMention* before = nullptr;
    for (const PlaceMention& place : m_.places) {
      if (place.first_token >= figure.first_token) break;
      if (place.first_token >= sentence.begin) before = &place;
    }
    if (!before) return -1;
    for (std::size_t g = 0; g < events_.size(); ++g) {
      if (events_[g].first_sentence == events_[e].first_sentence && events_[g].place &&
          events_[g].place->name == before->name) {
        return static_cast<int>(g);
      }
    }
    return -1;
  }

  // A figure after "в общей сложности" or "всего" in a sentence that names meetings in the
  // plural ("во встречах", "на всех встречах").
  bool IsTotalOverMeetings(const FigureMention& figure, const Sentence& sentence) const {
    bool total = false;
    for (std::uint32_t k = sentence.begin; k < figure.first_token; ++k) {
      total = total || text_.Is(k, "всего") ||
              (text_.Is(k, "общей") && k + 1 < sentence.end && text_.Is(k + 1, "сложности"));
    }
    if (!total) return false;
    for (std::uint32_t k = sentence.begin; k < sentence.end; ++k) {
      LexHit noun;
      if (MeetingNounAt(text_, k, &noun) && !(noun.forms & kAnySingular)) return true;
    }
    return false;
  }

  // Sentence `s` is the first paragraph's line without a full stop.
  bool IsHeadlineLine(std::uint32_t s) const {
    const Sentence& line = text_.segmented.sentences[s];
    return line.paragraph == 0 && !text_.Is(line.end - 1, ".");
  }

  // "В тот же день в Шахтинске ...": a meeting that gives no date of its own but says it was
  // held the day of the meeting before it.
  void InheritSameDay() {
    for (std::size_t e = 1; e < events_.size(); ++e) {
      DraftEvent& draft = events_[e].draft;
      const DraftEvent& previous = events_[e - 1].draft;
      if (draft.date || !previous.date) continue;
      const Sentence& sentence = text_.segmented.sentences[events_[e].first_sentence];
      for (std::uint32_t k = sentence.begin; k + 1 < sentence.end; ++k) {
        // "в тот же день"; Kazakh "сол күні".
        if (((text_.Is(k, "тот") || text_.Is(k, "этот")) && text_.Is(k + 1, "же") &&
             text_.Is(k + 2, "день")) ||
            (text_.Is(k, "сол") && text_.Is(k + 1, "күні"))) {
          draft.date = previous.date;
          draft.date_span = previous.date_span;
          draft.inherited.insert(draft.inherited.begin(), "date");
          break;
        }
      }
    }
  }

  // ---- the draft ----

  void Finish(Working& event) {
    DraftEvent& draft = event.draft;
    std::vector<Language> languages;
    std::vector<int> words;
    // The sentences that tell of it, within its span (a sentence merely passed over after it
    // is not its own).
    for (const std::uint32_t s : event.sentences) {
      if (s < event.first_sentence || s > event.last_sentence) continue;
      languages.push_back(text_.sentence_language[s]);
      words.push_back(text_.sentence_words[s]);
    }
    draft.language = DocumentLanguage(languages, words);
    if (!draft.date && out_.date) {
      draft.date = out_.date;
      draft.date_span = out_.date_span;
      draft.inherited.insert(draft.inherited.begin(), "date");
    }
    for (const std::size_t p : event.speakers) {
      const PersonMention& person = m_.people.people[p];
      draft.speakers.push_back(DraftSpeaker{person.name, Title(person.name), person.span});
    }
    const auto& sentences = text_.segmented.sentences;
    draft.span = ByteSpan{sentences[event.first_sentence].span.begin,
                          sentences[event.last_sentence].span.end};
    // Confidence: a meeting sentence alone is half-sure; each fact the text states about the
    // meeting itself adds to it.
    double confidence = 0.4;
    if (event.partner || draft.kind != EventKind::kMeeting) confidence += 0.15;
    if (!draft.audience.empty() || event.host >= 0) confidence += 0.15;
    if (event.place || event.venue >= 0) confidence += 0.1;
    if (draft.attendance) confidence += 0.1;
    if (!draft.speakers.empty()) confidence += 0.05;
    if (draft.date) confidence += 0.05;
    if (std::find(draft.inherited.begin(), draft.inherited.end(), "settlement") !=
        draft.inherited.end()) {
      confidence -= 0.1;
    }
    draft.confidence = std::round(std::clamp(confidence, 0.0, 1.0) * 100) / 100;
  }

  // The title a person holds in this document: the first one the text gives them.
  std::string Title(const std::string& name) const {
    for (const PersonMention& person : m_.people.people) {
      if (person.name == name && !person.title.empty() && person.title != "фотограф") {
        return person.title;
      }
    }
    for (const PersonMention& person : m_.people.people) {
      if (person.name == name) return person.title;
    }
    return {};
  }

  // ---- the lists ----

  void ListPeople() {
    for (const PersonMention& person : m_.people.people) {
      if (std::any_of(out_.people.begin(), out_.people.end(),
                      [&](const ExtractedPerson& p) { return p.name == person.name; })) {
        continue;
      }
      out_.people.push_back(ExtractedPerson{person.name, Title(person.name), person.span});
    }
  }

  void ListOrganizations() {
    const auto& orgs = m_.organizations;
    std::vector<std::string> keys;  // FoldForSearch of each listed name
    for (const OrgMention& org : orgs) {
      if (!org.named) continue;
      const std::string key = utf8::FoldForSearch(org.name);
      bool known = false;
      for (std::size_t l = 0; l < keys.size() && !known; ++l) {
        // "Общенациональная коалиция" is the coalition named in full before or after it.
        if (keys[l] == key || keys[l].starts_with(key + " ")) {
          known = true;
        } else if (key.starts_with(keys[l] + " ")) {
          out_.organizations[l].name = org.name;
          keys[l] = key;
          known = true;
        }
      }
      if (known) continue;
      ExtractedOrganization listed;
      listed.name = org.name;
      listed.kind = org.kind;
      listed.span = org.span;
      if (org.parent >= 0) listed.parent = orgs[org.parent].name;
      out_.organizations.push_back(std::move(listed));
      keys.push_back(key);
    }
  }

  void ListDatesAndImprint() {
    for (const DateMention& date : m_.dates) {
      out_.dates.push_back(ExtractedDate{date.date, date.span});
    }
    const ImprintFinding& found = m_.imprint;
    if (found.empty()) return;
    Imprint imprint;
    const auto copy = [](const std::optional<ImprintField>& field) -> std::optional<ImprintValue> {
      if (!field) return std::nullopt;
      return ImprintValue{field->value, field->span};
    };
    imprint.made_by = copy(found.made_by);
    imprint.ordered_by = copy(found.ordered_by);
    imprint.paid_by = copy(found.paid_by);
    imprint.span = found.span;
    out_.imprint = std::move(imprint);
  }

  const Mentions& m_;
  const AnnotatedText& text_;
  const Gazetteer& gazetteer_;
  const std::optional<Date> reference_;
  std::vector<Working> events_;
  bool region_is_city_ = false;  // the document's region is Astana, Almaty or Shymkent
  Extraction out_;
};

}  // namespace

Extraction AssembleEvents(const Mentions& mentions, const Gazetteer& gazetteer,
                          std::optional<Date> reference_date) {
  return Assembler(mentions, gazetteer, reference_date).Run();
}

}  // namespace kenes::extract
