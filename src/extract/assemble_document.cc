// The document's date and region, each draft finished, and the extraction's lists (assembler.h).
#include <algorithm>
#include <cmath>

#include "core/utf8.h"
#include "extract/assembler.h"

namespace kenes::extract::assembly {

void Assembler::ReadDocumentDate() {
  for (const DateMention& date : m_.dates) {
    if (date.header) {
      out_.date = date.date;
      out_.date_span = date.span;
      return;
    }
  }
  // A dateline ("Астана, 13 марта 2026 года") or the first date of the first paragraph; when
  // that paragraph is a headline alone (one line, no full stop), of the lead after it
  // ("Члены коалиции встретились с аграриями" / "24 февраля 2026 года члены коалиции …").
  const auto& sentences = text_.segmented.sentences;
  const bool headline = !sentences.empty() && IsHeadlineLine(SentenceIndex(0)) &&
                        (sentences.size() == 1 || sentences[SentenceIndex(1)].paragraph != 0);
  for (std::uint32_t paragraph = 0; paragraph <= (headline ? 1u : 0u); ++paragraph) {
    for (const DateMention& date : m_.dates) {
      if (text_.SentenceAt(date.first_token).paragraph == paragraph) {
        out_.date = date.date;
        out_.date_span = date.span;
        return;
      }
    }
  }
  if (reference_) out_.date = *reference_;
}

void Assembler::ReadDocumentRegion() {
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

void Assembler::SetDocumentRegion(const PlaceMention& place) {
  out_.region = place.place() ? place.place()->name_ru : place.name;
  out_.region_code = place.place() ? place.place()->code : "";
  out_.region_span = place.span;
  region_is_city_ = place.place() && place.place()->kind == PlaceKind::kCity;
}

// "В тот же день в Шахтинске ...": a meeting that gives no date of its own but says it was
// held the day of the meeting before it.
void Assembler::InheritSameDay() {
  for (std::size_t e = 1; e < events_.size(); ++e) {
    DraftEvent& draft = events_[e].draft;
    const DraftEvent& previous = events_[e - 1].draft;
    if (draft.date || !previous.date) continue;
    const Sentence& sentence = text_.sentence(events_[e].first_sentence);
    for (TokenIndex k = sentence.begin; k + 1 < sentence.end; ++k) {
      // "в тот же день"; Kazakh "сол күні".
      if (text_.IsOneOfPhrases(k, words::kSameDay)) {
        draft.date = previous.date;
        draft.date_span = previous.date_span;
        draft.inherited.insert(draft.inherited.begin(), "date");
        break;
      }
    }
  }
}

void Assembler::Finish(Working& event) {
  DraftEvent& draft = event.draft;
  std::vector<Language> languages;
  std::vector<int> words;
  // The sentences that tell of it, within its span (a sentence merely passed over after it
  // is not its own).
  for (const SentenceIndex s : event.sentences) {
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
  draft.span =
      ByteSpan{sentences[event.first_sentence].span.begin, sentences[event.last_sentence].span.end};
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
std::string Assembler::Title(const std::string& name) const {
  for (const PersonMention& person : m_.people.people) {
    if (person.name == name && !person.title.empty() && !person.photo_credit) {
      return person.title;
    }
  }
  for (const PersonMention& person : m_.people.people) {
    if (person.name == name) return person.title;
  }
  return {};
}

void Assembler::ListPeople() {
  for (const PersonMention& person : m_.people.people) {
    if (std::any_of(out_.people.begin(), out_.people.end(),
                    [&](const ExtractedPerson& p) { return p.name == person.name; })) {
      continue;
    }
    out_.people.push_back(ExtractedPerson{person.name, Title(person.name), person.span});
  }
}

void Assembler::ListOrganizations() {
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

void Assembler::ListDatesAndImprint() {
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

}  // namespace kenes::extract::assembly
