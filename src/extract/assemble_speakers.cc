// Who speaks at a meeting (assembler.h).
#include <algorithm>

#include "extract/assembler.h"

namespace kenes::extract::assembly {
namespace {

// The lower-case words that may stand between a speech verb and the person after it ("подчеркнул
// в своем выступлении депутат ..."); more is a clause of its own.
constexpr std::size_t kWordsBeforeSpeaker = 4;

}  // namespace

// People who speak in `sentence`: the subject or object of a speech verb ("сказал Серик
// Утешов", "Ерлан Кошанов поблагодарил"), everyone a plural one lists ("выступили ... A, B и
// C", "A и B ответили"), whom "он", "она" or a bare title ("сказал депутат") refers to, and
// those "по словам" or "с участием" name. Returns whether it names one (new or not).
bool Assembler::AddSpeakers(Working& event, const Sentence& sentence) {
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
          !(text_.Is(a.end_token, ",") || text_.Is(a.end_token, words::kAnd))) {
        break;
      }
      take(next);
      q = next;
    }
  };
  for (std::size_t p = 0; p < people.size(); ++p) {
    const TokenIndex f = people[p].first_token;
    if (f < sentence.begin + 2 || f >= sentence.end || people[p].photo_credit) continue;
    if (text_.IsPhrase(f - 2, words::kAccordingTo)) take(p);
    // "во главе с сенатором ...": who led the delegation speaks for it.
    if (text_.IsPhrase(f - 2, words::kHeadedBy)) take(p);
    if (text_.IsPhrase(f - 2, words::kWithParticipation)) {
      take(p);
      take_list(p, +1);
    }
  }
  // "По словам сенатора": the senator named before.
  for (const TitleReference& reference : m_.people.references) {
    const TokenIndex t = reference.token;
    if (t >= sentence.begin + 2 && t < sentence.end && text_.IsPhrase(t - 2, words::kAccordingTo)) {
      if (const auto p = LastPersonBefore(t, Gender::kMasculine, reference.head)) take(*p);
    }
  }
  for (TokenIndex v = sentence.begin; v < sentence.end; ++v) {
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
        if ((subject || after_quote) && !person.photo_credit && NamedInNominative(person)) {
          take(p);
        }
      }
      continue;
    }
    const bool plural = (verb.forms & kVerbPlural) != 0;
    bool any = false;
    for (std::size_t p = 0; p < people.size(); ++p) {
      const PersonMention& person = people[p];
      if (person.photo_credit) continue;
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
    const TokenIndex next = v + 1;
    const TokenIndex previous = v > sentence.begin ? v - 1 : kNoToken;
    for (const TokenIndex k : {next, previous}) {
      if (k == kNoToken || k >= sentence.end) continue;
      const std::string_view word = text_.Fold(k);
      if (word == words::kHe || word == words::kShe) {
        const std::optional<std::size_t> p =
            LastPersonBefore(k, word == words::kShe ? Gender::kFeminine : Gender::kMasculine, "");
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
bool Assembler::NamedInNominative(const PersonMention& person) const {
  const std::string_view last = text_.Surface(person.name_end - 1);
  return std::string_view(person.name).ends_with(last);
}

// True when tokens [from, to) are at most kWordsBeforeSpeaker lower-case words: the object of a
// speech verb may stand after a short phrase.
bool Assembler::WordsOnlyBetween(TokenIndex from, TokenIndex to) const {
  if (to - from > kWordsBeforeSpeaker) return false;
  for (TokenIndex k = from; k < to; ++k) {
    const Token& token = text_.token(k);
    if (!token.IsWord() || token.Has(kCapitalized) || text_.HasClass(k, LexClass::kSpeechVerb)) {
      return false;
    }
  }
  return true;
}

std::optional<std::size_t> Assembler::LastPersonBefore(TokenIndex token, Gender gender,
                                                       std::string_view head) const {
  const auto& people = m_.people.people;
  for (std::size_t p = people.size(); p-- > 0;) {
    const PersonMention& person = people[p];
    if (person.first_token >= token || person.photo_credit) continue;
    if (!head.empty()) {
      if (person.title_head == head) return p;
      continue;
    }
    if (!person.gender_known || person.gender == gender) return p;
  }
  return std::nullopt;
}

void Assembler::AddSpeaker(Working& event, std::size_t p) {
  const PersonMention& person = m_.people.people[p];
  for (const std::size_t existing : event.speakers) {
    if (m_.people.people[existing].name == person.name) return;
  }
  // Speakers stay in the order the text names them in.
  const auto at = std::find_if(event.speakers.begin(), event.speakers.end(),
                               [&](std::size_t q) { return q > p; });
  event.speakers.insert(at, p);
}

}  // namespace kenes::extract::assembly
