#include "publish/release_writer.h"

#include <gtest/gtest.h>

#include <tuple>

#include "campaign_data.h"
#include "publish/attendance_words.h"
#include "publish/audience_words.h"
#include "publish/place_words.h"
#include "publish/speaker_titles.h"

namespace kenes::publish {
namespace {

using testing::Chain;

constexpr const char* kPhrases[] = {
    "57",           "около 300",  "порядка 2 тысяч", "более 400",     "свыше ста",
    "не менее 100", "почти 500",  "до 50",           "менее 50",      "от 200 до 300",
    "десятки",      "сотни",      "несколько тысяч", "300-ден астам", "шамамен 150",
    "300-ге жуық",  "кемінде 50", "100-ге дейін",    "50-ден кем",    "200-дей",
    "ондаған",      "мыңдаған",   "200–300",         "12 000",
};

TEST(AttendanceWords, ReadBackToTheSameRangeInBothLanguages) {
  for (const char* phrase : kPhrases) {
    auto a = ParseAttendance(phrase);
    ASSERT_TRUE(a.ok()) << phrase;
    for (PublicationLanguage language :
         {PublicationLanguage::kRussian, PublicationLanguage::kKazakh}) {
      const std::string words = AttendanceWords(*a, language);
      auto back = ParseAttendance(words);
      ASSERT_TRUE(back.ok()) << phrase << " -> " << words;
      EXPECT_EQ(back->low, a->low) << phrase << " -> " << words;
      EXPECT_EQ(back->high, a->high) << phrase << " -> " << words;
      EXPECT_EQ(back->value, a->value) << phrase << " -> " << words;
      const bool order_in_kazakh =
          language == PublicationLanguage::kKazakh && a->qualifier == Qualifier::kOrder;
      EXPECT_EQ(back->qualifier, order_in_kazakh ? Qualifier::kRange : a->qualifier)
          << phrase << " -> " << words;
    }
  }
}

TEST(AttendanceWords, KeepsTheEventsOwnWordsInTheirLanguage) {
  EXPECT_EQ(AttendanceWords(*ParseAttendance("более 400"), PublicationLanguage::kRussian),
            "более 400");
  EXPECT_EQ(AttendanceWords(*ParseAttendance("более 400"), PublicationLanguage::kKazakh),
            "400-ден астам");
  EXPECT_EQ(AttendanceWords(*ParseAttendance("300-ге жуық"), PublicationLanguage::kRussian),
            "почти 300");
  EXPECT_EQ(AttendanceWords(*ParseAttendance("шамамен 300"), PublicationLanguage::kRussian),
            "около 300");
  EXPECT_EQ(AttendanceWords(*ParseAttendance("ондаған"), PublicationLanguage::kRussian), "десятки");
  EXPECT_EQ(AttendanceWords(*ParseAttendance("57"), PublicationLanguage::kKazakh), "57");
}

TEST(FigureLanguage, TellsTheWordsLanguage) {
  EXPECT_EQ(FigureLanguage("около 300"), PublicationLanguage::kRussian);
  EXPECT_EQ(FigureLanguage("шамамен 300"), PublicationLanguage::kKazakh);
  EXPECT_EQ(FigureLanguage("200-дей"), PublicationLanguage::kKazakh);
  EXPECT_EQ(FigureLanguage("200–300"), std::nullopt);
}

TEST(PlaceWords, DeclineNamesInBothLanguages) {
  const auto osakarovka = Chain("355630100");
  ASSERT_EQ(osakarovka.size(), 3u);
  EXPECT_EQ(PlaceWords(osakarovka[0], PublicationLanguage::kRussian, PlaceCase::kLocative),
            "поселке Осакаровка");
  EXPECT_EQ(PlaceWords(osakarovka[1], PublicationLanguage::kRussian, PlaceCase::kGenitive),
            "Осакаровского района");
  EXPECT_EQ(PlaceWords(osakarovka[2], PublicationLanguage::kRussian, PlaceCase::kLocative),
            "Карагандинской области");
  EXPECT_EQ(PlaceWords(osakarovka[2], PublicationLanguage::kKazakh, PlaceCase::kLocative),
            "Қарағанды облысында");
  EXPECT_EQ(PlaceWords(osakarovka[0], PublicationLanguage::kKazakh, PlaceCase::kLocative),
            "Осакаровка кентінде");
}

TEST(PlaceWords, AKazakhDistrictNamedAfterAPersonIsOwnedByItsCity) {
  // Its name has no possessive type word ("аудан"); after the city's genitive it takes one.
  const auto kazybek_bi = Chain("351013100");
  EXPECT_EQ(MeetingPlaceWords(kazybek_bi, PublicationLanguage::kKazakh, false),
            "Қарағанды қаласының Қазыбек би атындағы ауданында");
  EXPECT_EQ(PlaceWords(kazybek_bi[0], PublicationLanguage::kKazakh, PlaceCase::kLocative),
            "Қазыбек би атындағы ауданда");
  EXPECT_EQ(MeetingPlaceWords(kazybek_bi, PublicationLanguage::kRussian, false),
            "в районе имени Казыбек би города Караганда");
}

TEST(AudienceWords, Instrumental) {
  EXPECT_EQ(RussianInstrumental("работники бюджетной сферы"), "работниками бюджетной сферы");
  EXPECT_EQ(RussianInstrumental("врачи и медицинские работники"),
            "врачами и медицинскими работниками");
  EXPECT_EQ(RussianInstrumental("деятели культуры и искусства"), "деятелями культуры и искусства");
  EXPECT_EQ(RussianInstrumental("молодёжь"), "молодёжью");
  EXPECT_EQ(KazakhInstrumental("шахтерлер"), "шахтерлермен");
}

ReleaseMeeting Meeting(const char* figure) {
  ReleaseMeeting meeting;
  meeting.event.date = Date::FromCivil(2026, 2, 24);
  meeting.event.place_code = "355630100";
  meeting.places = Chain("355630100");
  meeting.event.attendance = *ParseAttendance(figure);
  Person person;
  person.id = 1;
  person.full_name = "Серик Ахметов";
  person.full_name_kk = "Серік Ахметов";
  person.positions.push_back(Position{"депутат Мажилиса", {}, {}, {}});
  meeting.delegation.push_back(person);
  meeting.audience.push_back(Segment{"farmers", "сельхозтоваропроизводители и фермеры",
                                     "ауыл шаруашылығы тауар өндірушілері мен фермерлер", ""});
  return meeting;
}

TEST(WriteRelease, RussianMeetingTellsPlaceFigureAndSpeaker) {
  ReleaseRequest request{PublicationLanguage::kRussian, {Meeting("около 200")}};
  const WrittenRelease release = WriteRelease(request);
  EXPECT_NE(release.title.find("Карагандинской области"), std::string::npos) << release.title;
  EXPECT_NE(release.text.find("24 февраля 2026 года"), std::string::npos) << release.text;
  EXPECT_NE(release.text.find("В поселке Осакаровка Осакаровского района"), std::string::npos);
  EXPECT_NE(release.text.find("приняли участие около 200 человек"), std::string::npos);
  EXPECT_NE(release.text.find("выступил депутат Мажилиса Серик Ахметов"), std::string::npos);
  EXPECT_NE(release.text.find("с сельхозтоваропроизводителями и фермерами"), std::string::npos);
}

TEST(WriteRelease, KazakhReleaseOfARussianWordedFigure) {
  ReleaseRequest request{PublicationLanguage::kKazakh, {Meeting("более 400")}};
  const WrittenRelease release = WriteRelease(request);
  EXPECT_NE(release.text.find("400-ден астам адам қатысты"), std::string::npos) << release.text;
  EXPECT_NE(release.text.find("Мәжіліс депутаты Серік Ахметов"), std::string::npos);
  EXPECT_NE(release.text.find("2026 жылғы 24 ақпанда"), std::string::npos);
  EXPECT_NE(release.text.find("Осакаровка кентінде"), std::string::npos);
}

TEST(WriteRelease, TheVerbAgreesWithADelegationOfOne) {
  ReleaseMeeting meeting = Meeting("57");
  meeting.delegation.front().full_name = "Айгуль Садыкова";
  const WrittenRelease release = WriteRelease({PublicationLanguage::kRussian, {meeting}});
  EXPECT_NE(release.text.find("В состав делегации вошла депутат Мажилиса Айгуль Садыкова"),
            std::string::npos)
      << release.text;
}

TEST(WriteRelease, SaysASegmentOrProvisionRecordedTwiceOnce) {
  ReleaseMeeting meeting = Meeting("57");
  meeting.audience.push_back(meeting.audience.front());
  const Provision provision{"art_24", "", "Трудовые права", "Еңбек құқықтары", {}};
  meeting.provisions = {provision, provision};
  const WrittenRelease release = WriteRelease({PublicationLanguage::kKazakh, {meeting}});
  EXPECT_NE(release.text.find("фермерлермен кездесу"), std::string::npos) << release.text;
  EXPECT_NE(release.text.find("Талқыланған ережелер: Еңбек құқықтары."), std::string::npos)
      << release.text;
}

// A quotation that ends the sentence keeps its question mark but not its full stop.
TEST(WriteRelease, QuotesWhatPeopleAskedWithTheSentencesPunctuation) {
  ReleaseMeeting meeting = Meeting("57");
  meeting.questions = {"Как изменится пенсия?", "Вопросы о земле.", "  "};
  const WrittenRelease release = WriteRelease({PublicationLanguage::kRussian, {meeting}});
  EXPECT_NE(release.text.find("«Как изменится пенсия?», «Вопросы о земле»."), std::string::npos)
      << release.text;
}

// Two figures or more are summed, and the sum said in words true for its whole range; one
// figure alone is not summed.
TEST(WriteRelease, SaysTheSumOfTheFiguresInWordsTrueForItsRange) {
  for (const auto& [language, lead, unit] :
       {std::tuple{PublicationLanguage::kRussian, std::string("Всего во встречах приняли участие "),
                   std::string(" человек.")},
        std::tuple{PublicationLanguage::kKazakh, std::string("Барлығы кездесулерге "),
                   std::string(" адам қатысты.")}}) {
    const WrittenRelease two =
        WriteRelease({language, {Meeting("около 200"), Meeting("более 400")}});
    const std::size_t at = two.text.find(lead);
    ASSERT_NE(at, std::string::npos) << two.text;
    const std::size_t from = at + lead.size();
    const std::string words = two.text.substr(from, two.text.find(unit, from) - from);
    auto read = ParseAttendance(words);
    ASSERT_TRUE(read.ok()) << words;
    // около 200 is 180–220, более 400 is 401–500: the words hold 581–720.
    EXPECT_LE(read->low, 581) << words;
    EXPECT_GE(read->high, 720) << words;
    const WrittenRelease one = WriteRelease({language, {Meeting("около 200")}});
    EXPECT_EQ(one.text.find(lead), std::string::npos) << one.text;
  }
}

// An audience item with its own "и" makes the list's last joint "а также", so the list does
// not read as one long pair.
TEST(WriteRelease, JoinsAListWhoseItemsHaveTheirOwnAndWithAlso) {
  ReleaseMeeting meeting = Meeting("57");
  meeting.audience.push_back(Segment{"miners", "шахтёры", "шахтерлер", ""});
  const WrittenRelease release = WriteRelease({PublicationLanguage::kRussian, {meeting}});
  EXPECT_NE(release.text.find("фермерами, а также шахтёрами"), std::string::npos) << release.text;
  meeting.audience = {Segment{"miners", "шахтёры", "шахтерлер", ""},
                      Segment{"students", "студенты", "студенттер", ""}};
  const WrittenRelease plain = WriteRelease({PublicationLanguage::kRussian, {meeting}});
  EXPECT_NE(plain.text.find("шахтёрами и студентами"), std::string::npos) << plain.text;
}

TEST(WriteRelease, RefusesARequestWithoutMeetings) {
  EXPECT_THROW(WriteRelease(ReleaseRequest{}), std::invalid_argument);
}

}  // namespace
}  // namespace kenes::publish
