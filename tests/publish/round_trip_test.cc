// The round trip of capability 12: a release kenes writes, with its imprint, read back through
// kenes' own intake, gives the same meetings, places, dates, figures (words and range), speakers
// and imprint. A few hundred releases of 1 to 10 meetings are generated from the shipped
// gazetteer and catalog, in both languages, and compared field by field; the test prints how many
// agreed per field and fails on the first field of each release that does not, naming both.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "campaign_data.h"
#include "core/publication.h"
#include "extract/extractor.h"
#include "publish/attendance_words.h"
#include "publish/release_writer.h"
#include "publish/speaker_titles.h"

namespace kenes::publish {
namespace {

using testing::Chain;
using testing::ShippedGazetteer;

struct Speaker {
  const char* name_ru;
  const char* name_kk;
};
// Invented people; first names the intake knows, surnames by their endings.
constexpr Speaker kSpeakers[] = {
    {"Серик Ахметов", "Серік Ахметов"},   {"Бауржан Омаров", "Бауыржан Омаров"},
    {"Арман Касымов", "Арман Қасымов"},   {"Гульнара Сейтова", "Гүлнара Сейтова"},
    {"Асхат Жумабаев", "Асхат Жұмабаев"}, {"Ирина Котова", ""},
    {"Ерлан Бекенов", "Ерлан Бекенов"},   {"Айгуль Садыкова", "Айгүл Садықова"},
    {"Мурат Искаков", "Мұрат Ысқақов"},   {"Динара Тулегенова", "Динара Төлегенова"},
    {"Нурлан Абенов", "Нұрлан Әбенов"},   {"Сауле Жакупова", "Сәуле Жақыпова"},
};
constexpr const char* kTitles[] = {
    "сенатор",
    "депутат Мажилиса",
    "депутат Мажилиса Парламента РК",
    "депутат Сената",
    "государственный советник",
    "депутат областного маслихата",
    "аким района",
    "заместитель акима области",
    "политолог",
    "журналист",
    "председатель",
    "эксперт",
};
constexpr const char* kFigures[] = {
    "57",
    "120",
    "около 300",
    "более 400",
    "порядка 200",
    "свыше 150",
    "не менее 100",
    "почти 500",
    "до 50",
    "менее 80",
    "от 200 до 300",
    "десятки",
    "сотни",
    "около 1 500",
    "более 1000",
    "более 400 сотрудников",
    "около 200 жителей",
    "300-ден астам",
    "шамамен 150",
    "300-ге жуық",
    "кемінде 50",
    "100-ге дейін",
    "50-ден кем",
    "200-дей",
    "ондаған",
    "жүздеген",
    "мыңнан астам",
    "85",
    "22",
    "почти 23",
};
constexpr const char* kQuestionsRu[] = {
    "Как новая Конституция защитит права работников?",
    "Что изменится в работе местного самоуправления?",
    "Будут ли сохранены социальные гарантии для пенсионеров?",
    "Как граждане смогут участвовать в принятии решений?",
};
constexpr const char* kQuestionsKk[] = {
    "Жаңа Конституция жұмысшылардың құқығын қалай қорғайды?",
    "Жергілікті өзін-өзі басқару қалай өзгереді?",
    "Зейнеткерлерге әлеуметтік кепілдіктер сақтала ма?",
};
constexpr const char* kHosts[] = {"ТОО «Жарық»", "КМП «Қаратал»", "АО «Темір»"};
constexpr const char* kVenues[] = {"Дом культуры", "актовый зал колледжа",
                                   "спортивный комплекс «Жастар»"};

// The places a meeting may be at: every district, town and settlement of a region, and the
// region itself for the three cities of republican significance.
std::map<std::string, std::vector<std::string>> MeetingPlacesByRegion() {
  std::map<std::string, std::vector<std::string>> by_region;
  for (const Place& place : ShippedGazetteer().places()) {
    const Place* region = ShippedGazetteer().RegionOf(place.code);
    if (region == nullptr) continue;
    if (place.level == PlaceLevel::kRegion && place.kind != PlaceKind::kCity) continue;
    by_region[region->code].push_back(place.code);
  }
  return by_region;
}

struct Generated {
  ReleaseRequest request;
  Imprint imprint;
};

Generated Generate(std::mt19937_64& random, PublicationLanguage language,
                   const std::map<std::string, std::vector<std::string>>& by_region) {
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
  std::vector<std::string> regions;
  for (const auto& [code, places] : by_region) regions.push_back(code);
  const bool many_regions = pick(10) == 0;
  const std::string home = regions[pick(regions.size())];

  Generated out;
  out.request.language = language;
  const std::size_t meetings = 1 + pick(10);
  Date date = Date::FromCivil(2026, 2, 12) + static_cast<std::int64_t>(pick(25));
  std::vector<Person> delegation;
  const std::size_t members = pick(4);
  for (std::size_t i = 0; i < members; ++i) {
    const Speaker& speaker = kSpeakers[pick(std::size(kSpeakers))];
    bool dup = false;
    for (const Person& p : delegation) dup = dup || p.full_name == speaker.name_ru;
    if (dup) continue;
    Person person;
    person.id = static_cast<Id>(delegation.size() + 1);
    person.full_name = speaker.name_ru;
    person.full_name_kk = speaker.name_kk;
    const std::size_t titled = pick(std::size(kTitles) + 1);
    if (titled < std::size(kTitles))
      person.positions.push_back(Position{kTitles[titled], {}, {}, {}});
    delegation.push_back(std::move(person));
  }
  for (std::size_t m = 0; m < meetings; ++m) {
    ReleaseMeeting meeting;
    if (m > 0 && pick(3) == 0) date = date + 1;
    meeting.event.date = date;
    meeting.event.kind = pick(4) == 0 ? static_cast<EventKind>(pick(4)) : EventKind::kMeeting;
    const std::string region = many_regions ? regions[pick(regions.size())] : home;
    const auto& places = by_region.at(region);
    meeting.event.place_code = places[pick(places.size())];
    meeting.places = Chain(meeting.event.place_code);
    if (pick(5) != 0) {
      auto figure = ParseAttendance(kFigures[pick(std::size(kFigures))]);
      EXPECT_TRUE(figure.ok());
      meeting.event.attendance = figure.value();
    }
    for (const Person& person : delegation) {
      if (pick(2) == 0) meeting.delegation.push_back(person);
    }
    const auto& segments = testing::ShippedSegments();
    for (std::size_t k = pick(3); k > 0; --k)
      meeting.audience.push_back(segments[pick(segments.size())]);
    const auto& provisions = testing::ShippedProvisions();
    for (std::size_t k = pick(3); k > 0; --k) {
      meeting.provisions.push_back(provisions[pick(provisions.size())]);
    }
    if (pick(3) == 0) {
      meeting.questions.push_back(language == PublicationLanguage::kKazakh
                                      ? kQuestionsKk[pick(std::size(kQuestionsKk))]
                                      : kQuestionsRu[pick(std::size(kQuestionsRu))]);
    }
    if (pick(4) == 0) meeting.host = Organization{.name = kHosts[pick(std::size(kHosts))]};
    if (pick(4) == 0) meeting.event.venue = kVenues[pick(std::size(kVenues))];
    out.request.meetings.push_back(std::move(meeting));
  }
  if (language == PublicationLanguage::kKazakh) {
    out.imprint = {"«Ақпарат» ЖШС", "«Аманат» партиясының Қарағанды облыстық филиалы",
                   "«Аманат» партиясының сайлау қоры"};
  } else {
    out.imprint = {"ТОО «Информ-Сервис»", "Карагандинский областной филиал партии «AMANAT»",
                   "избирательного фонда партии «AMANAT»"};
  }
  return out;
}

struct Tally {
  std::map<std::string, std::pair<int, int>> fields;  // agreed, compared
  void Count(const std::string& field, bool agreed) {
    auto& [ok, all] = fields[field];
    ok += agreed ? 1 : 0;
    ++all;
  }
};

TEST(RoundTrip, WrittenReleasesReadBackToTheSameFacts) {
  const auto by_region = MeetingPlacesByRegion();
  std::mt19937_64 random(20260315);
  Tally tally;
  constexpr int kReleases = 300;
  int failures_shown = 0;
  for (int r = 0; r < kReleases; ++r) {
    const PublicationLanguage language =
        r % 2 == 0 ? PublicationLanguage::kRussian : PublicationLanguage::kKazakh;
    const Generated generated = Generate(random, language, by_region);
    const WrittenRelease written = WriteRelease(generated.request);
    Publication publication;
    publication.language = language;
    publication.title = written.title;
    publication.text = written.text;
    publication.imprint = generated.imprint;
    const std::string text = ExportedText(publication);
    auto read = extract::Extract(text, ShippedGazetteer());
    ASSERT_TRUE(read.ok()) << read.error().message;
    const extract::Extraction& extraction = read.value();
    const std::string name = "release " + std::to_string(r) + " (" +
                             std::string(PublicationLanguageName(language)) + ")";
    bool first_failure = true;
    auto check = [&](const std::string& field, bool agreed, const std::string& detail) {
      tally.Count(field, agreed);
      if (agreed) return;
      ADD_FAILURE() << name << ": " << field << ": " << detail;
      if (first_failure && failures_shown < 8) {
        ++failures_shown;
        std::printf("---- %s\n%s\n", name.c_str(), text.c_str());
      }
      first_failure = false;
    };

    const auto& meetings = generated.request.meetings;
    check("meetings", extraction.events.size() == meetings.size(),
          "wrote " + std::to_string(meetings.size()) + ", read " +
              std::to_string(extraction.events.size()));
    const std::size_t n = std::min(meetings.size(), extraction.events.size());
    for (std::size_t i = 0; i < n; ++i) {
      const ReleaseMeeting& wrote = meetings[i];
      const extract::DraftEvent& got = extraction.events[i];
      const std::string at = "meeting " + std::to_string(i + 1) + " ";
      check("place_code", got.place_code == wrote.event.place_code,
            at + "wrote " + wrote.event.place_code + ", read '" + got.place_code + "'");
      check("date", got.date && *got.date == wrote.event.date,
            at + "wrote " + wrote.event.date.ToString() + ", read " +
                (got.date ? got.date->ToString() : "none"));
      check("kind", got.kind == wrote.event.kind,
            at + "wrote " + std::string(EventKindName(wrote.event.kind)) + ", read " +
                std::string(EventKindName(got.kind)));
      if (wrote.event.attendance) {
        const Attendance& a = *wrote.event.attendance;
        const bool present = got.attendance.has_value();
        check("attendance present", present, at + "wrote " + a.text + ", read none");
        if (present) {
          const Attendance& b = got.attendance->attendance;
          // Kazakh has no word for "порядка": its range is written, which reads back as a range.
          const Qualifier expected =
              language == PublicationLanguage::kKazakh && a.qualifier == Qualifier::kOrder
                  ? Qualifier::kRange
                  : a.qualifier;
          check("attendance qualifier", b.qualifier == expected,
                at + "wrote '" + a.text + "', read '" + b.text + "' as " +
                    std::string(QualifierName(b.qualifier)));
          check("attendance low/high", b.low == a.low && b.high == a.high && b.value == a.value,
                at + "wrote '" + a.text + "', read '" + b.text + "'");
          const std::string words = AttendanceWords(a, language);
          check("attendance words", words.starts_with(b.text),
                at + "wrote '" + words + "', read '" + b.text + "'");
        }
      } else {
        check("attendance absent", !got.attendance.has_value(),
              at + "wrote none, read '" + (got.attendance ? got.attendance->attendance.text : "") +
                  "'");
      }
      std::vector<std::pair<std::string, std::string>> expected_speakers;
      for (const Person& person : wrote.delegation) {
        const std::string person_name =
            language == PublicationLanguage::kKazakh && !person.full_name_kk.empty()
                ? person.full_name_kk
                : person.full_name;
        expected_speakers.emplace_back(person_name,
                                       SpeakerTitle(TitleOn(person, wrote.event.date), language));
      }
      std::vector<std::pair<std::string, std::string>> read_speakers;
      for (const auto& speaker : got.speakers)
        read_speakers.emplace_back(speaker.name, speaker.title);
      std::string wrote_list, read_list;
      for (const auto& [who, title] : expected_speakers)
        wrote_list += "[" + title + "|" + who + "]";
      for (const auto& [who, title] : read_speakers) read_list += "[" + title + "|" + who + "]";
      check("speakers", expected_speakers == read_speakers,
            at + "wrote " + wrote_list + ", read " + read_list);
    }
    check("document date", extraction.date && *extraction.date == meetings.front().event.date,
          "read " + (extraction.date ? extraction.date->ToString() : std::string("none")));
    const bool imprint_read = extraction.imprint.has_value();
    check("imprint", imprint_read, "no imprint read");
    if (imprint_read) {
      const extract::Imprint& imprint = *extraction.imprint;
      check("imprint made_by",
            imprint.made_by && imprint.made_by->value == generated.imprint.made_by,
            "read '" + (imprint.made_by ? imprint.made_by->value : "") + "'");
      check("imprint ordered_by",
            imprint.ordered_by && imprint.ordered_by->value == generated.imprint.ordered_by,
            "read '" + (imprint.ordered_by ? imprint.ordered_by->value : "") + "'");
      check("imprint paid_by",
            imprint.paid_by && imprint.paid_by->value == generated.imprint.paid_by,
            "read '" + (imprint.paid_by ? imprint.paid_by->value : "") + "'");
    }
  }
  std::printf("round trip of %d releases (ru and kk), agreement per field:\n", kReleases);
  for (const auto& [field, counts] : tally.fields) {
    std::printf("  %-22s %5d / %5d\n", field.c_str(), counts.first, counts.second);
  }
}

}  // namespace
}  // namespace kenes::publish
