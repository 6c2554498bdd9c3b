#include "extract/organizations.h"

#include <algorithm>

#include "core/kazakh_morphology.h"
#include "core/utf8.h"
#include "extract/morphology.h"

namespace kenes::extract {
namespace {

// The agreeing adjectives before a Russian type word: "Карагандинского многопрофильного
// технического колледжа"; more would be the words of the clause before it.
constexpr std::size_t kModifiersBefore = 3;
// A Kazakh organization's name stands before its type word, description and proper name
// together ("Қарағанды облыстық көпсалалы ауруханасы"): one word more.
constexpr std::size_t kKazakhWordsBefore = 4;
// How far a Russian type word's complement runs: its genitive words, a place, a quoted name and
// a legal form ("шахта «Тентек» акционерного общества «Qarmet»", "Дом культуры поселка
// Осакаровка").
constexpr std::size_t kComplementReach = 10;
// The words of the name an organization is "named after" ("Қожа Ахмет Ясауи атындағы").
constexpr std::size_t kNamedAfterWords = 4;

constexpr std::string_view kCloseQuote = "\u00BB";
constexpr std::string_view kOpenQuote = "\u00AB";

bool GenitiveLooking(std::string_view folded) {
  // Noun and adjective endings of the genitive; enough to follow "фонда защиты свободы слова".
  constexpr std::string_view kEndings[] = {"ого", "его", "ой", "ей", "ых", "их", "ов",
                                           "ев",  "ий",  "а",  "я",  "ы",  "и"};
  return std::any_of(std::begin(kEndings), std::end(kEndings),
                     [&](std::string_view e) { return folded.ends_with(e); });
}

// All capitals before a Kazakh case suffix too: "ЖШС-да", "КМП-ның".
bool CapitalsBeforeSuffix(const AnnotatedText& text, TokenIndex i) {
  const Token& token = text.token(i);
  if (token.Has(kAllCaps)) return true;
  const std::string_view surface = text.Surface(i);
  const std::size_t hyphen = surface.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0) return false;
  const std::string_view before = surface.substr(0, hyphen);
  for (std::size_t pos = 0; pos < before.size();) {
    const char32_t c = utf8::Decode(before, pos);
    if (utf8::ToLower(c) == c) return false;
  }
  return true;
}

bool IsLegalForm(const AnnotatedText& text, TokenIndex i, LexHit* hit = nullptr) {
  return text.Contains(i) && CapitalsBeforeSuffix(text, i) &&
         text.HasClass(i, LexClass::kLegalForm, hit);
}

// Token `i` is an organization type word whose companion word (if it needs one) stands beside it.
bool IsOrgType(const AnnotatedText& text, TokenIndex i, LexHit* found) {
  return text.HasEntry(i, LexClass::kOrgType, found);
}

// The kind a quoted name's own words give, if any.
bool KindFromWords(const AnnotatedText& text, TokenIndex begin, TokenIndex end, OrgKind& kind,
                   int& segment) {
  for (TokenIndex k = begin; k < end; ++k) {
    LexHit hit;
    if (IsOrgType(text, k, &hit)) {
      const OrgType& type = Lexicon::OrgTypes()[hit.entry->value];
      kind = type.kind;
      segment = type.segment;
      return true;
    }
    for (const words::KindWord& word : words::kKindWords) {
      if (text.Fold(k) == word.folded) {
        kind = word.kind;
        return true;
      }
    }
  }
  return false;
}

// The head's dictionary form spelt as the text spells the head: "Доме" -> "Дом культуры",
// "центре" -> "центр".
// `lemma` spelt with the first letter of `surface` in its case.
std::string WithCaseOf(std::string_view surface, std::string_view lemma) {
  std::size_t pos = 0;
  const char32_t first = utf8::Decode(surface, pos);
  std::size_t lemma_pos = 0;
  const char32_t lemma_first = utf8::Decode(lemma, lemma_pos);
  std::string out;
  const bool capital = utf8::ToLower(first) != first;
  utf8::Append(out, capital ? ToUpper(lemma_first) : utf8::ToLower(lemma_first));
  out.append(lemma.substr(lemma_pos));
  return out;
}

// The nominative of one part of a hyphenated head ("гимназии" of "школы-гимназии"): the lemma
// of a noun the lexicon knows, else the part as written ("1" of "ГРЭС-1").
std::string PartLemma(const Lexicon& lexicon, std::string_view part) {
  for (const LexHit& hit : lexicon.Find(FoldWord(part))) {
    if (hit.entry->paradigm != Paradigm::kFixed && hit.entry->paradigm != Paradigm::kAdjective &&
        hit.entry->lemma.find(' ') == std::string::npos) {
      return WithCaseOf(part, hit.entry->lemma);
    }
  }
  return std::string(part);
}

std::string HeadLemma(const AnnotatedText& text, TokenIndex head, const LexEntry& entry) {
  const std::string_view surface = text.Surface(head);
  // A word that does not inflect ("ГРЭС-1", Kazakh "партиясы") stays as written.
  if (entry.paradigm == Paradigm::kFixed) return std::string(surface);
  // "школы-гимназии": each part in the nominative.
  if (surface.find('-') != std::string_view::npos && FoldWord(surface) != FoldWord(entry.lemma)) {
    std::string out;
    std::size_t start = 0;
    while (true) {
      const std::size_t hyphen = surface.find('-', start);
      const std::string_view part = surface.substr(start, hyphen - start);
      out += start == 0 ? WithCaseOf(part, entry.lemma) : PartLemma(*text.lexicon, part);
      if (hyphen == std::string_view::npos) break;
      out += '-';
      start = hyphen + 1;
    }
    return out;
  }
  // A two-word entry whose first word agrees with the head ("акционерное общество") has that
  // word written before; only the head's own lemma is wanted here.
  return WithCaseOf(surface, entry.previous_prefix.empty()
                                 ? entry.lemma
                                 : entry.lemma.substr(entry.lemma.rfind(' ') + 1));
}

class OrgReader {
 public:
  OrgReader(const AnnotatedText& text, const PeopleFinding& people,
            std::span<const PlaceMention> places)
      : text_(text) {
    blocked_.assign(text.size(), 0);
    place_at_.assign(text.size(), -1);
    taken_.assign(text.size(), 0);
    for (const PersonMention& person : people.people) {
      blocked_.Fill(person.name_first, person.name_end, 1);
    }
    place_end_.assign(text.size() + 1, -1);
    for (std::size_t p = 0; p < places.size(); ++p) {
      place_at_[places[p].first_token] = static_cast<int>(p);
      place_end_[places[p].end_token] = static_cast<int>(p);
    }
    places_ = places;
  }

