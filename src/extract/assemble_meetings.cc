// Meetings: triggers, the events they start, and the sentences that continue them (assembler.h).
#include <algorithm>

#include "extract/assembler.h"
#include "extract/audience.h"

namespace kenes::extract::assembly {
namespace {

// How many tokens from its verb a meeting noun may stand: "встреча ... состоялась" in Russian;
// Kazakh ends the sentence with the verb and may put the place, venue and partner between.
constexpr std::size_t kNounReach = 6;
constexpr std::size_t kKazakhNounReach = 14;
// The organization visited is the verb's object: right after it ("посетили школу") or after a
// word or two ("посетили также школу"); further on it is only named in the sentence.
constexpr std::size_t kVisitedReach = 3;
// How many organizations up a host's chain of parents is followed ("шахта «Тентек» акционерного
// общества «Qarmet»" is a chain of one); real chains are shorter, the bound keeps the walk short.
constexpr int kParentDepth = 4;

}  // namespace

TokenIndex Assembler::ClauseEnd(TokenIndex from, TokenIndex sentence_end) const {
  for (TokenIndex k = from; k < sentence_end; ++k) {
    if (text_.Is(k, ";")) return k;
    if (text_.Is(k, ",") && k + 1 < sentence_end &&
        (text_.IsOneOf(k + 1, words::kClauseEnders) ||
         text_.IsPhrase(k + 1, words::kInTheCourse))) {
      return k;
    }
  }
  return sentence_end;
}

bool Assembler::HasPartner(TokenIndex begin, TokenIndex end) const {
  if (!FindAudience(text_, begin, end, m_.organizations).empty()) return true;
  return std::any_of(m_.organizations.begin(), m_.organizations.end(), [&](const OrgMention& org) {
    return org.first_token >= begin && org.first_token < end;
  });
}

std::optional<Trigger> Assembler::FindTrigger(const Sentence& sentence) const {
  for (TokenIndex v = sentence.begin; v < sentence.end; ++v) {
    if (text_.in_speech[v]) continue;
    LexHit verb;
    if (!text_.HasClass(v, LexClass::kMeetingVerb, &verb)) continue;
    if (v > sentence.begin && text_.Is(v - 1, words::kNot)) continue;
    // "атап өтті" (noted) is said, not held.
    if (v > sentence.begin && text_.Is(v - 1, words::kNotedKazakh)) continue;
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
    const std::size_t reach = text_.KazakhAt(v) ? kKazakhNounReach : kNounReach;
    std::size_t best_distance = reach + 1;
    for (TokenIndex k = v > sentence.begin + reach ? v - reach : sentence.begin;
         k < sentence.end && k <= v + reach; ++k) {
      LexHit noun;
      if (k == v || !MeetingNounAt(text_, k, &noun) || text_.Is(k - 1, words::kCourse) ||
          !subject_or_object(noun)) {
        continue;
      }
      const std::size_t distance = k < v ? v - k : k - v;
      if (distance < best_distance) {
        best_distance = distance;
        trigger.noun = k;
        // Kazakh counts in the singular: "1200-ден астам кездесу өтті" is many meetings.
        const bool counted = k > sentence.begin && text_.KazakhAt(k) &&
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
    const TokenIndex after = trigger.noun != kNoToken ? std::min(v, trigger.noun) : v;
    if (text_.KazakhAt(v)) {
      FindKazakhPartner(sentence, v, trigger);
    } else {
      for (TokenIndex k = after + 1; k < sentence.end; ++k) {
        if (text_.IsOneOf(k, words::kWith) && !text_.in_speech[k]) {
          trigger.partner_begin = k + 1;
          trigger.partner_end = ClauseEnd(k + 1, sentence.end);
          break;
        }
      }
    }
    const bool partner =
        trigger.partner_begin != kNoToken && HasPartner(trigger.partner_begin, trigger.partner_end);
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
        if (org.first_token > v && org.first_token <= v + kVisitedReach) {
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
void Assembler::FindKazakhPartner(const Sentence& sentence, TokenIndex before,
                                  Trigger& trigger) const {
  TokenIndex last = kNoToken;
  for (TokenIndex k = before; k-- > sentence.begin;) {
    if (text_.in_speech[k] || !text_.token(k).IsWord()) continue;
    if (KazakhInstrumental(k)) {
      last = k;
      break;
    }
  }
  if (last == kNoToken) return;
  TokenIndex first = last;
  const auto& people = m_.people.people;
  while (first > sentence.begin) {
    const TokenIndex k = first - 1;
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
bool Assembler::KazakhInstrumental(TokenIndex k) const {
  for (const LexHit& hit : text_.hits[k]) {
    if (hit.entry->paradigm == Paradigm::kKazakh && HasCase(hit.forms, Case::kInstrumental)) {
      return true;
    }
  }
  // Not "мен", "пен" alone: the conjunction "and" ("Сайров пен Нұрланова").
  const std::string_view word = text_.Fold(k);
  return std::any_of(words::kKazakhInstrumentalEndings.begin(),
                     words::kKazakhInstrumentalEndings.end(), [&](std::string_view ending) {
                       return word.size() > ending.size() && word.ends_with(ending);
                     });
}

void Assembler::BuildEvents() {
  const auto& sentences = text_.segmented.sentences;
  int current = -1;
  // The list of meetings being read ("с. Торайгыр – 85;" line after line): the sentence that
  // leads it, and its events.
  std::optional<SentenceIndex> list_lead;
  std::vector<int> list_events;
  for (SentenceIndex s; s < text_.SentenceEnd(); ++s) {
    const Sentence& sentence = sentences[s];
    if (const PlaceMention* place = ListItemPlace(sentence)) {
      const std::optional<SentenceIndex> lead =
          list_events.empty() || !list_lead ? ListLead(s) : list_lead;
      if (lead) {
        // The lead ("встречи прошли в следующих населенных пунктах:") and its paragraph's
        // meetings of no one place ("прошли разъяснительные встречи" in the district) are the
        // list's heading, not more meetings: its lines are the meetings.
        while (list_events.empty() && !events_.empty() &&
               events_.back().first_sentence >= LeadBegin(*lead) && IsHeading(events_.back())) {
          events_.pop_back();
        }
        list_lead = lead;
        events_.push_back(ListItem(s, *place, *lead));
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
      list_lead.reset();
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

// A meeting sentence that names nothing of its own (nobody it was with, no host, place or
// date) and no word that makes it another meeting ("Также прошла встреча", "Следующая
// встреча", "еще одна").
bool Assembler::NamesNothing(const Working& candidate, const Trigger& trigger,
                             const Sentence& sentence) const {
  if (trigger.partner_begin != kNoToken || candidate.host >= 0 || candidate.place ||
      candidate.draft.date || !candidate.draft.audience.empty() || trigger.noun == kNoToken ||
      text_.KazakhAt(trigger.verb)) {
    return false;
  }
  for (TokenIndex k = sentence.begin; k < sentence.end; ++k) {
    const std::string_view word = text_.Fold(k);
    if (words::OneOf(word, words::kAnotherMeeting) ||
        words::StartsWithOneOf(word, words::kAnotherMeetingStems)) {
      return false;
    }
  }
  return true;
}

// Whether the words before token `at` make what starts there the place something happens:
// "в", "во", "на", also through a room or building ("в здании", "в актовом зале").
bool Assembler::Locative(TokenIndex at, TokenIndex begin) const {
  TokenIndex k = at;
  if (k > begin && text_.IsOneOf(k - 1, words::kRooms)) {
    --k;
    if (k > begin && AdjectiveForms(text_.Fold(k - 1)) != 0) --k;  // "актовом"
  }
  return k > begin && text_.IsOneOf(k - 1, words::kWhere);
}

// A Kazakh organization in the locative is where something happens: "Мәдениет үйінде",
// "«Қаратал» КМП-да"; its attributive ("университетіндегі") describes a noun instead.
bool Assembler::KazakhLocative(const OrgMention& org) const {
  const TokenIndex last = org.end_token - 1;
  if (!text_.KazakhAt(last)) return false;
  for (const LexHit& hit : text_.hits[last]) {
    if (hit.entry->paradigm == Paradigm::kKazakh && HasCase(hit.forms, Case::kPrepositional) &&
        !(hit.forms & kKazakhAttributive)) {
      return true;
    }
  }
  const std::string_view word = text_.Fold(last);
  return words::EndsWithOneOf(word, words::kKazakhLocativeAfterHyphen);
}

bool Assembler::AddsNothing(const Working& current, const Working& candidate) const {
  const std::set<std::string> mine = AudienceCodes(current), theirs = AudienceCodes(candidate);
  const bool same_audience = std::includes(mine.begin(), mine.end(), theirs.begin(), theirs.end());
  const bool same_venue =
      candidate.venue < 0 || current.venue < 0 ||
      m_.organizations[candidate.venue].name == m_.organizations[current.venue].name;
  const bool same_place =
      !candidate.place || !current.place || candidate.place->name == current.place->name;
  return candidate.host < 0 && same_audience && same_venue && same_place;
}

void Assembler::AddDetails(Working& current, const Working& candidate) {
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

Working Assembler::StartEvent(SentenceIndex s, const Trigger& trigger) {
  const Sentence& sentence = text_.sentence(s);
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
    TokenIndex first = trigger.noun;
    if (trigger.noun > sentence.begin) {
      const std::string_view adjective = text_.Fold(trigger.noun - 1);
      if (words::StartsWithOneOf(adjective, words::kFinalSessionStems)) {
        draft.kind = EventKind::kFinalSession;
        first = trigger.noun - 1;
      } else if (adjective.starts_with(words::kOpenStem) &&
                 words::OneOf(noun.entry->lemma, words::kDialogueLemmas)) {
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
  TokenIndex begin = sentence.begin, end = sentence.end;
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
    TokenIndex end_of_noun_phrase = trigger.noun + 1;
    while (end_of_noun_phrase < sentence.end && text_.token(end_of_noun_phrase).IsWord() &&
           !text_.HasClass(end_of_noun_phrase, LexClass::kMeetingVerb)) {
      ++end_of_noun_phrase;
    }
    AddAudience(event, trigger.noun + 1, end_of_noun_phrase);
  }
  // "сход граждан, в котором приняли участие порядка 250 жителей": who came, when the meeting
  // sentence names nobody it was held with.
  if (draft.audience.empty()) {
    for (TokenIndex k = sentence.begin; k < sentence.end; ++k) {
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
      for (int guard = 0; parent >= 0 && guard < kParentDepth; ++guard) {
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
  const TokenIndex subject_end =
      trigger.partner_begin != kNoToken ? trigger.partner_begin : trigger.verb;
  for (std::size_t p = 0; p < people.size(); ++p) {
    const bool kazakh_subject = text_.KazakhAt(trigger.verb) &&
                                people[p].first_token >= sentence.begin &&
                                people[p].end_token <= subject_end && NamedInNominative(people[p]);
    if ((people[p].end_token == trigger.verb || kazakh_subject) && !people[p].photo_credit) {
      AddSpeaker(event, p);
    }
    // "отчетная встреча акима района Ерлана Сагындыкова с населением": whose meeting it is.
    if (trigger.noun != kNoToken && people[p].first_token == trigger.noun + 1 &&
        !people[p].photo_credit) {
      AddSpeaker(event, p);
    }
  }
  return event;
}

void Assembler::AddAudience(Working& event, TokenIndex begin, TokenIndex end) {
  for (const AudienceMention& mention : FindAudience(text_, begin, end, m_.organizations)) {
    const std::string code(Lexicon::SegmentCodes()[mention.segment]);
    auto& audience = event.draft.audience;
    if (std::none_of(audience.begin(), audience.end(),
                     [&](const DraftAudience& a) { return a.code == code; })) {
      audience.push_back(DraftAudience{code, mention.span});
    }
  }
}

void Assembler::Continue(Working& event, SentenceIndex s) {
  const Sentence& sentence = text_.sentence(s);
  event.sentences.push_back(s);
  // A later paragraph goes on telling of the meeting when it says what happened in its
  // course ("В ходе встречи жители задали более 40 вопросов", "В завершение встречи ...").
  bool contributes = sentence.paragraph == event.paragraph;
  for (TokenIndex k = sentence.begin + 1; k < sentence.end && !contributes; ++k) {
    LexHit noun;
    contributes = text_.IsOneOf(k - 1, words::kInTheCourseOf) && MeetingNounAt(text_, k, &noun) &&
                  (noun.forms & kAnySingular) && !text_.KazakhAt(k);
  }
  // "В мероприятии приняли участие представители ...": who came.
  // "На встрече, которая прошла в здании областного акимата": where, when the meeting sentence
  // did not say.
  if (event.venue < 0 && sentence.paragraph == event.paragraph) {
    bool about_meeting = false;
    for (TokenIndex k = sentence.begin; k < sentence.end && !about_meeting; ++k) {
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
  for (TokenIndex k = sentence.begin; k < sentence.end && event.draft.audience.empty(); ++k) {
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

}  // namespace kenes::extract::assembly
