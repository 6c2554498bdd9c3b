#include "extract/figures.h"

#include <algorithm>
#include <optional>

#include "core/number_words.h"

namespace kenes::extract {
namespace {

// The adjectives a counted noun may have before it ("более 50 общественных организаций"): four
// at most, so that a run of adjectives that ends in no noun is not read far past the figure.
constexpr std::size_t kCountedNounAdjectives = 4;

// The token whose end is byte `end`, searching from `from`; none when `end` falls inside a
// token.
std::optional<TokenIndex> TokenEndingAt(const AnnotatedText& text, TokenIndex from,
                                        ByteOffset end) {
  for (TokenIndex i = from; text.Contains(i); ++i) {
    const ByteOffset token_end = text.token(i).span.end;
    if (token_end == end) return i;
    if (token_end > end) return std::nullopt;
  }
  return std::nullopt;
}

bool IsNounOfPeople(const AnnotatedText& text, TokenIndex i) {
  LexHit hit;
  if (text.HasClass(i, LexClass::kCountedNoun, &hit)) {
    const auto topic = static_cast<ClaimTopic>(hit.entry->value);
    return topic == ClaimTopic::kPeople || topic == ClaimTopic::kMembers;
  }
  return text.HasClass(i, LexClass::kAudience) || text.HasClass(i, LexClass::kRoleNoun) ||
         text.HasClass(i, LexClass::kAttendanceCue) || text.HasClass(i, LexClass::kTitle);
}

}  // namespace

std::vector<FigureMention> FindFigures(const AnnotatedText& text,
                                       std::span<const DateMention> dates) {
  std::vector<FigureMention> figures;
  PerToken<std::uint8_t> in_date;
  in_date.assign(text.size(), 0);
  for (const DateMention& date : dates) in_date.Fill(date.first_token, date.end_token, 1);
  const std::string_view all = text.text();
  for (TokenIndex i; text.Contains(i); ++i) {
    const Token& token = text.token(i);
    if (in_date[i] || text.in_speech[i]) continue;
    if (token.kind != TokenKind::kWord && token.kind != TokenKind::kNumber) continue;
    // A figure starts with digits or with a number or qualifier word; asking the word table
    // first spares the parser the nine words in ten that are neither.
    if (token.kind == TokenKind::kWord) {
      // Number words are none of the lexicon's words, and written in lower case but at the
      // start of a sentence or a quotation.
      if (!text.hits[i].empty()) continue;
      if (token.Has(kCapitalized) && text.SentenceAt(i).begin != i &&
          text.token(i - 1).kind != TokenKind::kOpenQuote) {
        continue;
      }
      const std::string_view fold = text.Fold(i);
      if (number_words::Find(fold) == nullptr &&
          number_words::FindKazakhCaseForm(fold).word == nullptr) {
        continue;
      }
    }
    // A figure starts a word: not the "5" of "COVID-5" nor a number glued to letters.
    if (!i.IsFirst() && !token.Has(kSpaceBefore) && text.token(i - 1).IsWord()) continue;
    if (!i.IsFirst() && text.Is(i - 1, "№")) continue;
    const ByteOffset begin = token.span.begin;
    const std::optional<AttendanceMatch> match = MatchAttendancePrefix(all.substr(begin.value()));
    if (!match || match->length == 0) continue;
    const std::optional<TokenIndex> last = TokenEndingAt(text, i, begin + match->length);
    if (!last) continue;
    const TokenIndex end = *last + 1;
    if (in_date.AnyIn(i, end)) continue;

    FigureMention figure;
    figure.figure = match->attendance;
    figure.first_token = i;
    figure.end_token = end;
    figure.span = text.SpanOf(i, end);
    // What follows: "%" or a unit that is not people makes it no figure of people or things.
    if (text.Contains(end) && (text.Is(end, "%") || text.HasClass(end, LexClass::kNotPeople))) {
      i = end - 1;
      continue;
    }
    // A bare year ("в 2026") is no count.
    if (figure.figure.qualifier == Qualifier::kExact && figure.figure.value >= 1900 &&
        figure.figure.value <= 2100 && token.kind == TokenKind::kNumber) {
      i = end - 1;
      continue;
    }
    // The counted noun phrase: adjectives, then a noun, within the sentence.
    TokenIndex k = end;
    const TokenIndex sentence_end = text.SentenceAt(i).end;
    while (k < sentence_end && k < end + kCountedNounAdjectives && text.token(k).IsWord() &&
           !text.token(k).Has(kCapitalized) && AdjectiveForms(text.Fold(k)) != 0 &&
           !IsKnownNoun(text.hits[k])) {
      ++k;
    }
    // A Kazakh compound names its head last, in the possessive: "ауыл тұрғыны" (a resident of
    // the aul), "зауыттың 250 қызметкері".
    // So does a word the lexicon does not know before a noun it does: "қоғамдық ұйым", "саяси
    // партия".
    while (k + 1 < sentence_end && text.KazakhAt(k) && text.token(k + 1).IsWord() &&
           (std::any_of(text.hits[k + 1].begin(), text.hits[k + 1].end(),
                        [](const LexHit& hit) { return (hit.forms & kKazakhPossessive) != 0; }) ||
            (text.hits[k].empty() && IsKnownNoun(text.hits[k + 1])))) {
      ++k;
    }
    if (k < sentence_end && text.token(k).IsWord() && !text.token(k).Has(kCapitalized)) {
      figure.noun_end = k + 1;
      figure.people = IsNounOfPeople(text, k);
    } else {
      figure.noun_end = end;
      // The parser may have taken the unit in ("300 человек").
      figure.people = IsNounOfPeople(text, end - 1);
    }
    figure.phrase_span = text.SpanOf(i, std::max(figure.noun_end, end));
    figures.push_back(figure);
    i = std::max(figure.end_token, TokenIndex(1)) - 1;
  }
  return figures;
}

}  // namespace kenes::extract