  std::vector<OrgMention> Run() {
    for (TokenIndex i; text_.Contains(i); ++i) {
      if (text_.in_speech[i] || taken_[i]) continue;
      LexHit hit;
      if (IsOrgType(text_, i, &hit)) {
        ReadTyped(i, hit);
      } else if (IsLegalForm(text_, i, &hit)) {
        ReadLegal(i, hit);
      } else if (text_.IsOneOf(i, words::kCitingVerbs)) {
        ReadSource(i + 1);
      }
    }
    // A type word inside another organization's quoted name ("ГРЭС-1" of "«Екібастұз ГРЭС-1»
    // ЖШС") is part of that name, not an organization of its own.
    std::vector<OrgMention> outermost;
    for (const OrgMention& inner : found_) {
      const bool nested = std::any_of(found_.begin(), found_.end(), [&](const OrgMention& outer) {
        return outer.first_token < inner.first_token && inner.end_token < outer.end_token;
      });
      if (!nested) outermost.push_back(inner);
    }
    found_ = std::move(outermost);
    std::sort(found_.begin(), found_.end(), [](const OrgMention& a, const OrgMention& b) {
      return a.first_token < b.first_token;
    });
    // "шахта «Тентек» акционерного общества «Qarmet»": an organization right after another
    // one's name, in the genitive, is the one it belongs to.
    for (std::size_t k = 0; k + 1 < found_.size(); ++k) {
      if (found_[k + 1].first_token == found_[k].end_token && found_[k + 1].named &&
          text_.SentenceOf(found_[k].first_token) == text_.SentenceOf(found_[k + 1].first_token)) {
        found_[k].parent = static_cast<int>(k + 1);
      }
    }
    return std::move(found_);
  }

