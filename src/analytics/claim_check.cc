#include "analytics/claim_check.h"

#include <algorithm>
#include <cstdio>
#include <limits>

#include "analytics/claim_words.h"
#include "core/grouped.h"
#include "core/utf8.h"

namespace kenes::analytics {
namespace {

using extract::ByteOffset;
using extract::ByteSpan;
using extract::ClaimTopic;

constexpr std::int64_t kUnbounded = std::numeric_limits<std::int64_t>::max();

// The support caveat of support.h, in Kazakh.
constexpr const char* kSupportCaveatKk =
    "Кездесулердегі пікірлер репрезентативті сауалнама емес: оларды кездесуге келіп, сөз алған "
    "адамдар қалдырды, сондықтан үлес барлық сайлаушыларды емес, соларды сипаттайды.";

// One text in Russian and one in Kazakh; the claim's language picks.
struct Say {
  bool kazakh = false;
  std::string operator()(std::string ru, std::string kk) const {
    return kazakh ? std::move(kk) : std::move(ru);
  }
};

std::string Span(std::int64_t low, std::int64_t high) {
  if (low == high) return Grouped(low);
  return Grouped(low) + "–" + Grouped(high);
}

std::string Percent(double share) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", share * 100);
  std::string out = buffer;
  std::replace(out.begin(), out.end(), '.', ',');
  return out + "\u00A0%";
}

// ---- Figure claims ----------------------------------------------------------------------------

// What the words of a claim allow: [low, high], open above for "более", "не менее", open below
// for "до", "менее".
struct Allowed {
  std::int64_t low = 0;
  std::int64_t high = kUnbounded;
};

Allowed AllowedBy(const Attendance& figure) {
  switch (figure.qualifier) {
    case Qualifier::kMoreThan:
    case Qualifier::kAtLeast:
      return {figure.low, kUnbounded};
    case Qualifier::kUpTo:
    case Qualifier::kLessThan:
      return {0, figure.high};
    default:
      return {figure.low, figure.high};
  }
}

std::string AllowedWords(const Allowed& allowed, const Say& say) {
  if (allowed.high == kUnbounded) {
    return say("не меньше " + Grouped(allowed.low), Grouped(allowed.low) + " не кем");
  }
  if (allowed.low == 0) {
    return say("не больше " + Grouped(allowed.high), Grouped(allowed.high) + " артық емес");
  }
  return Span(allowed.low, allowed.high);
}

// The ledger's count a topic is held against, as a range, and its name.
struct Ledger {
  std::int64_t low = 0;
  std::int64_t high = 0;
  std::string figure;
  std::string note;  // said after the reasoning: distinct people, figures awaiting review
};

Ledger LedgerFor(ClaimTopic topic, const LedgerFigures& f, const Say& say) {
  switch (topic) {
    case ClaimTopic::kEvents:
      return {f.events_held, f.events_held,
              say("проведено мероприятий: " + Grouped(f.events_held),
                  "өткізілген іс-шаралар: " + Grouped(f.events_held)),
              ""};
    case ClaimTopic::kParties:
      return {f.parties, f.parties,
              say("партий в коалиции по реестру: " + Grouped(f.parties),
                  "тізілім бойынша коалициядағы партиялар: " + Grouped(f.parties)),
              ""};
    case ClaimTopic::kOrganizations:
      return {
          f.other_members, f.other_members,
          say("членов коалиции, кроме партий, по реестру: " + Grouped(f.other_members),
              "тізілім бойынша коалиция мүшелері, партиялардан басқа: " + Grouped(f.other_members)),
          ""};
    case ClaimTopic::kMembers:
      return {
          f.claimed_members, f.claimed_members,
          say("заявленная численность членов коалиции по реестру: " + Grouped(f.claimed_members),
              "тізілім бойынша коалиция мүшелерінің мәлімделген саны: " +
                  Grouped(f.claimed_members)),
          ""};
    case ClaimTopic::kPeople: {
      const AttendanceTotal& a = f.attendance;
      Ledger ledger{a.low, a.high,
                    say("сумма явки проведённых мероприятий: " + Span(a.low, a.high) +
                            "; различных людей по регистрации: " + Grouped(f.distinct_people),
                        "өткізілген іс-шаралардағы қатысушылар саны: " + Span(a.low, a.high) +
                            "; тіркеу бойынша әртүрлі адамдар: " + Grouped(f.distinct_people)),
                    ""};
      if (f.distinct_people > 0) {
        ledger.note =
            say(" Отдельных людей, отмеченных при регистрации, " + Grouped(f.distinct_people) +
                    ": человек, пришедший на пять встреч, в сумме явки считается пять "
                    "раз.",
                " Тіркеуде белгіленген әртүрлі адамдар саны " + Grouped(f.distinct_people) +
                    ": бес кездесуге келген адам қатысушылар санында бес рет "
                    "есептеледі.");
      } else {
        ledger.note = say(" Регистрации участников нет, поэтому число отдельных людей неизвестно.",
                          " Қатысушыларды тіркеу жоқ, сондықтан әртүрлі адамдар саны белгісіз.");
      }
      if (f.events_flagged > 0) {
        const AttendanceTotal& g = f.attendance_flagged;
        ledger.note += say(" Ещё " + Span(g.low, g.high) + " (" + Grouped(f.events_flagged) +
                               " мероприятий) ждут проверки и не учтены.",
                           " Тағы " + Span(g.low, g.high) + " (" + Grouped(f.events_flagged) +
                               " іс-шара) тексеруді күтуде және есептелмеді.");
      }
      return ledger;
    }
  }
  return {};
}

CheckedClaim CheckFigure(std::string_view input, const extract::Claim& claim,
                         const LedgerFigures& figures, const Say& say) {
  CheckedClaim out;
  out.span = claim.span;
  out.text = std::string(claim.span.In(input));
  const Allowed allowed = AllowedBy(claim.figure);
  const Ledger ledger = LedgerFor(claim.topic, figures, say);
  out.figure = ledger.figure;
  const std::string words = "«" + claim.figure.text + "»";
  const std::string range = Span(ledger.low, ledger.high);
  const std::string can_say =
      say(" Верно сказать: «", " Дұрыс айту: «") +
      StateTotal(ledger.low, ledger.high, say.kazakh ? Words::kKazakh : Words::kRussian) + "».";
  if (ledger.low >= allowed.low && ledger.high <= allowed.high) {
    out.verdict = Verdict::kSupported;
    out.why = say("По реестру " + range + ": каждое значение укладывается в " + words + " (" +
                      AllowedWords(allowed, say) + ").",
                  "Тізілім бойынша " + range + ": әр мәні " + words + " ішінде (" +
                      AllowedWords(allowed, say) + ").");
  } else if (ledger.high < allowed.low || ledger.low > allowed.high) {
    out.verdict = Verdict::kNotSupported;
    out.why = say("По реестру " + range + ", а " + words + " означает " +
                      AllowedWords(allowed, say) + ": ни одно значение реестра не подходит.",
                  "Тізілім бойынша " + range + ", ал " + words + " дегеніміз " +
                      AllowedWords(allowed, say) + ": тізілімнің бірде-бір мәні сәйкес келмейді.") +
              can_say;
  } else {
    out.verdict = Verdict::kNotSupported;
    out.why =
        say("По реестру " + range + ", а " + words + " означает " + AllowedWords(allowed, say) +
                ": это верно лишь для части диапазона реестра, не для каждого его значения.",
            "Тізілім бойынша " + range + ", ал " + words + " дегеніміз " +
                AllowedWords(allowed, say) +
                ": бұл тізілім ауқымының бір бөлігі үшін ғана дұрыс, әр мәні үшін емес.") +
        can_say;
  }
  out.why += ledger.note;
  return out;
}

// ---- Qualitative claims -----------------------------------------------------------------------

struct Word {
  std::string_view folded;
  std::size_t begin = 0;  // bytes into the input
  std::size_t end = 0;
};

bool IsWordByte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-';
}

