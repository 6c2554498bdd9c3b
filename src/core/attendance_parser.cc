// The attendance phrase parser: a recursive-descent grammar over the tokens of
// attendance_scanner.h (docs/attendance.md lists what it reads). Nothing is allocated until a
// phrase has been read and its Attendance is built, or an error message is written.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "core/attendance.h"
#include "core/attendance_rules.h"
#include "core/attendance_scanner.h"
#include "core/number_words.h"
#include "core/utf8.h"

namespace kenes {
namespace {

namespace nw = number_words;
using nw::KazakhCase;
using nw::Language;
using nw::NumberWord;

// Why a phrase was not read; ParseAttendance turns each into a message.
enum class Failure : std::uint8_t {
  kNone,
  kNoFigure,             // neither digits, nor a number word, nor a qualifier
  kQualifierAlone,       // "около людей", "до этого"
  kQualifiedVague,       // "более десятков"
  kQualifiedRange,       // "более 200–300"
  kFraction,             // "1,5" or "полтора" with no multiplier after it
  kNotACount,            // "12.02.2026", "10:00", "3,14159", "8-701-555"
  kPercent,              // "300%"
  kAttached,             // "300abc", "5-й", "2-х"
  kTooLarge,             // beyond kMaxAttendanceFigure
  kBackwardRange,        // "300–200"
  kTooSmall,             // "почти 1"
  kLoneKazakhWord,       // "он", "бес" alone: Russian words too
  kMissingPostposition,  // "300-ден" with no астам after it
  kMixedLanguages,       // "около мың"
  kTwoQualifiers,        // "кемінде 300-ден астам"
  kMalformed,            // "тысяча двести тысяч"
};

Failure FailureOf(NumberJunk junk) {
  switch (junk) {
    case NumberJunk::kNone:
      break;
    case NumberJunk::kNotACount:
      return Failure::kNotACount;
    case NumberJunk::kPercent:
      return Failure::kPercent;
    case NumberJunk::kAttached:
      return Failure::kAttached;
  }
  return Failure::kNone;
}

// Where and why parsing stopped, as byte offsets into the text.
struct Fail {
  Failure why = Failure::kNone;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// A number as read, before a qualifier's rule applies. A single term ("300", "2,5 млн", "трёх
// тысяч", "полутора") keeps its parts, so that "от 2 до 3 тысяч" can lend "тысяч" to the 2.
struct Figure {
  bool single = true;
  std::int64_t mantissa = 0;  // single: value = mantissa × multiplier / scale
  std::int64_t scale = 1;
  std::int64_t multiplier = 1;
  std::int64_t compound = 0;  // !single: the value
  Language language = Language::kNeutral;
  KazakhCase kazakh_case = KazakhCase::kNone;
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct FigureRead {
  Figure figure;
  Fail fail;  // why == kNone when a figure was read
  bool ok() const { return fail.why == Failure::kNone; }
};

struct Value {
  std::int64_t value = 0;
  Failure fail = Failure::kNone;
};

Value ValueOf(const Figure& figure) {
  if (!figure.single) {
    if (figure.compound > kMaxAttendanceFigure) return {0, Failure::kTooLarge};
    return {figure.compound, Failure::kNone};
  }
  // mantissa × multiplier stays below 2^63 when checked against this bound first.
  constexpr std::int64_t kLimit = kMaxAttendanceFigure * 1000;
  if (figure.mantissa > kLimit / figure.multiplier) return {0, Failure::kTooLarge};
  const std::int64_t product = figure.mantissa * figure.multiplier;
  if (product % figure.scale != 0) return {0, Failure::kFraction};
  const std::int64_t value = product / figure.scale;
  if (value > kMaxAttendanceFigure) return {0, Failure::kTooLarge};
  return {value, Failure::kNone};
}

// What the figure reader needs to know of the words before it.
struct Context {
  bool qualified = false;  // after a qualifier: "около тысячи" is one thousand, not "thousands"
  Language language = Language::kNeutral;  // the qualifier's language, which the figure must share
};

bool Compatible(Language a, Language b) {
  return a == Language::kNeutral || b == Language::kNeutral || a == b;
}

Language Merge(Language a, Language b) { return a == Language::kNeutral ? b : a; }

// The outcome of reading a whole phrase.
struct Outcome {
  Fail fail;
  Qualifier qualifier = Qualifier::kExact;
  AttendanceBounds bounds;
  std::size_t end = 0;
  bool ok() const { return fail.why == Failure::kNone; }
};

struct QualifierPhrase {
  std::array<std::string_view, 3> words;
  Qualifier qualifier;
  Language language = Language::kRussian;
};

// Several phrases share a first word ("не менее", "не более"); the longest that matches wins.
// "от" is not here: it opens "от A до B" and is read by ParseFrom.
constexpr QualifierPhrase kQualifierPhrases[] = {
    {{"около"}, Qualifier::kAbout},
    {{"примерно"}, Qualifier::kAbout},
    {{"приблизительно"}, Qualifier::kAbout},
    {{"ориентировочно"}, Qualifier::kAbout},
    {{"где-то"}, Qualifier::kAbout},
    {{"шамамен"}, Qualifier::kAbout, Language::kKazakh},
    {{"жуықтап"}, Qualifier::kAbout, Language::kKazakh},
    {{"порядка"}, Qualifier::kOrder},
    {{"более"}, Qualifier::kMoreThan},
    {{"более", "чем"}, Qualifier::kMoreThan},
    {{"больше"}, Qualifier::kMoreThan},
    {{"больше", "чем"}, Qualifier::kMoreThan},
    {{"свыше"}, Qualifier::kMoreThan},
    {{"чуть", "более"}, Qualifier::kMoreThan},
    {{"чуть", "больше"}, Qualifier::kMoreThan},
    {{"немногим", "более"}, Qualifier::kMoreThan},
    {{"немногим", "больше"}, Qualifier::kMoreThan},
    {{"не", "менее"}, Qualifier::kAtLeast},
    {{"не", "менее", "чем"}, Qualifier::kAtLeast},
    {{"не", "меньше"}, Qualifier::kAtLeast},
    {{"не", "меньше", "чем"}, Qualifier::kAtLeast},
    {{"как", "минимум"}, Qualifier::kAtLeast},
    {{"минимум"}, Qualifier::kAtLeast},
    {{"по", "меньшей", "мере"}, Qualifier::kAtLeast},
    {{"кемінде"}, Qualifier::kAtLeast, Language::kKazakh},
    {{"кем", "дегенде"}, Qualifier::kAtLeast, Language::kKazakh},
    {{"ең", "кемі"}, Qualifier::kAtLeast, Language::kKazakh},
    {{"почти"}, Qualifier::kAlmost},
    {{"без", "малого"}, Qualifier::kAlmost},
    {{"чуть", "менее"}, Qualifier::kAlmost},
    {{"чуть", "меньше"}, Qualifier::kAlmost},
    {{"немногим", "менее"}, Qualifier::kAlmost},
    {{"немногим", "меньше"}, Qualifier::kAlmost},
    {{"до"}, Qualifier::kUpTo},
    {{"вплоть", "до"}, Qualifier::kUpTo},
    {{"не", "более"}, Qualifier::kUpTo},
    {{"не", "более", "чем"}, Qualifier::kUpTo},
    {{"не", "больше"}, Qualifier::kUpTo},
    {{"не", "больше", "чем"}, Qualifier::kUpTo},
    {{"максимум"}, Qualifier::kUpTo},
    {{"менее"}, Qualifier::kLessThan},
    {{"менее", "чем"}, Qualifier::kLessThan},
    {{"меньше"}, Qualifier::kLessThan},
    {{"меньше", "чем"}, Qualifier::kLessThan},
};

// Nouns that may follow the figure in a form ("около 300 человек"); not part of the figure.
constexpr std::string_view kUnitWords[] = {
    "человек",       "человека",       "людей",     "чел",        "участник",    "участника",
    "участников",    "участниц",       "сотрудник", "сотрудника", "сотрудников", "житель",
    "жителя",        "жителей",        "гражданин", "гражданина", "граждан",     "студент",
    "студента",      "студентов",      "работник",  "работника",  "работников",  "представитель",
    "представителя", "представителей", "слушатель", "слушателя",  "слушателей",  "гость",
    "гостя",         "гостей",         "зритель",   "зрителя",    "зрителей",    "делегат",
    "делегата",      "делегатов",      "член",      "члена",      "членов",      "учащийся",
    "учащихся",      "женщин",         "мужчин",    "горожан",    "сельчан",
};

// Kazakh nouns for the people counted. A Kazakh noun stays singular after a numeral ("300-ден
// астам тұрғын"), but some are written in the plural anyway ("тұрғындар") and "жастар" (the
// young) is plural by itself.
constexpr std::string_view kKazakhUnitWords[] = {
    "адам",     "кісі",    "қатысушы",   "тұрғын",    "қызметкер", "жұмысшы",  "студент",
    "оқушы",    "мұғалім", "ұстаз",      "оқытушы",   "дәрігер",   "шаруа",    "фермер",
    "кәсіпкер", "жастар",  "жасөспірім", "зейнеткер", "ардагер",   "азамат",   "өкіл",
    "депутат",  "маман",   "ерікті",     "волонтер",  "мүше",      "тыңдаушы", "көрермен",
    "қонақ",    "делегат", "әйел",       "сайлаушы",  "бала",
};

// "тұрғын", "тұрғындар", "оқушылар": a listed Kazakh noun, in the plural or not; or a noun of an
// agent (-шы/-ші: "мұнайшы", -кер/-гер: "саясаткер") of five letters or more.
bool IsKazakhUnitNoun(std::string_view word) {
  const auto listed = [](std::string_view w) {
    return std::find(std::begin(kKazakhUnitWords), std::end(kKazakhUnitWords), w) !=
           std::end(kKazakhUnitWords);
  };
  if (listed(word)) return true;
  std::string_view singular = word;
  for (const std::string_view plural : {"лар", "лер", "дар", "дер", "тар", "тер"}) {
    if (word.size() > plural.size() && word.ends_with(plural)) {
      singular = word.substr(0, word.size() - plural.size());
      break;
    }
  }
  if (singular != word && listed(singular)) return true;
  if (utf8::Length(singular) < 5) return false;
  for (const std::string_view agent : {"шы", "ші", "кер", "гер"}) {
    if (singular.ends_with(agent)) return true;
  }
  return false;
}

// A unit word: one of the lists, a Kazakh noun of IsKazakhUnitNoun, or a word of five letters or
// more with a Russian genitive plural ending ("сельхозтоваропроизводителей", "шахтеров",
// "присутствующих").
bool IsUnitWord(const Token& token) {
  if (token.kind != TokenKind::kWord || !token.folded.complete()) return false;
  const std::string_view word = token.folded.view();
  if (std::find(std::begin(kUnitWords), std::end(kUnitWords), word) != std::end(kUnitWords)) {
    return true;
  }
  if (token.entry != nullptr) return false;
  if (IsKazakhUnitNoun(word)) return true;
  if (utf8::Length(word) < 5) return false;
  for (const std::string_view ending : {"ов", "ев", "ей", "их", "ых"}) {
    if (word.ends_with(ending)) return true;
  }
  return false;
}

// Kazakh postpositions after a numeral in a case: "300-ден астам", "мыңға жуық", "50-ден кем
// емес". Several share a first word ("кем", "кем емес"); the longest that matches wins.
struct Postposition {
  std::array<std::string_view, 2> words;
  KazakhCase governs;
  Qualifier qualifier;
};
constexpr Postposition kPostpositions[] = {
    {{"астам"}, KazakhCase::kAblative, Qualifier::kMoreThan},
    {{"аса"}, KazakhCase::kAblative, Qualifier::kMoreThan},
    {{"артық"}, KazakhCase::kAblative, Qualifier::kMoreThan},
    {{"көп"}, KazakhCase::kAblative, Qualifier::kMoreThan},
    {{"кем", "емес"}, KazakhCase::kAblative, Qualifier::kAtLeast},
    {{"кем"}, KazakhCase::kAblative, Qualifier::kLessThan},
    {{"аз"}, KazakhCase::kAblative, Qualifier::kLessThan},
    {{"жуық"}, KazakhCase::kDative, Qualifier::kAlmost},
    {{"тарта"}, KazakhCase::kDative, Qualifier::kAlmost},
    {{"таяу"}, KazakhCase::kDative, Qualifier::kAlmost},
    {{"дейін"}, KazakhCase::kDative, Qualifier::kUpTo},
    {{"шейін"}, KazakhCase::kDative, Qualifier::kUpTo},
};

class PhraseParser {
 public:
  explicit PhraseParser(std::string_view text) : scan_(text) {}