 private:
  void ReadTyped(TokenIndex head, const LexHit& hit) {
    const LexEntry& entry = *hit.entry;
    const OrgType& type = Lexicon::OrgTypes()[entry.value];
    const Sentence& sentence = text_.SentenceAt(head);
    TokenIndex first = head;
    if (!entry.previous_prefix.empty()) --first;
    // Kazakh puts the name first: "«AMANAT» партиясы".
    if ((entry.paradigm == Paradigm::kFixed || entry.paradigm == Paradigm::kKazakh) &&
        head > sentence.begin && text_.token(head - 1).kind == TokenKind::kCloseQuote &&
        text_.Paired(head - 1) && !taken_[head - 1]) {
      const TokenIndex open = text_.quote_pair[head - 1];
      OrgMention org;
      org.name = BalanceQuotes(std::string(text_.TextOf(open, head))) + " ";
      // The type word in the nominative of its form: "«Шахтинская» шахтасының" is named
      // "«Шахтинская» шахтасы".
      if (entry.paradigm == Paradigm::kKazakh) {
        org.name +=
            kazakh::Nominative(text_.Fold(head), entry.stem, (hit.forms & kKazakhPossessive) != 0);
      } else {
        org.name += text_.Surface(head);
      }
      org.kind = type.kind;
      org.segment = type.segment;
      org.named = true;
      Record(std::move(org), open, head + 1);
      return;
    }
    if (entry.paradigm == Paradigm::kKazakh) {
      ReadKazakhTyped(head, hit, type, first);
      return;
    }
    // Agreeing modifiers to the left: "Карагандинского", "многопрофильного".
    while (first > sentence.begin && head - first < kModifiersBefore) {
      const TokenIndex k = first - 1;
      if (!text_.token(k).IsWord() || AdjectiveForms(text_.Fold(k)) == 0 || blocked_[k] ||
          taken_[k] || IsNoun(k)) {
        break;
      }
      // "Мангистауского областного маслихата": a place read from adjectives belongs to the name.
      if (place_end_[first] >= 0) {
        const PlaceMention& place = places_[place_end_[first]];
        bool adjectives = true;
        for (TokenIndex t = place.first_token; t < first; ++t) {
          adjectives = adjectives && AdjectiveForms(text_.Fold(t)) != 0;
        }
        if (!adjectives) break;
        first = place.first_token;
        continue;
      }
      if (place_at_[k] >= 0) break;
      first = k;
    }
    TokenIndex end = head + 1 + (entry.next_prefix.empty() ? 0 : 1);
    bool named = false;
    // The complement: genitive words, capitalized words, a place, a quoted name, a legal form.
    TokenIndex kept = end;
    for (TokenIndex k = end; k < sentence.end && k < end + kComplementReach;) {
      const Token& token = text_.token(k);
      LexHit other;
      if (token.kind == TokenKind::kOpenQuote && text_.Paired(k) && text_.quote_pair[k] > k) {
        k = text_.quote_pair[k] + 1;
        if (IsLegalForm(text_, k)) ++k;
        kept = k;
        named = true;
        break;
      }
      if (blocked_[k] || IsOrgType(text_, k, &other) || IsLegalForm(text_, k)) break;
      if (place_at_[k] >= 0) {
        k = places_[place_at_[k]].end_token;
        kept = k;
        break;
      }
      // "школы № 25": a number names the organization.
      if (text_.Is(k, "№") && k + 1 < sentence.end &&
          text_.token(k + 1).kind == TokenKind::kNumber) {
        k += 2;
        kept = k;
        named = true;
        continue;
      }
      // An initial or an abbreviation inside a name: "имени М. Ауэзова", "им. Абая".
      if (text_.Is(k, ".") && k > end && !token.Has(kSpaceBefore) &&
          ((text_.token(k - 1).Has(kCapitalized) && CharCount(text_.Fold(k - 1)) == 1) ||
           text_.Is(k - 1, words::kNamedAfterAbbreviation))) {
        ++k;
        continue;
      }
      if (!token.IsWord()) break;
      // The next organization's modifier ("акционерного" of "акционерного общества").
      if (IsOrgType(text_, k + 1, &other) && !other.entry->previous_prefix.empty()) break;
      if (token.Has(kCapitalized) || token.Has(kAllCaps)) {
        ++k;
        kept = k;
        named = true;
        continue;
      }
      if (!(GenitiveLooking(text_.Fold(k)) || text_.Is(k, words::kNamedAfterAbbreviation)) ||
          text_.HasClass(k, LexClass::kSpeechVerb) || text_.HasClass(k, LexClass::kMeetingVerb)) {
        break;
      }
      ++k;
    }
    end = kept;
    // A description alone ("многопрофильного колледжа") is kept only where it says whose
    // collective or which building; a generic "центр", "движение" says neither.
    const bool described = type.segment >= 0 && type.kind != OrgKind::kPublicAssociation &&
                           type.kind != OrgKind::kBusinessAssociation &&
                           type.kind != OrgKind::kMedia;
    // A capital names an organization; at the start of a sentence it says nothing, except
    // before a type press releases do not use generically ("Общенациональная коалиция
    // призывает", but "Районная больница провела").
    for (TokenIndex k = first; k < end && !named; ++k) {
      named = text_.token(k).Has(kCapitalized) && (k != sentence.begin || !described);
    }
    if (!named && (!described || !entry.previous_prefix.empty())) return;

    std::string name;
    for (TokenIndex k = first; k < head; ++k) {
      name += AdjectiveLemma(text_.Surface(k), entry.gender);
      name += ' ';
    }
    name += HeadLemma(text_, head, entry);
    const TokenIndex rest = head + 1 + (entry.next_prefix.empty() ? 0 : 1);
    if (rest < end) {
      name += ' ';
      name += text_.TextOf(rest, end);
    }
    OrgMention org;
    org.name = BalanceQuotes(std::move(name));
    org.kind = type.kind;
    org.segment = type.segment;
    org.venue = type.venue;
    org.named = named;
    KindFromWords(text_, rest, end, org.kind, org.segment);
    Record(std::move(org), first, end);
  }