bool Starts(const Word& word, std::string_view stem) { return word.folded.starts_with(stem); }

template <class... Stems>
bool StartsAny(const Word& word, Stems... stems) {
  return (Starts(word, stems) || ...);
}

struct Sentence {
  std::vector<Word> words;
  ByteSpan span;
};

// Lower case with ё read as е, byte for byte the input's length (Cyrillic and Latin-1 letters
// keep their UTF-8 length in either case), so offsets into it are offsets into the input.
std::string Fold(std::string_view input) {
  std::string folded = utf8::ToLower(input);
  if (folded.size() != input.size()) return {};
  for (std::size_t i = 0; i + 1 < folded.size(); ++i) {
    if (folded[i] == '\xd1' && folded[i + 1] == '\x91') {  // ё → е
      folded[i] = '\xd0';
      folded[i + 1] = '\xb5';
    }
  }
  return folded;
}

std::vector<Sentence> Sentences(std::string_view folded) {
  std::vector<Sentence> out;
  Sentence current;
  std::size_t start = std::string_view::npos;  // of the sentence's first word
  auto close = [&](std::size_t end) {
    if (!current.words.empty()) {
      current.span = {ByteOffset(start), ByteOffset(end)};
      out.push_back(std::move(current));
    }
    current = {};
    start = std::string_view::npos;
  };
  std::size_t i = 0;
  while (i < folded.size()) {
    const unsigned char c = folded[i];
    if (IsWordByte(c)) {
      std::size_t j = i;
      while (j < folded.size() && IsWordByte(folded[j])) ++j;
      if (start == std::string_view::npos) start = i;
      current.words.push_back({folded.substr(i, j - i), i, j});
      i = j;
      continue;
    }
    if (c == '.' || c == '!' || c == '?' || c == '\n') close(i + (c == '\n' ? 0 : 1));
    ++i;
  }
  close(folded.size());
  return out;
}

