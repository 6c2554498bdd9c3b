// Figures: a meeting's attendance, or a campaign-level claim (assembler.h).
#include <algorithm>

#include "extract/assembler.h"

namespace kenes::extract::assembly {

void Assembler::AssignFigures() {
  // Which event each sentence belongs to; none for a sentence that tells of several at once
  // ("встречи прошли в Нуре и Осакаровке").
  PerSentence<int> owner;
  PerSentence<int> firsts;
  owner.assign(text_.sentences().size(), -1);
  firsts.assign(text_.sentences().size(), 0);
  for (std::size_t e = 0; e < events_.size(); ++e) {
    for (const SentenceIndex s : events_[e].sentences) owner[s] = static_cast<int>(e);
    ++firsts[events_[e].first_sentence];
  }
  for (SentenceIndex s; s < text_.SentenceEnd(); ++s) {
    if (firsts[s] > 1) owner[s] = -1;
  }
  // The first of the events a sentence tells of at once, for the figures it gives each place.
  PerSentence<int> shared;
  shared.assign(owner.size(), -1);
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
    const SentenceIndex s = text_.SentenceOf(figure->first_token);
    const int e = owner[s];
    return e < 0 || s == events_[e].first_sentence || !IsHeadlineLine(s);
  });
  for (const FigureMention* figure_ptr : figures) {
    const FigureMention& figure = *figure_ptr;
    const SentenceIndex s = text_.SentenceOf(figure.first_token);
    const Sentence& sentence = text_.sentence(s);
    LexHit counted;
    const bool has_topic =
        figure.has_noun() && text_.HasClass(figure.noun_end - 1, LexClass::kCountedNoun, &counted);
    const auto topic =
        has_topic ? static_cast<ClaimTopic>(counted.entry->value) : ClaimTopic::kPeople;
    const bool of_things =
        has_topic && topic != ClaimTopic::kPeople && topic != ClaimTopic::kMembers;
    bool cue = false;
    for (TokenIndex k = sentence.begin; k < sentence.end && !cue; ++k) {
      cue = text_.HasClass(k, LexClass::kAttendanceCue) ||
            (text_.HasClass(k, LexClass::kMeetingVerb) && k != figure.first_token);
    }
    int e = owner[s];
    // "встречи прошли в селах Ботакара (120 человек) и Умет (64 человека)": the figure in
    // brackets after a place is that place's meeting's.
    if (e < 0 && shared[s] >= 0 && !figure.first_token.IsFirst() &&
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
    const bool campaign_noun = has_topic &&
                               words::OneOf(counted.entry->lemma, words::kCitizenLemmas) &&
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
int Assembler::OfThePlaceBefore(int e, const FigureMention& figure,
                                const Sentence& sentence) const {
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

// A figure after "в общей сложности" or "всего" (Kazakh "барлығы", "жалпы") in a sentence that
// names meetings in the plural ("во встречах", "на всех встречах", "кездесулерге").
bool Assembler::IsTotalOverMeetings(const FigureMention& figure, const Sentence& sentence) const {
  bool total = false;
  for (TokenIndex k = sentence.begin; k < figure.first_token; ++k) {
    total = total || text_.IsOneOfPhrases(k, words::kTotal, sentence.end);
  }
  if (!total) return false;
  for (TokenIndex k = sentence.begin; k < sentence.end; ++k) {
    LexHit noun;
    if (MeetingNounAt(text_, k, &noun) && !(noun.forms & kAnySingular)) return true;
  }
  return false;
}

// Sentence `s` is the first paragraph's line without a full stop.
bool Assembler::IsHeadlineLine(SentenceIndex s) const {
  const Sentence& line = text_.sentence(s);
  return line.paragraph == 0 && !text_.Is(line.end - 1, ".");
}

}  // namespace kenes::extract::assembly
