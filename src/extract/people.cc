#include "extract/people.h"

#include <algorithm>

#include "core/kazakh_morphology.h"
#include "core/utf8.h"
#include "extract/morphology.h"

namespace kenes::extract {
namespace {

// The words of a title before its head: "государственный и общественный деятель", and in
// Kazakh the whole title ("облыс әкімінің орынбасары"); four, so that a title does not take in
// the words of the clause before it.
constexpr std::size_t kTitleWordsBefore = 4;
// How far after a title's head its name may stand: the complement between them can be long
// ("депутат Сената Парламента Республики Казахстан от Карагандинской области ..."), but a
// name further on is another sentence's subject, not the title's.
constexpr std::size_t kTitleNameReach = 16;
// The words of a name before ", <Kazakh title>": a first name, a surname and a patronymic.
constexpr std::size_t kNameWords = 3;

constexpr std::string_view kSurnameEndings[] = {
    "ов",   "ев",   "ин",     "ын",    "ова", "ева",  "ина",  "ына",  "ский", "ская",  "цкий",
    "цкая", "енко", "ук",     "юк",    "улы", "ұлы",  "кызы", "қызы", "ович", "евич",  "овой",
    "евой", "иной", "ову",    "еву",   "ину", "овым", "евым", "иным", "ской", "ского", "овна",
    "евна", "ична", "бекова", "баева", "бай", "баев", "бек",  "жан",  "ханов"};
constexpr std::string_view kPatronymicEndings[] = {
    "ович", "евич", "овича", "евича", "овичу", "евичу", "овичем", "евичем", "овиче", "евиче",
    "овна", "евна", "ична",  "овны",  "евны",  "ичны",  "овне",   "евне",   "ичне",  "овну",
    "евну", "ичну", "овной", "евной", "ичной", "улы",   "ұлы",    "кызы",   "қызы"};

bool EndsWithAny(std::string_view word, std::span<const std::string_view> endings) {
  return std::any_of(endings.begin(), endings.end(),
                     [&](std::string_view e) { return word.ends_with(e); });
}

bool IsFirstName(const AnnotatedText& text, TokenIndex i, LexHit* hit = nullptr) {
  return text.HasClass(i, LexClass::kFirstName, hit);
}

// A capitalized word that may be part of a name: not a word the lexicon knows as something else
// ("Депутат", "Дом", "Мажилиса" is unknown and may be), not an abbreviation in capitals.
bool IsNameToken(const AnnotatedText& text, TokenIndex i) {
  if (!text.Contains(i)) return false;
  const Token& token = text.token(i);
  if (!token.IsWord() || !token.Has(kCapitalized) || token.Has(kAllCaps)) return false;
  if (CharCount(text.Fold(i)) < 2) return false;
  if (IsFirstName(text, i)) return true;
  for (const LexHit& hit : text.hits[i]) {
    if (hit.entry->cls != LexClass::kDomain && hit.entry->cls != LexClass::kCountedNoun) {
      return false;
    }
  }
  return true;
}

// Token `i` continues the name token before it: same sentence and line, a space between.
bool Continues(const AnnotatedText& text, TokenIndex i) {
  return text.Contains(i) && text.token(i).Has(kSpaceBefore) && !text.token(i).Has(kLineBefore) &&
         text.SentenceOf(i) == text.SentenceOf(i - 1);
}

bool IsPatronymic(const AnnotatedText& text, TokenIndex i) {
  return IsNameToken(text, i) && EndsWithAny(text.Fold(i), kPatronymicEndings);
}

bool IsSurnameLike(const AnnotatedText& text, TokenIndex i) {
  return IsNameToken(text, i) && !IsFirstName(text, i) &&
         EndsWithAny(text.Fold(i), kSurnameEndings);
}

// After a name: anything but another name word.
bool NameEndsAt(const AnnotatedText& text, TokenIndex i) {
  return !text.Contains(i) || !Continues(text, i) || !IsNameToken(text, i);
}

// The length of a name starting at `i` that its shape shows, 0 when none: first name (and
// patronymic) and surname, or surname and first name (and patronymic), as official lists write.
std::size_t StrongNameAt(const AnnotatedText& text, TokenIndex i) {
  if (!IsNameToken(text, i) || !Continues(text, i + 1) || !IsNameToken(text, i + 1)) return 0;
  if (IsFirstName(text, i)) {
    if (IsPatronymic(text, i + 1) && Continues(text, i + 2) && IsNameToken(text, i + 2)) return 3;
    return 2;
  }
  if (IsSurnameLike(text, i + 1) && NameEndsAt(text, i + 2)) return 2;
  if (IsSurnameLike(text, i) && IsFirstName(text, i + 1)) {
    return IsPatronymic(text, i + 2) && Continues(text, i + 2) ? 3 : 2;
  }
  return 0;
}

// In a title's or a list's context any two capitalized words are a name when what follows
// them ends a name: punctuation, a dash, a lower-case word, the end. An abbreviation in capitals
// or a quotation goes on with the title ("депутат Сената Парламента РК Андрей Лукин").
std::size_t WeakNameAt(const AnnotatedText& text, TokenIndex i) {
  if (!IsNameToken(text, i) || !Continues(text, i + 1) || !IsNameToken(text, i + 1)) return 0;
  const TokenIndex after = i + 2;
  if (text.Contains(after) && text.SentenceOf(after) == text.SentenceOf(i)) {
    const Token& next = text.token(after);
    if (next.IsWord() && next.Has(kCapitalized)) return 0;
    if (next.kind == TokenKind::kOpenQuote) return 0;
  }
  return 2;
}

// In a title's or a list's context any two capitalized words followed by no third one are a name.
std::size_t NameInContextAt(const AnnotatedText& text, TokenIndex i) {
  if (const std::size_t strong = StrongNameAt(text, i)) return strong;
  return WeakNameAt(text, i);
}

std::string PatronymicLemma(std::string_view surface) {
  const std::string folded = FoldWord(surface);
  for (std::string_view e : {"овича", "евича", "овичу", "евичу", "овиче", "евиче"}) {
    if (folded.ends_with(e)) return ReplaceEnding(surface, 1, "");
  }
  for (std::string_view e : {"овичем", "евичем"}) {
    if (folded.ends_with(e)) return ReplaceEnding(surface, 2, "");
  }
  for (std::string_view e :
       {"овны", "евны", "ичны", "овне", "евне", "ичне", "овну", "евну", "ичну"}) {
    if (folded.ends_with(e)) return ReplaceEnding(surface, 1, "а");
  }
  for (std::string_view e : {"овной", "евной", "ичной"}) {
    if (folded.ends_with(e)) return ReplaceEnding(surface, 2, "а");
  }
  return std::string(surface);
}

class PeopleReader {
 public:
  PeopleReader(const AnnotatedText& text, std::span<const PlaceMention> places) : text_(text) {
    taken_.assign(text.size(), 0);
    place_.assign(text.size(), 0);
    for (const PlaceMention& place : places) place_.Fill(place.first_token, place.end_token, 1);
  }