bool IsSupportWord(const Word& w) {
  return StartsAny(w, "поддерж", "позитивн", "положительн", "одобр", "қолда", "құпта");
}

bool IsPresident(const std::vector<Word>& words, std::size_t i) {
  if (StartsAny(words[i], "президент", "елбас")) return true;
  if (i + 1 < words.size()) {
    if (StartsAny(words[i], "глав") && Starts(words[i + 1], "государств")) return true;
    if (Starts(words[i], "мемлекет") && Starts(words[i + 1], "басшы")) return true;
  }
  return false;
}

// A support word within three words of a word naming the president.
bool AboutThePresident(const std::vector<Word>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!IsPresident(words, i)) continue;
    const std::size_t from = i >= 3 ? i - 3 : 0;
    for (std::size_t j = from; j < std::min(words.size(), i + 5); ++j) {
      if (IsSupportWord(words[j])) return true;
    }
  }
  return false;
}

bool ClaimsMajority(const std::vector<Word>& words) {
  bool most = false, support = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (StartsAny(words[i], "большинств", "көпшілі")) most = true;
    if (IsSupportWord(words[i])) support = true;
    if (Starts(words[i], "оң") && words[i].folded.size() == 4 && i + 1 < words.size() &&
        Starts(words[i + 1], "баға")) {
      support = true;
    }
  }
  return most && support;
}

enum class Places { kNone, kRegions, kSettlements };

Places PlacesOf(const Word& w) {
  if (StartsAny(w, "регион", "област", "өңір", "облыс", "аймақ")) return Places::kRegions;
  if (StartsAny(w, "город", "сел", "населен", "район", "аул", "деревн", "поселк", "қала", "аудан",
                "мекен", "кент")) {
    return Places::kSettlements;
  }
  return Places::kNone;
}

struct Quantified {
  Places places = Places::kNone;
  bool nearly = false;
};

// "все регионы", "во всех областях", "практически все города и сёла", "почти всех районах",
// "барлық өңірлер", "барлық дерлік қалалар мен ауылдар", "өңірлердің барлығында".
Quantified FindQuantified(const std::vector<Word>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words[i].folded;
    const bool all = w == "все" || w == "всех" || w == "всем" || w == "всеми" || w == "барлық";
    if (all) {
      bool nearly = false;
      if (i > 0 && (words[i - 1].folded == "практически" || words[i - 1].folded == "почти" ||
                    words[i - 1].folded == "фактически")) {
        nearly = true;
      }
      if (i > 1 && words[i - 2].folded == "іс" && words[i - 1].folded == "жүзінде") nearly = true;
      std::size_t j = i + 1;
      if (j < words.size() && words[j].folded == "дерлік") {
        nearly = true;
        ++j;
      }
      // Allow a number between: "все 17 регионов".
      if (j < words.size() && !words[j].folded.empty() && words[j].folded[0] >= '0' &&
          words[j].folded[0] <= '9') {
        ++j;
      }
      if (j < words.size()) {
        const Places places = PlacesOf(words[j]);
        if (places != Places::kNone) return {places, nearly};
      }
    }
    if (Starts(words[i], "барлығ") && i > 0) {
      const Places places = PlacesOf(words[i - 1]);
      if (places != Places::kNone) return {places, false};
    }
  }
  return {};
}

std::string Names(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < 5; ++i) {
    if (i > 0) out += ", ";
    out += names[i];
  }
  if (names.size() > 5) out += ", …";
  return out;
}

