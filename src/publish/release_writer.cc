#include "publish/release_writer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <stdexcept>
#include <string_view>

#include "analytics/claim_words.h"
#include "core/kazakh_morphology.h"
#include "core/plural.h"
#include "core/utf8.h"
#include "publish/attendance_words.h"
#include "publish/audience_words.h"
#include "publish/place_words.h"
#include "publish/speaker_titles.h"

namespace kenes::publish {
namespace {

using Language = PublicationLanguage;

constexpr std::string_view kCoalitionRu =
    "Общенациональной коалиции «За Народную Конституцию Справедливого и Прогрессивного "
    "Казахстана!»";
constexpr std::string_view kCoalitionKk =
    "«Әділетті және прогрессивті Қазақстанның Халықтық Конституциясы үшін!» жалпыұлттық "
    "коалициясының";

constexpr std::array<std::string_view, 12> kMonthsRu = {"января",   "февраля", "марта",  "апреля",
                                                        "мая",      "июня",    "июля",   "августа",
                                                        "сентября", "октября", "ноября", "декабря"};
constexpr std::array<std::string_view, 12> kMonthsKk = {
    "қаңтар", "ақпан", "наурыз",   "сәуір", "мамыр",  "маусым",
    "шілде",  "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"};

// Words that open a meeting's paragraph after the first: each tells the reader (and the intake)
// that another meeting begins.
constexpr std::array<std::string_view, 5> kNextRu = {"Затем", "Далее", "После этого", "Кроме того,",
                                                     "Также"};
constexpr std::array<std::string_view, 4> kNextKk = {"Одан кейін", "Бұдан соң", "Сондай-ақ",
                                                     "Сонымен қатар"};

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string Capitalized(std::string text) {
  if (text.empty()) return text;
  std::size_t pos = 0;
  const char32_t first = utf8::Decode(text, pos);
  const std::string lower = utf8::ToLower(text.substr(0, pos));
  if (lower != text.substr(0, pos)) return text;  // already a capital
  std::string upper;
  // Cyrillic and Latin lower case letters have their capital at a fixed distance, but for ё and
  // the Kazakh letters, which the release's own words do not start a sentence with.
  if (first >= U'а' && first <= U'я') {
    utf8::Append(upper, first - 0x20);
  } else if (first >= U'a' && first <= U'z') {
    utf8::Append(upper, first - 0x20);
  } else {
    return text;
  }
  return upper + text.substr(pos);
}

// "a", "a и b", "a, b и c"; Kazakh joins with "және".
std::string List(const std::vector<std::string>& items, Language language) {
  std::string_view conjunction = language == Language::kKazakh ? " және " : " и ";
  // "с врачами и медиками, педагогами и учителями" would read as one list: when an item has its
  // own "и", the last one is joined by "а также".
  if (language == Language::kRussian && items.size() > 1) {
    for (const std::string& item : items) {
      if (item.find(" и ") != std::string::npos) conjunction = ", а также ";
    }
  }
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? std::string(conjunction) : std::string(", ");
    out += items[i];
  }
  return out;
}

std::string DateWords(Date date, Language language, bool with_year) {
  const std::string day = std::to_string(date.day());
  if (language == Language::kKazakh) {
    // "2026 жылғы 24 ақпанда", "25 ақпанда"
    const std::string month(kMonthsKk[date.month() - 1]);
    std::string out = with_year ? std::to_string(date.year()) + " жылғы " : "";
    return out + day + " " +
           kazakh::Inflect(month, kazakh::Form{false, false, kazakh::Case::kLocative});
  }
  std::string out = day + " " + std::string(kMonthsRu[date.month() - 1]);
  if (with_year) out += " " + std::to_string(date.year()) + " года";
  return out;
}

const Place* RegionOf(const ReleaseMeeting& meeting) {
  for (const Place& place : meeting.places) {
    if (place.level == PlaceLevel::kRegion) return &place;
  }
  return nullptr;
}

std::string PersonName(const Person& person, Language language) {
  if (language == Language::kKazakh && !person.full_name_kk.empty()) return person.full_name_kk;
  return person.full_name;
}

// "сенатор Серик Утешов"; the name alone when the person held no title on `date`.
std::string PersonWords(const Person& person, Date date, Language language) {
  const std::string title = SpeakerTitle(TitleOn(person, date), language);
  const std::string name = PersonName(person, language);
  return title.empty() ? name : title + " " + name;
}

std::string OrganizationName(const Organization& organization, Language language) {
  if (language == Language::kKazakh && !organization.name_kk.empty()) return organization.name_kk;
  return organization.name;
}

// Whether `code` is not yet in `said`, which then holds it: a segment or provision a meeting
// records twice is said once.
bool FirstTime(std::vector<std::string_view>& said, std::string_view code) {
  if (std::find(said.begin(), said.end(), code) != said.end()) return false;
  said.push_back(code);
  return true;
}

// A surname in -а or -я is a woman's ("Балаева", "Джаманкулова"): the Russian verb agrees.
bool LooksFeminine(std::string_view full_name) {
  const std::size_t space = full_name.rfind(' ');
  const std::string_view last =
      space == std::string_view::npos ? full_name : full_name.substr(space + 1);
  return EndsWith(last, "а") || EndsWith(last, "я");
}

struct KindWords {
  std::string_view held_ru;  // "прошла встреча"
  std::string_view in_ru;    // "Во встрече" (… приняли участие)
  std::string_view noun_kk;  // "кездесу"
};

KindWords WordsOf(EventKind kind) {
  switch (kind) {
    case EventKind::kMeeting:
      return {"прошла встреча", "Во встрече", "кездесу"};
    case EventKind::kOpenDialogue:
      return {"прошел открытый диалог", "В диалоге", "ашық диалог"};
    case EventKind::kForum:
      return {"прошел форум", "В форуме", "форум"};
    case EventKind::kRoundTable:
      return {"прошел круглый стол", "В круглом столе", "дөңгелек үстел"};
    case EventKind::kFinalSession:
      return {"прошло итоговое заседание", "В заседании", "қорытынды отырыс"};
  }
  return {"прошла встреча", "Во встрече", "кездесу"};
}

// The figure with the noun it counts: "более 400 человек", "около 200 сотрудников" (the unit
// word of the event's own words), "400-ден астам адам".
std::string AttendancePhrase(const Attendance& attendance, Language language) {
  const std::string words = AttendanceWords(attendance, language);
  const auto match = MatchAttendancePrefix(words);
  const bool has_noun =
      (match && match->length < utf8::Trim(words).size()) ||
      (language == Language::kKazakh &&
       (words.find("адам") != std::string::npos || words.find("кісі") != std::string::npos));
  if (has_noun) return words;
  if (language == Language::kKazakh) return words + " адам";
  // "человек" after every qualifier that governs the genitive ("около", "более", "до", "от … до",
  // "десятки"); after a bare or "почти" figure the noun agrees with its last number.
  const std::string_view trimmed = utf8::Trim(words);
  const bool bare = !trimmed.empty() && ((trimmed.front() >= '0' && trimmed.front() <= '9') ||
                                         trimmed.starts_with("почти "));
  if (bare && match) {
    std::int64_t last = match->attendance.high;
    if (match->attendance.qualifier == Qualifier::kAlmost) last = match->attendance.value + 1;
    if (match->attendance.qualifier == Qualifier::kExact) last = match->attendance.value;
    if (last >= 0) {
      return words + " " +
             std::string(NounAfter(static_cast<std::uint64_t>(last), PluralRules::kRussian,
                                   {"человек", "человека", "человек"}));
    }
  }
  return words + " человек";
}

// " с металлургами", " со специалистами": "со" before с, з, ж, ш and a consonant.
std::string WithPreposition(const std::string& phrase) {
  const std::u32string_view kClusterStart = U"сзжшСЗЖШ";
  const std::u32string_view kVowels = U"аеёиоуыэюяАЕЁИОУЫЭЮЯ";
  std::size_t pos = 0;
  const char32_t first = phrase.empty() ? 0 : utf8::Decode(phrase, pos);
  const char32_t second = pos < phrase.size() ? utf8::Decode(phrase, pos) : 0;
  const bool cluster = kClusterStart.find(first) != std::u32string_view::npos &&
                       utf8::IsLetter(second) && kVowels.find(second) == std::u32string_view::npos;
  return (cluster ? " со " : " с ") + phrase;
}

// `text` in «». A final full stop goes: the sentence the quotation stands in ends it
// («…решений». not «…решений.».); a question or exclamation mark, or an ellipsis, stays.
std::string Quoted(std::string_view text) {
  std::string_view trimmed = utf8::Trim(text);
  if (trimmed.ends_with('.') && !trimmed.ends_with("..")) trimmed.remove_suffix(1);
  if (trimmed.starts_with("«") && EndsWith(trimmed, "»")) return std::string(trimmed);
  return "«" + std::string(trimmed) + "»";
}

std::string Sentence(std::string text) {
  text = Capitalized(std::move(text));
  if (!text.empty() && text.back() != '.' && text.back() != '!' && text.back() != '?') {
    text += '.';
  }
  return text;
}

std::string MeetingParagraph(const ReleaseMeeting& meeting, std::size_t index, Date lead_date,
                             bool with_region, Language language) {
  const Event& event = meeting.event;
  const KindWords kind = WordsOf(event.kind);
  std::vector<std::string> sentences;

  std::string opening;
  if (index > 0) {
    opening += language == Language::kKazakh ? kNextKk[(index - 1) % kNextKk.size()]
                                             : kNextRu[(index - 1) % kNextRu.size()];
    opening += ' ';
  }
  // A meeting not on the lead's day says its date, even when the meeting before said it: the
  // reader takes an unstated date from the lead.
  if (event.date != lead_date) {
    opening += DateWords(event.date, language, event.date.year() != lead_date.year()) + " ";
  }
  const std::string where = MeetingPlaceWords(meeting.places, language, with_region);

  std::vector<std::string> partners;
  std::vector<std::string_view> segments_said;
  for (const Segment& segment : meeting.audience) {
    if (!FirstTime(segments_said, segment.code)) continue;
    if (language == Language::kKazakh) {
      partners.push_back(
          KazakhInstrumental(segment.name_kk.empty() ? segment.name_ru : segment.name_kk));
    } else {
      partners.push_back(RussianInstrumental(segment.name_ru));
    }
  }

  if (language == Language::kKazakh) {
    std::string held = opening + where + " делегация мүшелері ";
    if (!partners.empty()) held += List(partners, language) + " ";
    held += std::string(kind.noun_kk) + " өткізді";
    sentences.push_back(Sentence(held));
    if (meeting.host) {
      sentences.push_back(
          Sentence("Қабылдаушы тарап — " + OrganizationName(*meeting.host, language)));
    }
    if (!event.venue.empty()) sentences.push_back(Sentence("Өткен орны — " + event.venue));
  } else {
    std::string held = opening + where + " " + std::string(kind.held_ru) + " членов делегации";
    if (!partners.empty()) held += WithPreposition(List(partners, language));
    sentences.push_back(Sentence(held));
    if (meeting.host) {
      sentences.push_back(
          Sentence("Принимающая сторона — " + OrganizationName(*meeting.host, language)));
    }
    if (!event.venue.empty()) sentences.push_back(Sentence("Место проведения — " + event.venue));
  }

  if (!meeting.organizers.empty()) {
    std::vector<std::string> names;
    for (const Organization& organizer : meeting.organizers) {
      names.push_back(OrganizationName(organizer, language));
    }
    if (language == Language::kKazakh) {
      sentences.push_back(Sentence("Ұйымдастырушылар — " + List(names, language)));
    } else {
      sentences.push_back(Sentence(std::string(names.size() == 1 ? "Организатор" : "Организаторы") +
                                   " — " + List(names, language)));
    }
  }

  if (event.attendance) {
    const std::string figure = AttendancePhrase(*event.attendance, language);
    if (language == Language::kKazakh) {
      sentences.push_back(Sentence("Іс-шараға " + figure + " қатысты"));
    } else {
      sentences.push_back(Sentence(std::string(kind.in_ru) + " приняли участие " + figure));
    }
  }

  if (!meeting.delegation.empty()) {
    std::vector<std::string> speakers;
    for (const Person& person : meeting.delegation) {
      speakers.push_back(PersonWords(person, event.date, language));
    }
    if (language == Language::kKazakh) {
      sentences.push_back(Sentence("Іс-шарада " + List(speakers, language) +
                                   " жаңа Конституция жобасының мәнін түсіндірді"));
    } else {
      std::string_view verb = "выступили";
      if (meeting.delegation.size() == 1) {
        verb = LooksFeminine(meeting.delegation.front().full_name) ? "выступила" : "выступил";
      }
      sentences.push_back(
          Sentence("Перед участниками " + std::string(verb) + " " + List(speakers, language)));
    }
  }

  if (!meeting.provisions.empty()) {
    std::string titles;
    std::vector<std::string_view> provisions_said;
    for (const Provision& provision : meeting.provisions) {
      if (!FirstTime(provisions_said, provision.code)) continue;
      if (!titles.empty()) titles += "; ";
      const std::string& title = language == Language::kKazakh && !provision.title_kk.empty()
                                     ? provision.title_kk
                                     : provision.title_ru;
      titles += title;
    }
    sentences.push_back(Sentence(language == Language::kKazakh
                                     ? "Талқыланған ережелер: " + titles
                                     : "Участникам разъяснили положения проекта новой "
                                       "Конституции: " +
                                           titles));
  }

  if (!meeting.questions.empty()) {
    std::vector<std::string> quoted;
    for (const std::string& question : meeting.questions) {
      if (!utf8::Trim(question).empty()) quoted.push_back(Quoted(question));
    }
    std::string asked = language == Language::kKazakh ? "Қатысушылар сұрақтар қойды: "
                                                      : "Участники задавали вопросы: ";
    for (std::size_t i = 0; i < quoted.size(); ++i) asked += (i > 0 ? ", " : "") + quoted[i];
    if (!quoted.empty()) sentences.push_back(asked + ".");
  }

  std::string paragraph;
  for (const std::string& sentence : sentences) {
    if (!paragraph.empty()) paragraph += ' ';
    paragraph += sentence;
  }
  return paragraph;
}

}  // namespace