  const Scanner& scanner() const { return scan_; }

  // The longest phrase at the start of the text.
  Outcome Parse() const {
    const Token first = scan_.Next(0);
    // The common case in running text, decided on the one word already looked up.
    if (first.kind != TokenKind::kNumber && !(first.kind == TokenKind::kWord && first.entry)) {
      return Failed({Failure::kNoFigure, first.begin, first.end});
    }
    if (first.IsWord("от")) return ParseFrom(first);
    if (first.IsEntry(nw::Kind::kQualifier)) return ParseQualified(first);
    return ParseUnqualified(first);
  }

 private:
  static Outcome Failed(Fail fail) {
    Outcome outcome;
    outcome.fail = fail;
    return outcome;
  }

  static Outcome Bounded(Qualifier qualifier, const Figure& figure, std::size_t end) {
    const Value v = ValueOf(figure);
    if (v.fail != Failure::kNone) return Failed({v.fail, figure.begin, figure.end});
    const auto bounds = QualifiedBounds(qualifier, v.value);
    if (!bounds) return Failed({Failure::kTooSmall, 0, end});
    Outcome outcome;
    outcome.qualifier = qualifier;
    outcome.bounds = *bounds;
    outcome.end = end;
    return outcome;
  }

  static Outcome Ranged(Figure low, const Figure& high, std::size_t end) {
    // "от 2 до 3 тысяч", "1,5–2 млн": a bare lower end smaller than the upper end's number shares
    // its multiplier. "от 500 до 2 тысяч" does not: 500 is not less than 2.
    if (low.single && low.multiplier == 1 && high.single && high.multiplier > 1 &&
        low.mantissa * high.scale < high.mantissa * low.scale) {
      low.multiplier = high.multiplier;
    }
    const Value a = ValueOf(low);
    if (a.fail != Failure::kNone) return Failed({a.fail, low.begin, low.end});
    const Value b = ValueOf(high);
    if (b.fail != Failure::kNone) return Failed({b.fail, high.begin, high.end});
    if (a.value > b.value) return Failed({Failure::kBackwardRange, low.begin, high.end});
    Outcome outcome;
    outcome.qualifier = Qualifier::kRange;
    outcome.bounds = RangeBounds(a.value, b.value);
    outcome.end = end;
    return outcome;
  }