  bool KazakhAdjectiveOrBare(const PlaceMention& place) const {
    if (!place.typed) return true;
    const std::string_view last = text_.Fold(place.end_token - 1);
    return last.ends_with("лық") || last.ends_with("лік") || last.ends_with("дық") ||
           last.ends_with("дік") || last.ends_with("тық") || last.ends_with("тік");
  }

  // A Kazakh type word after its name: "Қарағанды техникалық университеті", "Нұра аудандық
  // ауруханасы", "Мәдениет үйінде". The name is the capitalized and lower-case words before the
  // head, which comes back in the nominative of its form ("университетінде" -> "университеті").
  // A type word alone, or capitalized only because it starts the sentence ("Коалиция
  // мүшелері"), names nothing.
  void ReadKazakhTyped(TokenIndex head, const LexHit& hit, const OrgType& type, TokenIndex first) {
    const LexEntry& entry = *hit.entry;
    const Sentence& sentence = text_.SentenceAt(head);
    bool named = false;
    for (TokenIndex k = first; k < head + 1; ++k) {
      named = named || (text_.token(k).Has(kCapitalized) && k != sentence.begin);
    }
    while (first > sentence.begin && head - first < kKazakhWordsBefore) {
      const TokenIndex k = first - 1;
      const Token& token = text_.token(k);
      // "Қарағанды облыстық ауруханасы": a place right before opens the name, when it is named
      // bare or with an adjective ("облыстық"), not where something is ("Теміртау қаласында").
      if (place_end_[first] >= 0 && KazakhAdjectiveOrBare(places_[place_end_[first]])) {
        first = places_[place_end_[first]].first_token;
        named = true;
        break;
      }
      if (!token.IsWord() || blocked_[k] || taken_[k] || place_at_[k] >= 0 ||
          !text_.hits[k].empty()) {
        break;
      }
      // "Абай атындағы мектеп", "Қожа Ахмет Ясауи атындағы университет": named after someone,
      // whose name is the organization's.
      if (text_.Is(k, words::kNamedAfter)) {
        TokenIndex name = k;
        while (name > sentence.begin && name + kNamedAfterWords > k &&
               text_.token(name - 1).IsWord() && text_.token(name - 1).Has(kCapitalized)) {
          --name;
        }
        if (name < k) {
          first = name;
          named = true;
          break;
        }
      }
      // Lower-case words before the head: "техникалық", "көпсалалы" (a description).
      if (!token.Has(kCapitalized) && head - first >= 2 && !named) break;
      named = named || (token.Has(kCapitalized) && k != sentence.begin);
      first = k;
    }
    // "№12 мектеп": a number names it.
    if (first >= sentence.begin + 2 && text_.token(first - 1).kind == TokenKind::kNumber &&
        text_.Is(first - 2, "№")) {
      first -= 2;
      named = true;
    }
    const bool described = type.segment >= 0 && type.kind != OrgKind::kPublicAssociation;
    if (!named && !described) return;
    std::string name(text_.TextOf(first, head > first ? head : first + 1));
    if (head == first) name.clear();
    if (!name.empty()) name += ' ';
    // "Мәдениет Үйі", as some write it, keeps its capital.
    name += WithCaseOf(
        text_.Surface(head),
        kazakh::Nominative(text_.Fold(head), entry.stem, (hit.forms & kKazakhPossessive) != 0));
    OrgMention org;
    org.name = std::move(name);
    org.kind = type.kind;
    org.segment = type.segment;
    org.venue = type.venue;
    org.named = named;
    Record(std::move(org), first, head + 1);
  }