  PeopleFinding Run() {
    ReadPhotoCredits();
    for (TokenIndex i; text_.Contains(i); ++i) {
      // "во главе с сенатором": "глава" there is no title.
      if (text_.IsPhrase(i - 1, words::kLedBy)) continue;
      LexHit title;
      if (taken_[i] || text_.in_speech[i] || !text_.HasClass(i, LexClass::kTitle, &title)) continue;
      // A plural title heads a list in the nominative ("депутаты Мажилиса A, B"); in another
      // case the plural names an audience ("с преподавателями и студентами").
      const bool plural_only = !(title.forms & kAnySingular);
      if (plural_only && !(title.forms & kNominativePlural)) continue;
      ReadTitle(i);
    }
    for (TokenIndex i; text_.Contains(i); ++i) {
      if (taken_[i] || place_[i] || text_.in_speech[i]) continue;
      // The words of a place the gazetteer knows are its own: "Сондай-ақ Наурызбай ауданында"
      // names no "Сондай-ақ Наурызбай".
      if (const std::size_t length = StrongNameAt(text_, i); length != 0 && !OverPlace(i, length)) {
        // "Қожа Ахмет Ясауи атындағы университет": a name an organization bears, not a person.
        if (text_.Is(i + length, words::kNamedAfter)) {
          i += length;
          continue;
        }
        Add(i, i, i + length, {}, {}, kNominativeSingular, false);
        i += length - 1;
      }
    }
    std::sort(found_.people.begin(), found_.people.end(),
              [](const PersonMention& a, const PersonMention& b) {
                return a.first_token < b.first_token;
              });
    return std::move(found_);
  }

 private:
  // Whether any of the `length` tokens from `first` is a place's.
  bool OverPlace(TokenIndex first, std::size_t length) const {
    return place_.AnyIn(first, first + length);
  }