  // "от A до B", or "от A" alone: at least A.
  Outcome ParseFrom(const Token& from) const {
    const Context context{true, Language::kRussian};
    const FigureRead low = ReadFigure(from.end, context);
    if (!low.ok()) return Failed(Explain(low.fail, from));
    if (low.figure.kazakh_case != KazakhCase::kNone) {
      return Failed({Failure::kTwoQualifiers, from.begin, low.figure.end});
    }
    const Token to = scan_.Next(low.figure.end);
    if (to.IsWord("до")) {
      const FigureRead high = ReadFigure(to.end, context);
      if (high.ok() && high.figure.kazakh_case == KazakhCase::kNone) {
        return Ranged(low.figure, high.figure, high.figure.end);
      }
      // "от 200 до этого": the "до" is not ours.
      if (!high.ok() && high.fail.why != Failure::kNoFigure) return Failed(high.fail);
    }
    return Bounded(Qualifier::kAtLeast, low.figure, low.figure.end);
  }

  Outcome ParseQualified(const Token& first) const {
    const QualifierPhrase* best = nullptr;
    std::size_t best_end = 0;
    for (const QualifierPhrase& phrase : kQualifierPhrases) {
      if (!first.IsWord(phrase.words[0])) continue;
      std::size_t end = first.end;
      bool matched = true;
      for (std::size_t i = 1; i < phrase.words.size() && !phrase.words[i].empty(); ++i) {
        const Token next = scan_.Next(end);
        if (!next.IsWord(phrase.words[i])) {
          matched = false;
          break;
        }
        end = next.end;
      }
      if (matched && end > best_end) best = &phrase, best_end = end;
    }
    if (best == nullptr) return Failed({Failure::kNoFigure, first.begin, first.end});
    const Fail qualifier_span{Failure::kQualifierAlone, first.begin, best_end};

    const Context context{true, best->language};
    const FigureRead read = ReadFigure(best_end, context);
    if (!read.ok()) {
      if (read.fail.why == Failure::kNoFigure) {
        const VagueRead vague = ReadVague(best_end);
        if (vague.ok()) return Failed({Failure::kQualifiedVague, first.begin, vague.end});
      }
      return Failed(Explain(read.fail, qualifier_span));
    }
    const Figure& figure = read.figure;
    if (figure.kazakh_case != KazakhCase::kNone) {
      return Failed({Failure::kTwoQualifiers, first.begin, figure.end});
    }
    // "около 200–300" is the range itself; "более 200–300" says two things at once.
    const UpperEnd upper = ReadUpperEnd(figure, context);
    if (upper.present) {
      if (!upper.read.ok()) return Failed(upper.read.fail);
      if (best->qualifier != Qualifier::kAbout && best->qualifier != Qualifier::kOrder) {
        return Failed({Failure::kQualifiedRange, first.begin, upper.read.figure.end});
      }
      return Ranged(figure, upper.read.figure, upper.read.figure.end);
    }
    if (scan_.Next(figure.end).kind == TokenKind::kPercent) {
      return Failed({Failure::kPercent, first.begin, scan_.Next(figure.end).end});
    }
    return Bounded(best->qualifier, figure, figure.end);
  }

