#include "extract/places.h"

#include <algorithm>
#include <optional>

#include "core/kazakh_morphology.h"
#include "core/utf8.h"
#include "extract/morphology.h"

namespace kenes::extract {
namespace {

// Words a place's match is read from: two type words and the longest names (three words) with
// a trailing type word fit in six.
constexpr std::size_t kPlaceWords = 6;
// The words of a name the gazetteer does not know, after its type word ("поселке Новый Кенжеколь
// ..."): names of settlements run to three words; more would take in the sentence after it.
constexpr std::size_t kUnknownNameWords = 3;
// A Kazakh name the gazetteer does not know has its type word within two tokens of its start
// ("Бесағаш ауылында", "Жаңа Талап ауылында").
constexpr std::size_t kKazakhUnknownNameWords = 2;
// How far back from its ")" the bracket after a place may open: it holds a figure and its noun
// ("Ботакара (120 человек), Умет"), with room for a qualifier and an adjective or two.
constexpr std::size_t kBracketReach = 8;

bool IsPlaceTypeWord(const AnnotatedText& text, TokenIndex i, LexHit* hit = nullptr) {
  return text.HasEntry(i, LexClass::kPlaceType, hit);
}

// The words of running text from token `first` on, as MatchAt reads them: folded, a hyphenated
// token split in its parts, the full stop of an abbreviation ("г.", "обл.") left out; up to the
// next punctuation mark or line break. `token_of` gives the token each word came from.
struct Words {
  std::vector<std::string_view> views;
  std::vector<TokenIndex> token_of;
};

// FoldForSearch of each word token, computed once and only for the tokens a place may start at
// or run through.
class SearchFolds {
 public:
  explicit SearchFolds(const AnnotatedText& text) : text_(text) { folds_.resize(text.size()); }

  std::string_view At(TokenIndex k) {
    // The token's own fold is FoldForSearch's but for the hyphens and apostrophes it keeps.
    if (!text_.token(k).Has(kJoined)) return text_.Fold(k);
    if (!folds_[k]) folds_[k] = utf8::FoldForSearch(text_.Surface(k));
    return *folds_[k];
  }