  // "ТОО «AMANAT MEDIA GROUP»", "«Қаратал» КМП".
  void ReadLegal(TokenIndex form, const LexHit& hit) {
    TokenIndex first = form, end = form + 1;
    const bool quote_after =
        text_.Contains(form + 1) && text_.token(form + 1).kind == TokenKind::kOpenQuote;
    if (quote_after && text_.Paired(form + 1) && text_.quote_pair[form + 1] > form + 1) {
      end = text_.quote_pair[form + 1] + 1;
    } else if (!form.IsFirst() && text_.token(form - 1).kind == TokenKind::kCloseQuote &&
               text_.Paired(form - 1) && !taken_[form - 1]) {
      first = text_.quote_pair[form - 1];
    } else if (quote_after && text_.Contains(form + 2)) {
      // An unclosed name: "ОО «Партия «AMANAT»" at the end of a line.
      end = form + 2;
      while (text_.Contains(end) && !text_.token(end).Has(kLineBefore)) ++end;
    } else {
      return;
    }
    const OrgType& type = Lexicon::OrgTypes()[hit.entry->value];
    OrgMention org;
    org.name = BalanceQuotes(std::string(text_.TextOf(first, end)));
    // "«Екібастұз ГРЭС-1» ЖШС-да": the name without the case suffix of its legal form.
    if (end == form + 1) {
      const std::string_view surface = text_.Surface(form);
      if (const std::size_t hyphen = surface.find('-'); hyphen != std::string_view::npos) {
        org.name.resize(org.name.size() - (surface.size() - hyphen));
      }
    }
    org.kind = type.kind;
    org.segment = type.segment;
    org.named = true;
    KindFromWords(text_, first, end, org.kind, org.segment);
    Record(std::move(org), first, end);
  }

  // A word the lexicon knows as a noun ("коллективом" ends like an adjective but is none).
  bool IsNoun(TokenIndex k) const { return IsKnownNoun(text_.hits[k]); }

  // The outlet after "сообщает": "Kazpravda.kz", "Informburo".
  void ReadSource(TokenIndex first) {
    if (!text_.Contains(first) || !text_.token(first).IsWord() ||
        !(text_.token(first).Has(kCapitalized) || text_.token(first).Has(kLatin))) {
      return;
    }
    TokenIndex end = first + 1;
    while (text_.Contains(end + 1) && !text_.token(end).Has(kSpaceBefore) &&
           (text_.Is(end, ".") || text_.Is(end, "-")) && !text_.token(end + 1).Has(kSpaceBefore) &&
           text_.token(end + 1).IsWord()) {
      end += 2;
    }
    OrgMention org;
    org.name = std::string(text_.TextOf(first, end));
    org.kind = OrgKind::kMedia;
    org.segment = -1;
    org.named = true;
    org.cited = true;
    Record(std::move(org), first, end);
  }

  void Record(OrgMention org, TokenIndex first, TokenIndex end) {
    org.first_token = first;
    org.end_token = end;
    org.span = text_.SpanOf(first, end);
    taken_.Fill(first, end, 1);
    found_.push_back(std::move(org));
  }

  const AnnotatedText& text_;
  PerToken<std::uint8_t> blocked_;
  PerToken<int> place_at_;   // the place mention starting at a token
  PerToken<int> place_end_;  // the place mention ending before a token (one more than tokens)
  PerToken<std::uint8_t> taken_;
  std::span<const PlaceMention> places_;
  std::vector<OrgMention> found_;
};

}  // namespace

std::string BalanceQuotes(std::string name) {
  int depth = 0;
  std::size_t pos = 0;
  while ((pos = name.find_first_of("\xC2", pos)) != std::string::npos) {
    const std::string_view mark = std::string_view(name).substr(pos, 2);
    if (mark == kOpenQuote) ++depth;
    if (mark == kCloseQuote && depth > 0) --depth;
    pos += 2;
  }
  while (depth-- > 0) name += kCloseQuote;
  return name;
}

std::vector<OrgMention> FindOrganizations(const AnnotatedText& text, const PeopleFinding& people,
                                          std::span<const PlaceMention> places) {
  return OrgReader(text, people, places).Run();
}

}  // namespace kenes::extract