  // A figure alone, with what may follow it: a second end ("200–300"), a Kazakh postposition, a
  // "+", "с лишним", "и более"; or a vague count ("десятки", "несколько тысяч").
  Outcome ParseUnqualified(const Token& first) const {
    const FigureRead read = ReadFigure(first.begin, Context{});
    if (!read.ok()) {
      if (read.fail.why == Failure::kNoFigure) {
        const VagueRead vague = ReadVague(first.begin);
        if (vague.ok()) {
          Outcome outcome;
          outcome.qualifier = Qualifier::kVague;
          outcome.bounds = VagueBounds(vague.unit);
          outcome.end = vague.end;
          return outcome;
        }
        if (vague.fail.why == Failure::kTooLarge) return Failed(vague.fail);
      }
      return Failed(read.fail);
    }
    const Figure& figure = read.figure;
    const Token next = scan_.Next(figure.end);

    if (figure.kazakh_case != KazakhCase::kNone) return ParseKazakhCase(figure);
    const UpperEnd upper = ReadUpperEnd(figure, Context{false, figure.language});
    if (upper.present) {
      if (!upper.read.ok()) return Failed(upper.read.fail);
      return Ranged(figure, upper.read.figure, upper.read.figure.end);
    }
    // "10 адамнан астам", "500 адамдай": the case ending is on the noun after the figure, so the
    // phrase takes the noun in.
    if (figure.language != Language::kRussian && next.kind == TokenKind::kWord &&
        next.entry == nullptr && next.folded.complete()) {
      const nw::Stem noun = nw::StripKazakhCase(next.folded.view());
      if (noun.grammatical_case != KazakhCase::kNone && IsKazakhUnitNoun(noun.stem)) {
        if (noun.grammatical_case == KazakhCase::kSimilative) {
          // "бір кісідей" is "as one man", all together; not some one person.
          if (ValueOf(figure).value != 1) return Bounded(Qualifier::kAbout, figure, next.end);
        } else if (const PostpositionRead post = ReadPostposition(noun.grammatical_case, next.end);
                   post.phrase != nullptr) {
          return Bounded(post.phrase->qualifier, figure, post.end);
        }
      }
    }
    if (next.kind == TokenKind::kPercent)
      return Failed({Failure::kPercent, figure.begin, next.end});
    if (next.kind == TokenKind::kPlus && !next.spaced) {
      return Bounded(Qualifier::kMoreThan, figure, next.end);
    }
    if (figure.language != Language::kKazakh) {
      if (next.IsWord("с")) {
        const Token more = scan_.Next(next.end);
        if (more.IsWord("лишним") || more.IsWord("небольшим")) {
          return Bounded(Qualifier::kMoreThan, figure, more.end);
        }
      }
      if (next.IsWord("и")) {
        const Token more = scan_.Next(next.end);
        // "300 и более" is at least 300; in "300 и более 400" the "более" starts a new figure.
        if ((more.IsWord("более") || more.IsWord("больше")) &&
            !StartsFigure(scan_.Next(more.end))) {
          return Bounded(Qualifier::kAtLeast, figure, more.end);
        }
      }
    }
    return Bounded(Qualifier::kExact, figure, figure.end);
  }

  // A figure with a Kazakh case ending and what must follow it: "300-ден астам", "жүзге жуық",
  // "300-дей" (the similative alone says "about"), "200-ден 300-ге дейін" (a range).
  Outcome ParseKazakhCase(const Figure& figure) const {
    if (figure.kazakh_case == KazakhCase::kSimilative) {
      return Bounded(Qualifier::kAbout, figure, figure.end);
    }
    const PostpositionRead post = ReadPostposition(figure.kazakh_case, figure.end);
    if (post.phrase != nullptr) return Bounded(post.phrase->qualifier, figure, post.end);
    if (figure.kazakh_case == KazakhCase::kAblative) {
      const FigureRead high = ReadFigure(figure.end, Context{false, figure.language});
      if (high.ok() && high.figure.kazakh_case == KazakhCase::kDative) {
        const Token to = scan_.Next(high.figure.end);
        if (to.IsWord("дейін") || to.IsWord("шейін")) return Ranged(figure, high.figure, to.end);
      }
    }
    return Failed({Failure::kMissingPostposition, figure.begin, figure.end});
  }

  struct PostpositionRead {
    const Postposition* phrase = nullptr;  // nullptr when none follows
    std::size_t end = 0;
  };

  // The longest postposition at `pos` that governs `grammatical_case`.
  PostpositionRead ReadPostposition(KazakhCase grammatical_case, std::size_t pos) const {
    PostpositionRead best;
    for (const Postposition& post : kPostpositions) {
      if (post.governs != grammatical_case) continue;
      std::size_t end = pos;
      bool matched = true;
      for (const std::string_view word : post.words) {
        if (word.empty()) break;
        const Token token = scan_.Next(end);
        if (!token.IsWord(word)) {
          matched = false;
          break;
        }
        end = token.end;
      }
      if (matched && end > best.end) best = {&post, end};
    }
    return best;
  }

  struct UpperEnd {
    bool present = false;  // a dash and something meant as a second figure follow
    FigureRead read;       // that figure, or why it is not one
  };

  // The upper end of a range after `low`: "200–300", "200 - 300". Not present when no dash
  // follows, or a spaced dash and no figure ("300 – это рекорд": a sentence dash).
  UpperEnd ReadUpperEnd(const Figure& low, const Context& context) const {
    UpperEnd upper;
    const Token dash = scan_.Next(low.end);
    if (dash.kind != TokenKind::kDash) return upper;
    upper.read = ReadFigure(dash.end, context);
    if (!upper.read.ok()) {
      // "200-1,2.3" is broken, not a figure followed by a dash.
      upper.present = !dash.spaced && upper.read.fail.why != Failure::kNoFigure;
      return upper;
    }
    upper.present = true;
    const Figure& high = upper.read.figure;
    // "200-300-дей" is about 200–300, which is the range, as "около 200–300" is.
    if (high.kazakh_case != KazakhCase::kNone && high.kazakh_case != KazakhCase::kSimilative) {
      upper.read.fail = {Failure::kQualifiedRange, low.begin, high.end};
      return upper;
    }
    // "8-701-555", "2026-03-13": a third number makes it a phone number, a date or a code.
    const Token dash2 = scan_.Next(high.end);
    if (dash2.kind == TokenKind::kDash && !dash2.spaced &&
        scan_.Next(dash2.end).kind == TokenKind::kNumber) {
      upper.read.fail = {Failure::kNotACount, low.begin, dash2.end};
    }
    return upper;
  }