  // "Фото: Әли Ғалым, Талгат Таныбаев" — the names after a photo label are photographers.
  void ReadPhotoCredits() {
    for (const Sentence& sentence : text_.segmented.sentences) {
      const TokenIndex i = sentence.begin;
      if (!text_.IsOneOf(i, words::kPhotoLabels) || !text_.Is(i + 1, ":")) continue;
      TokenIndex k = i + 2;
      while (k < sentence.end) {
        const std::size_t length = NameInContextAt(text_, k);
        if (length == 0) break;
        Add(k, k, k + length, std::string(words::kPhotographer), std::string(words::kPhotographer),
            kNominativeSingular, false);
        found_.people.back().photo_credit = true;
        k += length;
        if (!(text_.Is(k, ",") || text_.Is(k, words::kAnd))) break;
        ++k;
      }
    }
  }

  // A title head at `head`: its modifiers to the left, its complement to the right up to the name
  // it belongs to, and the names after it when the title is plural.
  void ReadTitle(TokenIndex head) {
    const Sentence& sentence = text_.SentenceAt(head);
    LexHit hit;
    text_.HasClass(head, LexClass::kTitle, &hit);
    const bool kazakh = hit.entry->language == LexLanguage::kKazakh;
    // "облыс әкімінің орынбасары Асхат Жұмабаев": of a chain of Kazakh titles the last is the
    // head, and those before it are its words.
    if (kazakh && head + 1 < sentence.end && text_.HasClass(head + 1, LexClass::kTitle)) return;
    // Modifiers: "государственный советник", "государственный и общественный деятель"; in
    // Kazakh every word of the title stands before its head ("облыстық мәслихат депутаты",
    // "облыс әкімінің орынбасары").
    TokenIndex first = head;
    while (kazakh && first > sentence.begin && head - first < kTitleWordsBefore) {
      const TokenIndex k = first - 1;
      // A title's words name places, bodies, spheres and posts ("облыс", "мәслихат",
      // "мемлекеттік", "әкімінің"; "ҚР Парламенті Мәжілісінің депутаты" has four); any other
      // word the lexicon knows ("Кездесуде") ends it.
      const bool other_word =
          std::any_of(text_.hits[k].begin(), text_.hits[k].end(), [](const LexHit& other) {
            const LexClass cls = other.entry->cls;
            return cls != LexClass::kPlaceType && cls != LexClass::kOrgType &&
                   cls != LexClass::kTitle && cls != LexClass::kDomain;
          });
      if (!text_.token(k).IsWord() || taken_[k] || other_word || NameInContextAt(text_, k) != 0) {
        break;
      }
      // A conjunction joins two people, it is no word of the second one's title: "Сенат
      // депутаты Ерлан Бекенов және облыстық мәслихат депутаты Гүлнара Сейтова".
      if (text_.IsOneOf(k, words::kKazakhConjunctions)) {
        break;
      }
      // Nor does a participle ("жиынға қатысқан ардагер": the veteran who took part), nor a
      // word in a case a title's words never take ("делегация құрамында"); a name may end so
      // ("Жезқазған қаласының әкімі").
      const std::string_view fold = text_.Fold(k);
      if (!text_.token(k).Has(kCapitalized) &&
          (fold.ends_with("ған") || fold.ends_with("ген") || fold.ends_with("қан") ||
           fold.ends_with("кен") || InOtherCase(fold))) {
        break;
      }
      first = k;
    }
    while (!kazakh && first > sentence.begin && head - first < kTitleWordsBefore) {
      const TokenIndex k = first - 1;
      const bool adjective = text_.token(k).IsWord() && AdjectiveForms(text_.Fold(k)) != 0 &&
                             !IsKnownNoun(text_.hits[k]) &&
                             (!text_.token(k).Has(kCapitalized) || k == sentence.begin) &&
                             !taken_[k];
      const bool conjunction = text_.Is(k, words::kAnd) && first < head && k > sentence.begin &&
                               AdjectiveForms(text_.Fold(k - 1)) != 0;
      if (!adjective && !conjunction) break;
      first = k;
    }
    // The complement and the name.
    TokenIndex name;
    std::size_t length = 0;
    for (TokenIndex k = head + 1; k < sentence.end && k < head + kTitleNameReach; ++k) {
      if (!place_[k] && (length = NameInContextAt(text_, k)) != 0) {
        if (!OverPlace(k, length)) {
          name = k;
          break;
        }
        length = 0;
      }
      const Token& token = text_.token(k);
      if (token.kind == TokenKind::kOpenQuote && text_.Paired(k) && text_.quote_pair[k] > k) {
        k = text_.quote_pair[k];
        continue;
      }
      const std::string_view fold = text_.Fold(k);
      if (token.kind == TokenKind::kPunct && fold != "-" && fold != ".") break;
      if (fold == "." && !(!k.IsFirst() && text_.token(k - 1).Has(kAllCaps))) break;
      if (text_.HasClass(k, LexClass::kSpeechVerb) || text_.HasClass(k, LexClass::kMeetingVerb) ||
          text_.HasClass(k, LexClass::kAttendanceCue)) {
        break;
      }
      if (taken_[k]) break;
    }
    const bool plural = (hit.forms & kAnyPlural) && !(hit.forms & kAnySingular);
    if (length == 0) {
      // Kazakh also puts the title after the name, set off by a comma: "Ерлан Сайров, Мәжіліс
      // депутаты, ...".
      if (kazakh && !plural && ReadKazakhTitleAfterName(first, head, hit)) return;
      if (!plural) {
        found_.references.push_back(TitleReference{hit.entry->lemma, head});
      }
      return;
    }
    const std::string title = TitleText(first, head, name, hit);
    const FormSet forms = plural ? kNominativeSingular : (hit.forms & kAnySingular);
    Add(first, name, name + length, title, hit.entry->lemma, forms, true);
    // "депутаты Мажилиса A, B и C": every name of the list holds the title.
    TokenIndex k = name + length;
    // In Kazakh: "депутаттары Ерлан Сайров пен Айгүл Нұрланова", "А, Б және В".
    const auto joins = [&](TokenIndex at) {
      return text_.Is(at, ",") || text_.Is(at, words::kAnd) ||
             (kazakh && text_.IsOneOf(at, words::kKazakhListJoins));
    };
    while (plural && k + 1 < sentence.end && joins(k)) {
      if (text_.Is(k + 1, words::kBut)) break;  // ", а также ..." ends the list
      const std::size_t next = NameInContextAt(text_, k + 1);
      if (next == 0) break;
      Add(k + 1, k + 1, k + 1 + next, title, hit.entry->lemma, kNominativeSingular, true);
      k += 1 + next;
    }
  }