CheckedClaim CheckCoverage(const Quantified& q, const LedgerFigures& f, const Say& say) {
  CheckedClaim out;
  if (q.places == Places::kRegions) {
    out.figure = say("регионов с проведёнными мероприятиями: " + Grouped(f.regions_visited) +
                         " из " + Grouped(f.regions),
                     "іс-шара өткізілген өңірлер: " + Grouped(f.regions) + " өңірдің " +
                         Grouped(f.regions_visited));
    const double share = f.regions > 0 ? double(f.regions_visited) / double(f.regions) : 0;
    const bool holds =
        f.regions > 0 && (q.nearly ? share >= kNearlyAll : f.regions_visited == f.regions);
    out.verdict = holds ? Verdict::kSupported : Verdict::kNotSupported;
    const std::string rule =
        q.nearly ? say("«почти все» читается как не менее " + Percent(kNearlyAll) + " регионов",
                       "«барлық дерлік» дегеніміз өңірлердің кемінде " + Percent(kNearlyAll))
                 : say("«все регионы» требует мероприятия в каждом регионе",
                       "«барлық өңірлер» әр өңірде іс-шара болуын талап етеді");
    out.why = say("Мероприятия проведены в " + Grouped(f.regions_visited) + " регионах из " +
                      Grouped(f.regions) + "; " + rule + ".",
                  "Іс-шаралар " + Grouped(f.regions) + " өңірдің " + Grouped(f.regions_visited) +
                      " өңірінде өтті; " + rule + ".");
    if (!f.unvisited_regions_ru.empty()) {
      out.why += say(" Без мероприятий: " + Names(f.unvisited_regions_ru) + ".",
                     " Іс-шарасыз: " + Names(f.unvisited_regions_kk) + ".");
    }
    return out;
  }
  const double need = q.nearly ? kNearlyAll : 1.0;
  auto share = [](std::int64_t visited, std::int64_t all) {
    return all > 0 ? double(visited) / double(all) : 0.0;
  };
  const double districts = share(f.districts_visited, f.districts);
  const double towns = share(f.towns_visited, f.towns);
  out.figure = say("районов с мероприятиями: " + Grouped(f.districts_visited) + " из " +
                       Grouped(f.districts) + " (" + Percent(districts) +
                       "); городов и сёл: " + Grouped(f.towns_visited) + " из " + Grouped(f.towns) +
                       " (" + Percent(towns) + ")",
                   "іс-шара өткен аудандар: " + Grouped(f.districts) + " ауданның " +
                       Grouped(f.districts_visited) + " (" + Percent(districts) +
                       "); қалалар мен ауылдар: " + Grouped(f.towns) + " елді мекеннің " +
                       Grouped(f.towns_visited) + " (" + Percent(towns) + ")");
  const bool holds = f.districts > 0 && f.towns > 0 && districts >= need && towns >= need;
  out.verdict = holds ? Verdict::kSupported : Verdict::kNotSupported;
  out.why = q.nearly ? say("«Практически все» читается как не менее " + Percent(kNearlyAll) +
                               " районов и не менее " + Percent(kNearlyAll) +
                               " городов и сёл справочника с проведённым мероприятием; ",
                           "«Барлық дерлік» дегеніміз анықтамалықтағы аудандардың кемінде " +
                               Percent(kNearlyAll) + " және қалалар мен ауылдардың кемінде " +
                               Percent(kNearlyAll) + " іс-шара өткізілгенін білдіреді; ")
                     : say("«Все» требует мероприятия в каждом районе и каждом городе и селе "
                           "справочника; ",
                           "«Барлық» анықтамалықтағы әр аудан мен әр елді мекенде іс-шара "
                           "болуын талап етеді; ");
  out.why +=
      say("по реестру районов " + Percent(districts) + ", городов и сёл " + Percent(towns) + ".",
          "тізілім бойынша аудандар " + Percent(districts) + ", қалалар мен ауылдар " +
              Percent(towns) + ".");
  return out;
}