  static bool StartsFigure(const Token& token) {
    if (token.kind == TokenKind::kNumber) return true;
    if (token.kind != TokenKind::kWord || token.entry == nullptr) return false;
    return token.entry->kind != nw::Kind::kQualifier;
  }

  // A failure to read the figure after a qualifier: when nothing figure-like followed, the
  // qualifier is what the message is about ("около людей").
  static Fail Explain(const Fail& fail, const Fail& qualifier) {
    if (fail.why == Failure::kNoFigure) return qualifier;
    return fail;
  }
  static Fail Explain(const Fail& fail, const Token& qualifier) {
    return Explain(fail, Fail{Failure::kQualifierAlone, qualifier.begin, qualifier.end});
  }

  // A figure, refused when a multiplier is left right after it: in "шамамен 5 тысяч" or
  // "тысяча двести тысяч" reading just "5" or "тысяча двести" would change the meaning.
  FigureRead ReadFigure(std::size_t pos, const Context& context) const {
    FigureRead read = ReadAnyFigure(pos, context);
    if (!read.ok() || read.figure.kazakh_case != KazakhCase::kNone) return read;
    const Token next = scan_.Next(read.figure.end);
    if (next.IsEntry(nw::Kind::kMultiplier)) {
      const bool mixed =
          !Compatible(next.entry->language, Merge(context.language, read.figure.language));
      read.fail = {mixed ? Failure::kMixedLanguages : Failure::kMalformed, read.figure.begin,
                   next.end};
    }
    return read;
  }

  FigureRead ReadAnyFigure(std::size_t pos, const Context& context) const {
    const Token first = scan_.Next(pos);
    FigureRead read;
    if (first.kind == TokenKind::kNumber) return ReadDigits(first, context);
    if (first.kind == TokenKind::kWord && first.entry != nullptr) {
      const Language language = first.entry->language;
      if (!Compatible(language, context.language)) {
        read.fail = {Failure::kMixedLanguages, first.begin, first.end};
        return read;
      }
      // A neutral multiplier with a Kazakh case ending ("миллионнан") is Kazakh.
      if (language == Language::kKazakh || first.kazakh_case != KazakhCase::kNone) {
        return ReadKazakhWords(first, context);
      }
      return ReadRussianWords(first, context);
    }
    read.fail = {Failure::kNoFigure, first.begin, first.end};
    return read;
  }

  // The multiplier after a number, when there is one that fits: "300 тысяч", "2,5 млн", "5 мың".
  // Its value must be below `below` so chains descend ("1 млн 200 тыс.").
  static bool IsMultiplierFor(const Token& token, const Context& context, std::int64_t below) {
    return token.IsEntry(nw::Kind::kMultiplier) &&
           Compatible(token.entry->language, context.language) && token.entry->value < below;
  }

  // Digits, with an optional multiplier and more "number multiplier" pairs after it.
  FigureRead ReadDigits(const Token& number, const Context& context) const {
    FigureRead read;
    if (number.junk != NumberJunk::kNone) {
      read.fail = {FailureOf(number.junk), number.begin, number.end};
      return read;
    }
    Figure& figure = read.figure;
    figure.begin = number.begin;
    figure.end = number.end;
    figure.mantissa = number.mantissa;
    figure.scale = number.scale;
    figure.kazakh_case = number.kazakh_case;
    if (number.kazakh_case != KazakhCase::kNone) return read;
    constexpr std::int64_t kAny = INT64_MAX;
    const Token multiplier = scan_.Next(number.end);
    if (!IsMultiplierFor(multiplier, context, kAny)) return read;
    figure.multiplier = multiplier.entry->value;
    figure.language = multiplier.entry->language;
    figure.kazakh_case = multiplier.kazakh_case;
    figure.end = multiplier.end;
    if (figure.kazakh_case != KazakhCase::kNone) return read;

    // "1 млн 200 тыс.": whole numbers times ever smaller multipliers. A bare number after the last
    // multiplier is not taken: in "2 тыс. 12 марта" the dot may end the sentence.
    std::int64_t total = 0;
    std::int64_t last = figure.multiplier;
    std::size_t end = figure.end;
    bool chained = false;
    KazakhCase chain_case = KazakhCase::kNone;
    while (true) {
      const Token next = scan_.Next(end);
      if (next.kind != TokenKind::kNumber || next.junk != NumberJunk::kNone || next.scale != 1 ||
          next.kazakh_case != KazakhCase::kNone) {
        break;
      }
      const Token next_multiplier = scan_.Next(next.end);
      if (!IsMultiplierFor(next_multiplier, context, last)) break;
      const std::int64_t m = next_multiplier.entry->value;
      if (next.mantissa >= last / m) break;  // "1 млн 2000 тыс." is not a number
      if (!chained) {
        const Value first = ValueOf(figure);
        if (first.fail != Failure::kNone) break;
        total = first.value;
        chained = true;
      }
      total += next.mantissa * m;
      last = m;
      end = next_multiplier.end;
      figure.language = Merge(figure.language, next_multiplier.entry->language);
      chain_case = next_multiplier.kazakh_case;
      if (chain_case != KazakhCase::kNone) break;
    }
    if (chained) {
      figure.single = false;
      figure.compound = total;
      figure.end = end;
      figure.kazakh_case = chain_case;
    }
    return read;
  }

  // One Russian group below a thousand: [hundreds] [tens | teen] [unit], or "полтора", with an
  // optional "с половиной" before a multiplier ("две с половиной тысячи").
  struct Group {
    std::int64_t halves_or_value = 0;
    std::int64_t scale = 1;  // 2 when the value is in halves
    std::size_t end = 0;
    bool empty = true;
  };