  std::string TitleText(TokenIndex first, TokenIndex head, TokenIndex end,
                        const LexHit& hit) const {
    if (hit.entry->language == LexLanguage::kKazakh) return KazakhTitleText(first, head, hit);
    std::string title;
    for (TokenIndex k = first; k < head; ++k) {
      if (!title.empty()) title += ' ';
      title += text_.Is(k, words::kAnd) ? std::string(words::kAnd)
                                        : AdjectiveLemma(text_.Surface(k), hit.entry->gender);
    }
    if (!title.empty()) title += ' ';
    title += hit.entry->lemma;
    if (head + 1 < end) {
      std::string_view rest = text_.TextOf(head + 1, end);
      title += ' ';
      // Collapse the white space of the text (a line break inside a title) to single spaces.
      bool space = false;
      for (const char c : rest) {
        if (c == ' ' || c == '\n') {
          space = true;
          continue;
        }
        if (space) title += ' ';
        space = false;
        title += c;
      }
    }
    return LowerFirst(title);
  }

  // True when every reading of a Kazakh word with its suffixes peeled puts it in a case other
  // than the nominative or genitive: "құрамында", "ауданнан", "жастарға".
  static bool InOtherCase(std::string_view folded) {
    const std::vector<kazakh::Analysis> analyses = kazakh::Stems(folded);
    if (analyses.size() < 2) return false;
    return std::all_of(analyses.begin() + 1, analyses.end(), [](const kazakh::Analysis& a) {
      return a.form.grammatical_case != kazakh::Case::kNominative &&
             a.form.grammatical_case != kazakh::Case::kGenitive;
    });
  }

  // The name before ", <title>" whose words run from `first` to `head`; true when one is there.
  bool ReadKazakhTitleAfterName(TokenIndex first, TokenIndex head, const LexHit& hit) {
    const Sentence& sentence = text_.SentenceAt(head);
    if (first < sentence.begin + 2 || !text_.Is(first - 1, ",")) return false;
    const TokenIndex name_end = first - 1;
    for (TokenIndex start = name_end > sentence.begin + kNameWords ? name_end - kNameWords
                                                                   : sentence.begin;
         start < name_end; ++start) {
      if (taken_[start] || NameInContextAt(text_, start) != name_end - start) continue;
      Add(start, start, name_end, KazakhTitleText(first, head, hit), hit.entry->lemma,
          kNominativeSingular, true);
      taken_.Fill(first, head + 1, 1);
      return true;
    }
    return false;
  }