 private:
  const AnnotatedText& text_;
  PerToken<std::optional<std::string>> folds_;
};

void CollectWords(const AnnotatedText& text, TokenIndex first, SearchFolds& folds, Words& words) {
  words.views.clear();
  words.token_of.clear();
  for (TokenIndex k = first; text.Contains(k) && words.views.size() < kPlaceWords; ++k) {
    const Token& token = text.token(k);
    if (k > first && token.Has(kLineBefore)) break;
    if (token.IsWord()) {
      const std::string_view folded = folds.At(k);
      std::size_t start = 0;
      while (start <= folded.size()) {
        const std::size_t space = folded.find(' ', start);
        const std::size_t end = space == std::string_view::npos ? folded.size() : space;
        if (end > start) {
          words.views.push_back(folded.substr(start, end - start));
          words.token_of.push_back(k);
        }
        if (space == std::string_view::npos) break;
        start = space + 1;
      }
      continue;
    }
    const bool abbreviation_stop = text.Is(k, ".") && !token.Has(kSpaceBefore) && k > first &&
                                   CharCount(text.Fold(k - 1)) <= 4;
    if (!abbreviation_stop) break;
  }
}

// An adjective made with -ск- ("петропавловский", "карагандинского"), the way Russian derives
// adjectives from place names.
bool DerivedAdjective(std::string_view folded) {
  constexpr std::string_view kEndings[] = {"ский",  "ская", "ское", "ские", "ского", "ской",
                                           "скому", "ским", "ском", "скую", "ских",  "скими"};
  return std::any_of(std::begin(kEndings), std::end(kEndings),
                     [&](std::string_view e) { return folded.ends_with(e); });
}

bool IsNameWord(const AnnotatedText& text, TokenIndex i) {
  if (!text.Contains(i)) return false;
  const Token& token = text.token(i);
  if (!token.IsWord() || !token.Has(kCapitalized) || text.in_speech[i]) return false;
  // Words the lexicon knows as something else are no place names ("Дом", "Депутат").
  return std::all_of(text.hits[i].begin(), text.hits[i].end(),
                     [](const LexHit& hit) { return hit.entry->cls == LexClass::kDomain; });
}

// A Kazakh typed place the gazetteer does not know: one or two capitalized words, then a Kazakh
// type word in any form ("Бесағаш ауылында" -> village "Бесағаш", "Талғар ауданының" -> district
// "Талғар ауданы"). A region is never unknown.
bool ReadKazakhUnknownTyped(const AnnotatedText& text, TokenIndex i, PlaceMention& mention) {
  if (!IsNameWord(text, i) || text.HasClass(i, LexClass::kFirstName)) return false;
  for (TokenIndex t = i + 1; text.Contains(t) && t <= i + kKazakhUnknownNameWords; ++t) {
    LexHit type;
    if (IsPlaceTypeWord(text, t, &type) && type.entry->paradigm == Paradigm::kKazakh) {
      const auto kind = static_cast<PlaceKind>(type.entry->value);
      if (kind == PlaceKind::kRegion) return false;
      // "Айгүл Нұрланова Көкшетау қаласында": a surname is no part of a place's name.
      Gender gender;
      for (TokenIndex k = i; k < t; ++k) {
        if (SurnameGender(text.Fold(k), gender)) return false;
      }
      const std::string written(text.TextOf(i, t));
      mention.first_token = i;
      mention.end_token = t + 1;
      mention.kind = kind;
      // A district is named with its type word, as the gazetteer names districts
      // ("Осакаров ауданы"); a settlement by its name alone.
      mention.name = kind == PlaceKind::kDistrict
                         ? written + " " + kazakh::Nominative(text.Fold(t), type.entry->stem, true)
                         : written;
      return true;
    }
    // A capital that only starts the sentence ("Кеше Талғар ауданында") is no part of a name.
    if (!IsNameWord(text, t) || text.token(t).Has(kLineBefore) || text.SentenceAt(i).begin == i) {
      return false;
    }
  }
  return false;
}

// A typed place the gazetteer does not know: "поселке Ромашково", "Бухар-Жырауского района".
// The name is what the text writes (after a type word Russian keeps a name in the nominative);
// a region or district adjective is put in the nominative with its type word.
bool ReadUnknownTyped(const AnnotatedText& text, TokenIndex i, PlaceMention& mention) {
  LexHit type;
  // "Карагандинской области", "Коктальского сельского округа".
  if (text.token(i).Has(kCapitalized) && text.token(i).IsWord() &&
      AdjectiveForms(text.Fold(i)) != 0 && !text.HasClass(i, LexClass::kFirstName)) {
    TokenIndex t = i + 1;
    if (text.IsOneOf(t, words::kRural)) ++t;
    if (IsPlaceTypeWord(text, t, &type)) {
      const auto kind = static_cast<PlaceKind>(type.entry->value);
      if (kind == PlaceKind::kRegion || kind == PlaceKind::kDistrict || kind == PlaceKind::kOkrug) {
        mention.first_token = i;
        mention.end_token = t + 1;
        mention.kind = kind;
        mention.name =
            AdjectiveLemma(text.Surface(i), type.entry->gender) + " " + type.entry->lemma;
        return true;
      }
    }
    return false;
  }
  // Kazakh: "Бесағаш ауылында", "Талғар ауданының" — the name, then its type word.
  if (ReadKazakhUnknownTyped(text, i, mention)) return true;
  // "поселке Нура", "г. Караганда", "области Абай".
  if (!IsPlaceTypeWord(text, i, &type) || text.token(i).Has(kCapitalized) ||
      type.entry->paradigm == Paradigm::kKazakh) {
    return false;
  }
  TokenIndex name = i + 1;
  if (CharCount(type.entry->lemma) <= 3) {
    if (!text.Is(name, ".")) return false;
    // "2026 г." is a year.
    if (!i.IsFirst() && text.token(i - 1).kind == TokenKind::kNumber) return false;
    ++name;
  }
  TokenIndex end = name;
  while (text.Contains(end) && end < name + kUnknownNameWords && IsNameWord(text, end) &&
         (end == name || !text.token(end).Has(kLineBefore))) {
    // "селе Коктал Жуалынского района": the adjective of the next place is not this name's;
    // "в сельских округах Баянаульского района" names no okrug at all.
    if (AdjectiveForms(text.Fold(end)) != 0 && IsPlaceTypeWord(text, end + 1)) {
      break;
    }
    ++end;
  }
  if (end == name) return false;
  const auto kind = static_cast<PlaceKind>(type.entry->value);
  // Every region is in the gazetteer, so an unknown "области X" is no region; and "аким района
  // Ерлан Петров" names a person after the type word, not a district. A village or settlement
  // type word is followed by no person ("пос. Габидена Мустафина" is a village named after one).
  if (kind == PlaceKind::kRegion) return false;
  const bool settlement = kind == PlaceKind::kSettlement || kind == PlaceKind::kVillage;
  Gender gender;
  if (!settlement && (text.HasClass(name, LexClass::kFirstName) ||
                      (end > name + 1 && SurnameGender(text.Fold(end - 1), gender)))) {
    return false;
  }
  const std::string written(text.TextOf(name, end));
  mention.first_token = i;
  mention.end_token = end;
  mention.kind = kind;
  mention.name = kind == PlaceKind::kRegion || kind == PlaceKind::kDistrict
                     ? type.entry->lemma + " " + written
                     : written;
  return true;
}

// Whether the name at token `i` is joined to the place before it by "и" or a comma, with the
// bracket that may follow that place: "в Нуре и Осакаровке", "в селах Ботакара (120 человек),
// Умет (64 человека) и Кокпекты".
bool JoinedToPlaceBefore(const AnnotatedText& text, const std::vector<PlaceMention>& places,
                         TokenIndex i) {
  return !places.empty() && JoinedPlaces(text, places.back().end_token, i);
}

// An unknown settlement joined to a typed one before it ("в селах Ботакара, Умет и
// Кокпекты"): the type word is said once for them all. Russian only; not a person's name.
bool ReadJoinedName(const AnnotatedText& text, const std::vector<PlaceMention>& places,
                    TokenIndex i, PlaceMention& mention) {
  if (!JoinedToPlaceBefore(text, places, i) || text.KazakhAt(i) || !IsNameWord(text, i) ||
      text.HasClass(i, LexClass::kFirstName)) {
    return false;
  }
  const PlaceMention& before = places.back();
  const PlaceKind kind = before.place() ? before.place()->kind : before.kind;
  if (!before.typed || (kind != PlaceKind::kSettlement && kind != PlaceKind::kVillage)) {
    return false;
  }
  TokenIndex end = i;
  while (text.Contains(end) && end < i + kUnknownNameWords && IsNameWord(text, end) &&
         (end == i || !text.token(end).Has(kLineBefore))) {
    ++end;
  }
  Gender gender;
  if (end > i + 1 && SurnameGender(text.Fold(end - 1), gender)) return false;
  mention.first_token = i;
  mention.end_token = end;
  mention.kind = kind;
  mention.name = std::string(text.TextOf(i, end));
  mention.typed = true;  // by the type word it shares
  return true;
}

}  // namespace

std::vector<PlaceMention> FindPlaces(const AnnotatedText& text, const Gazetteer& gazetteer) {
  std::vector<PlaceMention> places;
  Words words;
  SearchFolds folds(text);
  for (TokenIndex i; text.Contains(i); ++i) {
    if (text.in_speech[i] || !text.token(i).IsWord()) continue;
    const bool capitalized = text.token(i).Has(kCapitalized);
    LexHit type_hit;
    // A Kazakh type word follows its name ("Талғар ауданында"), so it starts none.
    const bool type_word =
        IsPlaceTypeWord(text, i, &type_hit) && type_hit.entry->paradigm != Paradigm::kKazakh;
    // Place names are capitalized and type words lead them; nothing else can start one.
    if (!capitalized && !type_word) continue;
    PlaceMention mention;
    CollectWords(text, i, folds, words);
    PlaceMatch match = gazetteer.MatchAt(words.views);
    // "в п. Глубокое": when the gazetteer knows no settlement of that name it offers what it has
    // (the district named after it); the type word says that is not the place.
    LexHit type;
    if (match.words > 0 && match.typed && IsPlaceTypeWord(text, i, &type)) {
      const auto kind = static_cast<PlaceKind>(type.entry->value);
      const Place& found = *match.places.front();
      const bool settlement =
          kind == PlaceKind::kSettlement || kind == PlaceKind::kVillage || kind == PlaceKind::kCity;
      if (settlement && (found.kind == PlaceKind::kDistrict || found.kind == PlaceKind::kRegion ||
                         found.kind == PlaceKind::kOkrug)) {
        match = PlaceMatch{};
      }
    }
    if (match.words > 0) {
      const TokenIndex end = words.token_of[match.words - 1] + 1;
      if (!match.typed) {
        // "Петропавловский колледж": an adjective made from a city's name is no place.
        if (DerivedAdjective(text.Fold(i)) &&
            !DerivedAdjective(utf8::FoldForSearch(match.places.front()->name_ru))) {
          continue;
        }
        // A bare name is a place after a preposition, in a dateline ("Астана, 13 марта"), or
        // when it is a city of republican significance; elsewhere "Абай" is as often a person.
        const bool after_preposition =
            !i.IsFirst() && text.IsOneOf(i - 1, words::kPlacePrepositions);
        const bool dateline = text.SentenceAt(i).begin == i && text.Is(end, ",") &&
                              text.Contains(end + 1) &&
                              text.token(end + 1).kind == TokenKind::kNumber;
        // A city is named by its name alone; villages share their names with people.
        const Place& found = *match.places.front();
        const bool city = found.kind == PlaceKind::kCity && found.level <= PlaceLevel::kDistrict;
        // "в Нуре и Осакаровке": a name joined to the place before it shares its preposition.
        const bool joined = JoinedToPlaceBefore(text, places, i);
        if (!after_preposition && !dateline && !city && !joined) continue;
        if (text.HasClass(i, LexClass::kFirstName)) continue;
        // «Астана» the football club, «Астана Арена» the stadium: a quoted name is no place.
        if (!i.IsFirst() && text.token(i - 1).kind == TokenKind::kOpenQuote) continue;
      }
      mention.first_token = i;
      mention.end_token = end;
      mention.typed = match.typed;
      mention.places = match.places;
      mention.kind = match.places.front()->kind;
      mention.name = match.places.front()->name_ru;
    } else if (ReadUnknownTyped(text, i, mention)) {
      mention.typed = true;
    } else if (!ReadJoinedName(text, places, i, mention)) {
      continue;
    }
    mention.span = text.SpanOf(mention.first_token, mention.end_token);
    i = mention.end_token - 1;
    places.push_back(std::move(mention));
  }
  return places;
}

bool JoinedPlaces(const AnnotatedText& text, TokenIndex previous_end, TokenIndex next) {
  if (next < TokenIndex(2) || !(text.Is(next - 1, words::kAnd) || text.Is(next - 1, ",")))
    return false;
  TokenIndex k = next - 1;
  if (text.Is(k - 1, ")")) {
    TokenIndex open = k - 1;
    while (!open.IsFirst() && open + kBracketReach > k && !text.Is(open, "(")) --open;
    if (!text.Is(open, "(")) return false;
    k = open;
  }
  return previous_end == k;
}

}  // namespace kenes::extract