  Group ReadRussianGroup(std::size_t pos) const {
    Group group;
    group.end = pos;
    bool hundreds = false, tens = false, unit = false;
    while (true) {
      const Token word = scan_.Next(group.end);
      if (word.kind != TokenKind::kWord || word.entry == nullptr ||
          word.entry->language != Language::kRussian) {
        break;
      }
      const std::int64_t v = word.entry->value;
      bool taken = true;
      switch (word.entry->kind) {
        case nw::Kind::kHundreds:
          taken = !hundreds && !tens && !unit;
          hundreds = true;
          break;
        case nw::Kind::kTeen:
          taken = !tens && !unit;
          tens = unit = true;
          break;
        case nw::Kind::kTens:
          taken = !tens && !unit;
          tens = true;
          break;
        case nw::Kind::kUnit:
          taken = !unit;
          unit = true;
          break;
        case nw::Kind::kHalf:
          if (!group.empty) {
            taken = false;
            break;
          }
          group.halves_or_value = v;
          group.scale = 2;
          group.end = word.end;
          group.empty = false;
          return group;
        default:
          taken = false;
      }
      if (!taken) break;
      group.halves_or_value += v;
      group.end = word.end;
      group.empty = false;
    }
    if (!group.empty) {
      const Token with = scan_.Next(group.end);
      if (with.IsWord("с")) {
        const Token half = scan_.Next(with.end);
        if (half.IsWord("половиной") && scan_.Next(half.end).IsEntry(nw::Kind::kMultiplier)) {
          group.halves_or_value = 2 * group.halves_or_value + 1;
          group.scale = 2;
          group.end = half.end;
        }
      }
    }
    return group;
  }

  // "триста", "две тысячи пятьсот", "полутора тысяч", "миллион двести тысяч", "тысяча".
  FigureRead ReadRussianWords(const Token& first, const Context& context) const {
    FigureRead read;
    Figure& figure = read.figure;
    figure.begin = first.begin;
    figure.language = Language::kRussian;
    std::int64_t total = 0;
    std::int64_t last = INT64_MAX;
    std::size_t end = first.begin;
    int terms = 0;
    Group single_group;
    std::int64_t single_multiplier = 1;
    while (true) {
      Group group = ReadRussianGroup(end);
      if (terms > 0 && !group.empty && group.halves_or_value / group.scale >= last) break;
      const Token multiplier = scan_.Next(group.empty ? end : group.end);
      const bool has_multiplier = IsMultiplierFor(multiplier, context, last) &&
                                  multiplier.entry->language != Language::kKazakh &&
                                  multiplier.kazakh_case == KazakhCase::kNone;
      if (group.empty) {
        // A multiplier alone: "тысяча" is one thousand, "тысячи" is one only after a qualifier
        // ("около тысячи"), "тысяч" and "тыс." never are.
        if (!has_multiplier || terms > 0) break;
        const nw::Form form = multiplier.entry->form;
        if (form == nw::Form::kPlural || form == nw::Form::kAbbreviation) break;
        if (form == nw::Form::kAmbiguous && !context.qualified) break;
        group.halves_or_value = 1;
        group.end = end;
        group.empty = false;
      }
      if (!has_multiplier) {
        if (group.scale != 1 && terms > 0) break;  // "тысяча полтора"
        single_group = group;
        single_multiplier = 1;
        total += group.halves_or_value;  // a half stays for ValueOf to refuse
        end = group.end;
        ++terms;
        break;
      }
      std::int64_t m = multiplier.entry->value;
      end = multiplier.end;
      last = m;
      // "две сотни тысяч", "около десятка тысяч": a counted ten or hundred of thousands.
      if (m < 1000) {
        const Token big = scan_.Next(end);
        if (IsMultiplierFor(big, context, INT64_MAX) && big.entry->value >= 1000 &&
            big.entry->language != Language::kKazakh && big.kazakh_case == KazakhCase::kNone &&
            terms == 0) {
          m *= big.entry->value;
          end = big.end;
          last = big.entry->value;
        }
      }
      if ((group.halves_or_value * m) % group.scale != 0) {
        read.fail = {Failure::kFraction, first.begin, end};
        return read;
      }
      total += group.halves_or_value * m / group.scale;
      single_group = group;
      single_multiplier = m;
      ++terms;
    }
    if (terms == 0) {
      read.fail = {Failure::kNoFigure, first.begin, first.end};
      return read;
    }
    figure.end = end;
    if (terms == 1) {
      figure.mantissa = single_group.halves_or_value;
      figure.scale = single_group.scale;
      figure.multiplier = single_multiplier;
    } else {
      figure.single = false;
      figure.compound = total;
    }
    return read;
  }