  // A Kazakh title as a name is given it: its words as written, the head in the nominative of
  // the form it has ("депутаты" of "Мәжіліс депутатымен"). The bodies whose names are capitals
  // keep them; any other first word is lower case, as in the Russian titles.
  std::string KazakhTitleText(TokenIndex first, TokenIndex head, const LexHit& hit) const {
    std::string title;
    for (TokenIndex k = first; k < head; ++k) {
      if (!title.empty()) title += ' ';
      title += text_.Surface(k);
    }
    if (!title.empty()) title += ' ';
    title +=
        kazakh::Nominative(text_.Fold(head), hit.entry->stem, (hit.forms & kKazakhPossessive) != 0);
    const bool proper = first < head && text_.IsOneOf(first, words::kKazakhProperBodies);
    return proper ? title : LowerFirst(title);
  }

  // Records the person named by tokens [name, name_end); the mention starts at `first` (its
  // title). `forms` is the case the title puts the name in when the first name does not say.
  void Add(TokenIndex first, TokenIndex name, TokenIndex name_end, std::string title,
           std::string head, FormSet forms, bool from_title) {
    PersonMention person;
    person.title = std::move(title);
    person.title_head = std::move(head);
    person.first_token = first;
    person.end_token = name_end;
    person.name_first = name;
    person.name_end = name_end;
    person.span = text_.SpanOf(first, name_end);
    taken_.Fill(first, name_end, 1);

    // Which token is the first name, and what case and gender it shows.
    TokenIndex given = name;
    LexHit hit;
    bool known = IsFirstName(text_, name, &hit);
    if (!known && name + 1 < name_end && IsFirstName(text_, name + 1, &hit)) {
      given = name + 1;
      known = true;
    }
    if (known) {
      forms = hit.forms & kAnySingular;
      person.gender = hit.entry->gender;
      person.gender_known = true;
    } else if (from_title || forms != kNominativeSingular) {
      forms &= kAnySingular;
    }
    const TokenIndex surname = given == name ? name_end - 1 : name;
    const std::string surname_fold(text_.Fold(surname));
    if (!person.gender_known) {
      Gender gender;
      const bool oblique = !(forms & kNominativeSingular);
      if (oblique) {
        // Only feminine surnames end in -ой, -ую outside the nominative.
        person.gender = surname_fold.ends_with("ой") || surname_fold.ends_with("ую")
                            ? Gender::kFeminine
                            : Gender::kMasculine;
      } else if (SurnameGender(surname_fold, gender)) {
        person.gender = gender;
        person.gender_known = true;
      }
    }
    std::string full;
    for (TokenIndex k = name; k < name_end; ++k) {
      if (!full.empty()) full += ' ';
      const std::string_view surface = text_.Surface(k);
      if (k == given && known) {
        full += (forms & kNominativeSingular) ? std::string(surface) : hit.entry->lemma;
      } else if (k == surname && text_.KazakhAt(k)) {
        full += KazakhSurname(surface);
      } else if (k == surname) {
        full += SurnameLemma(surface, forms == 0 ? kNominativeSingular : forms, person.gender);
      } else if (IsPatronymic(text_, k)) {
        full += PatronymicLemma(surface);
      } else if (!(forms & kNominativeSingular) && forms != 0 && k == given) {
        // An unknown first name in an oblique case declines like a noun ("Тилектеса").
        full += SurnameLemma(surface, forms, Gender::kMasculine);
      } else {
        full += surface;
      }
    }
    person.name = std::move(full);
    found_.people.push_back(std::move(person));
  }

  // Kazakh puts a name's case on its last word: "Аймағамбетовтың" is Аймағамбетов's. The
  // stem kept is the longest that ends like a surname.
  static std::string KazakhSurname(std::string_view surface) {
    constexpr std::string_view kSurnameEndings[] = {"ов",  "ев",  "ова",  "ева", "ин",
                                                    "ина", "ұлы", "қызы", "бек", "бай"};
    const std::string folded = utf8::ToLower(surface);
    for (const kazakh::Analysis& analysis : kazakh::Stems(folded)) {
      if (analysis.form.plural || analysis.form.possessive) continue;
      const bool surname_like =
          std::any_of(std::begin(kSurnameEndings), std::end(kSurnameEndings),
                      [&](std::string_view e) { return analysis.stem.ends_with(e); });
      if (surname_like) return std::string(surface.substr(0, analysis.stem.size()));
    }
    return std::string(surface);
  }

  const AnnotatedText& text_;
  PerToken<std::uint8_t> taken_;  // tokens of people already read
  PerToken<std::uint8_t> place_;  // tokens of place names
  PeopleFinding found_;
};

}  // namespace

PeopleFinding FindPeople(const AnnotatedText& text, std::span<const PlaceMention> places) {
  return PeopleReader(text, places).Run();
}

}  // namespace kenes::extract