CheckedClaim CheckMajority(const LedgerFigures& f, const Say& say) {
  CheckedClaim out;
  const std::string caveat = say(kSupportCaveatRu, kSupportCaveatKk);
  if (!f.support || f.support_n == 0) {
    out.verdict = Verdict::kNotSupported;
    out.figure = say("отзывов с позицией: 0", "ұстанымы бар пікірлер: 0");
    out.why = say("В реестре нет отзывов с позицией, поэтому большинство не подтверждено. ",
                  "Тізілімде ұстанымы бар пікір жоқ, сондықтан көпшілік расталмады. ") +
              caveat;
    return out;
  }
  const Interval& s = *f.support;
  out.figure = say("доля поддержки " + Percent(s.share) + " (95% интервал " + Percent(s.low) +
                       " – " + Percent(s.high) + "), отзывов с позицией: " + Grouped(f.support_n),
                   "қолдау үлесі " + Percent(s.share) + " (95% аралық " + Percent(s.low) + " – " +
                       Percent(s.high) + "), ұстанымы бар пікірлер: " + Grouped(f.support_n));
  if (s.low > 0.5) {
    out.verdict = Verdict::kSupported;
    out.why = say(
        "Нижняя граница 95% интервала доли поддержки, " + Percent(s.low) + ", выше 50 %. ",
        "Қолдау үлесінің 95% аралығының төменгі шегі, " + Percent(s.low) + ", 50 %-дан жоғары. ");
  } else {
    out.verdict = Verdict::kNotSupported;
    out.why = say("Нижняя граница 95% интервала доли поддержки, " + Percent(s.low) +
                      ", не выше 50 %: большинство не доказано. ",
                  "Қолдау үлесінің 95% аралығының төменгі шегі, " + Percent(s.low) +
                      ", 50 %-дан аспайды: көпшілік дәлелденбеді. ");
  }
  out.why += caveat;
  return out;
}

CheckedClaim NotCheckable(const Say& say) {
  CheckedClaim out;
  out.verdict = Verdict::kNotCheckable;
  out.why =
      say("kenes не учитывает поддержку президента: в реестре нет такой цифры, и проверить "
          "утверждение нечем.",
          "kenes Президентті қолдауды есептемейді: тізілімде мұндай көрсеткіш жоқ, "
          "сондықтан тексеруге болмайды.");
  return out;
}

}  // namespace

std::string_view VerdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::kSupported:
      return "supported";
    case Verdict::kNotSupported:
      return "not_supported";
    case Verdict::kNotCheckable:
      return "not_checkable";
  }
  return "";
}

Result<LedgerFigures> GatherFigures(Analytics& analytics, const Filter& filter, Date today) {
  LedgerFigures f;
  KENES_ASSIGN(Stats stats, analytics.ComputeStats(filter));
  f.events_held = stats.totals.events_held;
  f.attendance = stats.totals.attendance;
  f.events_flagged = stats.totals.events_flagged;
  f.attendance_flagged = stats.totals.attendance_flagged;
  f.distinct_people = stats.distinct_participants;
  f.parties = stats.coalition.parties;
  f.other_members = stats.coalition.members - stats.coalition.parties;
  f.claimed_members = stats.coalition.claimed_members;
  KENES_ASSIGN(Coverage coverage, analytics.ComputeCoverage(filter, today));
  f.regions = static_cast<std::int64_t>(coverage.regions.size());
  for (const PlaceCoverage& region : coverage.regions) {
    if (region.events > 0) {
      ++f.regions_visited;
    } else {
      f.unvisited_regions_ru.push_back(region.name_ru);
      f.unvisited_regions_kk.push_back(region.name_kk.empty() ? region.name_ru : region.name_kk);
    }
  }
  f.districts = static_cast<std::int64_t>(coverage.districts.size());
  f.districts_visited = coverage.districts_visited;
  f.towns = coverage.towns;
  f.towns_visited = coverage.towns_visited;
  KENES_ASSIGN(Support support, analytics.ComputeSupport(filter));
  f.support_n = support.overall.n;
  f.support = support.overall.support;
  return f;
}

std::vector<CheckedClaim> CheckClaims(std::string_view input, const extract::Extraction& extraction,
                                      const LedgerFigures& figures) {
  const Say say{extraction.language == extract::Language::kKazakh};
  std::vector<CheckedClaim> out;
  for (const extract::Claim& claim : extraction.claims) {
    out.push_back(CheckFigure(input, claim, figures, say));
  }
  const std::string folded = Fold(input);
  if (!folded.empty()) {
    for (const Sentence& sentence : Sentences(folded)) {
      auto add = [&](CheckedClaim claim) {
        claim.span = sentence.span;
        claim.text = std::string(sentence.span.In(input));
        out.push_back(std::move(claim));
      };
      if (AboutThePresident(sentence.words)) {
        add(NotCheckable(say));
      } else if (ClaimsMajority(sentence.words)) {
        add(CheckMajority(figures, say));
      }
      if (const Quantified q = FindQuantified(sentence.words); q.places != Places::kNone) {
        add(CheckCoverage(q, figures, say));
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const CheckedClaim& a, const CheckedClaim& b) {
    return a.span.begin < b.span.begin;
  });
  return out;
}

}  // namespace kenes::analytics