  // "екі жүз елу", "үш мың", "мыңнан" (with its case ending), "он бес", "бір жарым мың".
  FigureRead ReadKazakhWords(const Token& first, const Context& context) const {
    FigureRead read;
    Figure& figure = read.figure;
    figure.begin = first.begin;
    figure.language = Language::kKazakh;
    std::int64_t total = 0, group = 0;
    bool hundred = false, tens = false, unit = false;
    bool half = false;  // "бір жарым": the group is counted in halves and needs a multiplier
    std::int64_t last = INT64_MAX;
    int words = 0, terms = 0;
    std::int64_t single_group = 0, single_scale = 1, single_multiplier = 1;
    std::size_t end = first.begin;
    const NumberWord* only_word = nullptr;
    while (true) {
      const Token word = scan_.Next(end);
      if (word.kind != TokenKind::kWord || word.entry == nullptr) break;
      const NumberWord& entry = *word.entry;
      if (entry.language == Language::kRussian) break;
      const std::int64_t v = entry.value;
      bool taken = true;
      switch (entry.kind) {
        case nw::Kind::kUnit:
          taken = !unit && !half;
          if (taken) group += v, unit = true;
          break;
        case nw::Kind::kTens:
          taken = !tens && !unit && !half;
          if (taken) group += v, tens = true;
          break;
        case nw::Kind::kKazakhHundred:
          // "екі жүз": the unit before it counts the hundreds.
          taken = !hundred && !tens && !half;
          if (taken) group = (unit ? group : 1) * 100, hundred = true, unit = false;
          break;
        case nw::Kind::kKazakhHalf:
          // "бір жарым мың", "екі жарым миллион": a half more of the multiplier that follows.
          taken = group > 0 && !half && word.kazakh_case == KazakhCase::kNone;
          if (taken) group = 2 * group + 1, half = true;
          break;
        case nw::Kind::kMultiplier:
          taken = entry.form == nw::Form::kSingular && v < last && (group > 0 || words == 0);
          if (taken) {
            const std::int64_t count = group > 0 ? group : 1;
            const std::int64_t scale = half ? 2 : 1;
            total += count * v / scale;  // every multiplier is even
            single_group = count;
            single_scale = scale;
            single_multiplier = v;
            last = v;
            group = 0, hundred = tens = unit = half = false;
            ++terms;
          }
          break;
        default:
          taken = false;
      }
      if (!taken) break;
      only_word = words == 0 ? &entry : nullptr;
      ++words;
      end = word.end;
      if (word.kazakh_case != KazakhCase::kNone) {
        figure.kazakh_case = word.kazakh_case;  // a case ending closes the number
        break;
      }
    }
    if (words == 0) {
      read.fail = {Failure::kNoFigure, first.begin, first.end};
      return read;
    }
    // "он мыңдаған", "жүз мыңдаған" are vague counts (tens, hundreds of thousands), not 10 or 100
    // followed by a stray word.
    if (figure.kazakh_case == KazakhCase::kNone && scan_.Next(end).IsEntry(nw::Kind::kVague)) {
      read.fail = {Failure::kNoFigure, first.begin, end};
      return read;
    }
    // "он" is also the Russian "he" and "бес" a Russian word: alone, with no Kazakh qualifier or
    // case ending to vouch for them, they are not read as 10 and 5.
    if (only_word != nullptr && figure.kazakh_case == KazakhCase::kNone &&
        context.language != Language::kKazakh &&
        (only_word->word == "он" || only_word->word == "бес")) {
      read.fail = {Failure::kLoneKazakhWord, first.begin, end};
      return read;
    }
    if (group > 0) {
      if (half && terms > 0) {
        // "мың бір жарым": a half with no multiplier after it.
        read.fail = {Failure::kFraction, first.begin, end};
        return read;
      }
      total += group;
      single_group = group;
      single_scale = half ? 2 : 1;  // ValueOf refuses a half left alone ("бір жарым")
      single_multiplier = 1;
      ++terms;
    }
    figure.end = end;
    if (terms == 1) {
      figure.mantissa = single_group;
      figure.scale = single_scale;
      figure.multiplier = single_multiplier;
    } else {
      figure.single = false;
      figure.compound = total;
    }
    return read;
  }

  struct VagueRead {
    std::int64_t unit = 0;
    std::size_t end = 0;
    Fail fail;
    bool ok() const { return fail.why == Failure::kNone; }
  };

  // "десятки", "сотни тысяч", "несколько десятков", "несколько" alone (a few: unit 1),
  // "мыңдаған", "ондаған мың", "он мыңдаған", "бірнеше жүз".
  VagueRead ReadVague(std::size_t pos) const {
    VagueRead read;
    const Token first = scan_.Next(pos);
    read.fail = {Failure::kNoFigure, first.begin, first.end};
    if (first.kind != TokenKind::kWord || first.entry == nullptr ||
        first.kazakh_case != KazakhCase::kNone) {
      return read;
    }
    const NumberWord& entry = *first.entry;
    const Language language = entry.language;
    const auto is_unit = [&](const Token& token, bool after_several) {
      if (token.kind != TokenKind::kWord || token.entry == nullptr ||
          token.kazakh_case != KazakhCase::kNone || !Compatible(token.entry->language, language)) {
        return false;
      }
      if (language == Language::kKazakh) {
        return (token.entry->kind == nw::Kind::kMultiplier &&
                token.entry->form == nw::Form::kSingular) ||
               token.entry->kind == nw::Kind::kKazakhHundred;
      }
      if (token.entry->kind != nw::Kind::kMultiplier) return false;
      const nw::Form form = token.entry->form;
      return form == nw::Form::kPlural || form == nw::Form::kAmbiguous ||
             (after_several && form == nw::Form::kAbbreviation);
    };
    std::int64_t unit = 0;
    std::size_t end = first.end;
    if (entry.kind == nw::Kind::kSeveral) {
      unit = 1;
      const Token next = scan_.Next(end);
      if (is_unit(next, true)) unit = next.entry->value, end = next.end;
    } else if (entry.kind == nw::Kind::kVague) {
      unit = entry.value;
    } else if (language == Language::kKazakh && (entry.value == 10 || entry.value == 100) &&
               scan_.Next(end).IsEntry(nw::Kind::kVague) &&
               scan_.Next(end).kazakh_case == KazakhCase::kNone &&
               scan_.Next(end).entry->value >= 1000) {
      // "он мыңдаған", "жүз мыңдаған": tens, hundreds of thousands.
      const Token vague = scan_.Next(end);
      unit = entry.value * vague.entry->value;
      end = vague.end;
    } else if (language != Language::kKazakh && is_unit(first, false)) {
      unit = entry.value;
    } else {
      return read;
    }
    // "десятки тысяч", "сотни миллионов", "ондаған мың", "бірнеше жүз мың".
    if (unit == 10 || unit == 100) {
      const Token next = scan_.Next(end);
      if (is_unit(next, true) && next.entry->value >= 1000) {
        unit *= next.entry->value;
        end = next.end;
      }
    }
    if (unit > kMaxVagueUnit) {
      read.fail = {Failure::kTooLarge, first.begin, end};
      return read;
    }
    read.fail = {};
    read.unit = unit;
    read.end = end;
    return read;
  }