WrittenRelease WriteRelease(const ReleaseRequest& request) {
  if (request.meetings.empty()) {
    throw std::invalid_argument("WriteRelease: a release tells at least one meeting");
  }
  for (const ReleaseMeeting& meeting : request.meetings) {
    if (meeting.places.empty()) {
      throw std::invalid_argument("WriteRelease: meeting without its place " +
                                  meeting.event.place_code);
    }
  }
  const Language language = request.language;
  const Place* region = RegionOf(request.meetings.front());
  bool one_region = region != nullptr;
  for (const ReleaseMeeting& meeting : request.meetings) {
    const Place* other = RegionOf(meeting);
    if (other == nullptr || region == nullptr || other->code != region->code) one_region = false;
  }

  WrittenRelease release;
  const Date first_date = request.meetings.front().event.date;
  std::vector<std::string> paragraphs;
  if (language == Language::kKazakh) {
    release.title = one_region ? "Коалиция мүшелері " +
                                     PlaceWords(*region, language, PlaceCase::kGenitive) +
                                     " тұрғындарына жаңа Конституция жобасын түсіндірді"
                               : "Коалиция мүшелері өңірлерде жаңа Конституция жобасын түсіндірді";
    paragraphs.push_back(Sentence(
        DateWords(first_date, language, true) + " " + std::string(kCoalitionKk) + " мүшелері " +
        (one_region ? PlaceWords(*region, language, PlaceCase::kLocative) : "өңірлерде") +
        " түсіндіру жұмыстарын жүргізді"));
  } else {
    release.title =
        one_region
            ? "Члены коалиции разъяснили жителям " +
                  PlaceWords(*region, language, PlaceCase::kGenitive) +
                  " положения проекта новой Конституции"
            : "Члены коалиции разъяснили жителям регионов положения проекта новой Конституции";
    paragraphs.push_back(
        Sentence(DateWords(first_date, language, true) + " члены " + std::string(kCoalitionRu) +
                 " провели разъяснительную работу " +
                 (one_region ? "в " + PlaceWords(*region, language, PlaceCase::kLocative)
                             : std::string("в регионах страны"))));
  }

  // The delegation, each with the title held on the day of the first meeting they came to.
  std::vector<std::string> members;
  std::vector<std::string> member_names;
  std::vector<Id> seen;
  for (const ReleaseMeeting& meeting : request.meetings) {
    for (const Person& person : meeting.delegation) {
      bool known = false;
      for (Id id : seen) known = known || (id == person.id && id != 0);
      if (known) continue;
      seen.push_back(person.id);
      members.push_back(PersonWords(person, meeting.event.date, language));
      member_names.push_back(person.full_name);
    }
  }
  if (!members.empty()) {
    // The verb agrees with a delegation of one: "вошла депутат Мажилиса Айгуль Садыкова".
    std::string_view verb = "вошли";
    if (members.size() == 1) verb = LooksFeminine(member_names.front()) ? "вошла" : "вошел";
    paragraphs.push_back(
        Sentence(language == Language::kKazakh
                     ? "Делегация құрамына " + List(members, language) + " енді"
                     : "В состав делегации " + std::string(verb) + " " + List(members, language)));
  }

  for (std::size_t i = 0; i < request.meetings.size(); ++i) {
    paragraphs.push_back(
        MeetingParagraph(request.meetings[i], i, first_date, !one_region, language));
  }

  // With two meetings or more that have a figure, their sum, in the strongest words true for its
  // whole range (analytics/claim_words.h): what the campaign's totals are said in everywhere.
  AttendanceTotal total;
  int counted = 0;
  for (const ReleaseMeeting& meeting : request.meetings) {
    if (!meeting.event.attendance) continue;
    total.Add(*meeting.event.attendance);
    ++counted;
  }
  if (counted >= 2) {
    const bool kazakh = language == Language::kKazakh;
    const std::string words = analytics::StateTotal(
        total.low, total.high, kazakh ? analytics::Words::kKazakh : analytics::Words::kRussian);
    paragraphs.push_back(kazakh ? "Барлығы кездесулерге " + words + " адам қатысты."
                                : "Всего во встречах приняли участие " + words + " человек.");
  }

  for (const std::string& paragraph : paragraphs) {
    if (!release.text.empty()) release.text += "\n\n";
    release.text += paragraph;
  }
  release.text += "\n";
  return release;
}

}  // namespace kenes::publish