  Scanner scan_;
};

// At most this many bytes of the input are quoted in a message.
constexpr std::size_t kMaxQuoted = 80;

std::string Quote(std::string_view text) {
  if (text.size() <= kMaxQuoted) return "'" + std::string(text) + "'";
  std::size_t cut = kMaxQuoted;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return "'" + std::string(text.substr(0, cut)) + "…'";
}

// What is wrong with the part of the input a failure points at, as a predicate: "'1,5' is not a
// whole number of people".
std::string_view Predicate(Failure why) {
  switch (why) {
    case Failure::kNone:
      break;
    case Failure::kNoFigure:
      return "is not a figure; write digits (57), number words (триста) or a qualifier with a "
             "figure (около 300, более 400)";
    case Failure::kQualifierAlone:
      return "needs a figure after it";
    case Failure::kQualifiedVague:
      return "puts a qualifier before a vague count; write the vague count alone (десятки, "
             "несколько тысяч) or a figure (более 20)";
    case Failure::kQualifiedRange:
      return "puts a qualifier on a range; only около and порядка may come before one, so write "
             "'от 200 до 300' or a single figure";
    case Failure::kFraction:
      return "is not a whole number of people; a fraction needs a multiplier (1,5 тыс., "
             "полторы тысячи)";
    case Failure::kNotACount:
      return "is not a count of people (a date, a time, a code or a long fraction)";
    case Failure::kPercent:
      return "is a percentage, not a count of people";
    case Failure::kAttached:
      return "is not a figure: letters attached to the digits make an ordinal, a case ending or "
             "a code";
    case Failure::kTooLarge:
      return "is more than 10000000000, which no attendance figure can be";
    case Failure::kBackwardRange:
      return "is a range that runs backwards; write the smaller figure first";
    case Failure::kTooSmall:
      return "names no positive count: почти, менее and the like need a figure of at least 2";
    case Failure::kLoneKazakhWord:
      return "alone is read as a Russian word, not as a Kazakh numeral; write the figure in "
             "digits";
    case Failure::kMissingPostposition:
      return "has a Kazakh case ending but no астам, аса, артық, көп, кем, жуық, тарта, дейін or "
             "another postposition after it";
    case Failure::kMixedLanguages:
      return "mixes Russian and Kazakh words in one figure";
    case Failure::kTwoQualifiers:
      return "has two qualifiers";
    case Failure::kMalformed:
      return "is not a well-formed number";
  }
  return "is not understood";
}

// "'около людей': 'около' needs a figure after it", or "'1,5' is not a whole number of people"
// when the failure is about the whole input.
std::string Describe(const Fail& fail, std::string_view text) {
  const std::size_t begin = std::min(fail.begin, text.size());
  const std::size_t end = std::clamp(fail.end, begin, text.size());
  const std::string predicate(Predicate(fail.why));
  if (begin == 0 && end == text.size()) return Quote(text) + " " + predicate;
  if (begin == end) return Quote(text) + ": the figure is incomplete";
  return Quote(text) + ": " + Quote(text.substr(begin, end - begin)) + " " + predicate;
}

// Anything longer is not an attendance phrase, and quoting it in full would not help.
constexpr std::size_t kMaxPhraseBytes = 256;

}  // namespace

std::optional<AttendanceMatch> MatchAttendancePrefix(std::string_view text) {
  if (text.empty()) return std::nullopt;
  // Reject at the first byte what cannot start a figure: ASCII other than digits (no Latin word
  // is a number word), and below, any code point that is not a letter.
  const unsigned char lead = static_cast<unsigned char>(text[0]);
  if (lead < 0x80) {
    if (lead < '0' || lead > '9') return std::nullopt;
  } else {
    std::size_t pos = 0;
    if (!utf8::IsLetter(utf8::Decode(text, pos))) return std::nullopt;
  }
  const Outcome outcome = PhraseParser(text).Parse();
  if (!outcome.ok()) return std::nullopt;
  const std::string_view words = text.substr(0, outcome.end);
  return AttendanceMatch{Attendance{std::string(words), outcome.qualifier, outcome.bounds.value,
                                    outcome.bounds.low, outcome.bounds.high},
                         outcome.end};
}

Result<Attendance> ParseAttendance(std::string_view text) {
  constexpr std::string_view kField = "attendance";
  if (!utf8::IsValid(text)) {
    return Invalid(std::string(kField), "the attendance text is not valid UTF-8");
  }
  const std::string_view trimmed = utf8::Trim(text);
  if (trimmed.empty()) {
    return Invalid(std::string(kField),
                   "attendance is empty; write a figure such as 57 or 'около 300'");
  }
  const std::string quoted = Quote(trimmed);
  if (trimmed.size() > kMaxPhraseBytes) {
    return Invalid(std::string(kField), quoted + ": too long for an attendance figure (" +
                                            std::to_string(trimmed.size()) + " bytes, at most " +
                                            std::to_string(kMaxPhraseBytes) + ")");
  }
  const PhraseParser parser(trimmed);
  const Scanner& scanner = parser.scanner();
  const Token first = scanner.Next(0);
  if (first.kind == TokenKind::kDash && scanner.Next(first.end).kind == TokenKind::kNumber) {
    return Invalid(std::string(kField),
                   quoted + ": a negative figure; attendance counts people, 0 or more");
  }
  const Outcome outcome = parser.Parse();
  if (!outcome.ok()) {
    return Invalid(std::string(kField), Describe(outcome.fail, trimmed));
  }
  std::size_t end = outcome.end;
  const Token unit = scanner.Next(end);
  if (IsUnitWord(unit)) {
    end = unit.end;
    if (unit.IsWord("чел") && end < trimmed.size() && trimmed[end] == '.') ++end;
  }
  const Token rest = scanner.Next(end);
  if (rest.kind != TokenKind::kEnd) {
    return Invalid(std::string(kField),
                   quoted + ": unexpected " +
                       Quote(trimmed.substr(rest.begin, rest.end - rest.begin)) +
                       " after the figure");
  }
  return Attendance{std::string(trimmed), outcome.qualifier, outcome.bounds.value,
                    outcome.bounds.low, outcome.bounds.high};
}

}  // namespace kenes
