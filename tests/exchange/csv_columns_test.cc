#include "exchange/csv_columns.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "exchange/record_json.h"

namespace kenes {
namespace {

using nlohmann::json;

Result<json> ReadRow(RecordKind type, std::vector<std::string> header,
                     std::vector<std::string> row) {
  KENES_ASSIGN(CsvHeader parsed, ParseCsvHeader(type, header));
  return CsvRowToJson(type, parsed, row);
}

TEST(CsvColumns, AnEventRowBecomesTheJsonOfTheApi) {
  auto record = ReadRow(
      RecordKind::kEvent,
      {"date", "place_code", "venue", "audience", "attendance", "organizer_ids"},
      {"2026-02-24", "355200000", "Дом культуры", "farmers | rural_residents", "около 200", "1|2"});
  ASSERT_TRUE(record.ok()) << record.error().message;
  EXPECT_EQ((*record)["audience"], json::parse(R"(["farmers","rural_residents"])"));
  EXPECT_EQ((*record)["organizer_ids"], json::parse("[1,2]"));
  auto event = EventFromJson(*record, JsonSource::kRecord);
  ASSERT_TRUE(event.ok()) << event.error().message;
  EXPECT_EQ(event->attendance->text, "около 200");
}

TEST(CsvColumns, AnExportedRowImportsAsItIs) {
  Event event;
  event.id = 4;
  event.version = 1;
  event.campaign_id = 1;
  event.date = Date::FromCivil(2026, 2, 24);
  event.place_code = "355200000";
  event.region_code = "350000000";
  event.audience = {"farmers"};
  event.attendance = ExactAttendance(57);
  event.source_url = "https://astana.gov.kz/kk/news/57";
  event.language = PublicationLanguage::kKazakh;
  const json written = ToJson(event);
  const auto header = CsvHeaderOf(RecordKind::kEvent);
  const auto row = JsonToCsvRow(RecordKind::kEvent, written);
  ASSERT_EQ(header.size(), row.size());
  auto record = ReadRow(RecordKind::kEvent, header, row);
  ASSERT_TRUE(record.ok()) << record.error().message;
  auto read = EventFromJson(*record, JsonSource::kRecord);
  ASSERT_TRUE(read.ok()) << read.error().field << ": " << read.error().message;
  EXPECT_EQ(read->id, 4);
  EXPECT_EQ(read->attendance, event.attendance);
  EXPECT_EQ(read->audience, event.audience);
  EXPECT_EQ(read->source_url, event.source_url);
  EXPECT_EQ(read->language, event.language);
}

TEST(CsvColumns, AnEventsAddressAndLanguageHaveColumnsOfTheirOwn) {
  const auto header = CsvHeaderOf(RecordKind::kEvent);
  EXPECT_NE(std::find(header.begin(), header.end(), "source_url"), header.end());
  EXPECT_NE(std::find(header.begin(), header.end(), "language"), header.end());
  auto record = ReadRow(RecordKind::kEvent, {"date", "place_code", "language", "source_url"},
                        {"2026-02-24", "355200000", "ru", "http://example.kz/a?b=1"});
  ASSERT_TRUE(record.ok()) << record.error().message;
  auto event = EventFromJson(*record, JsonSource::kRecord);
  ASSERT_TRUE(event.ok()) << event.error().message;
  EXPECT_EQ(event->language, PublicationLanguage::kRussian);
  EXPECT_EQ(event->source_url, "http://example.kz/a?b=1");

  auto wrong = ReadRow(RecordKind::kEvent, {"date", "place_code", "language"},
                       {"2026-02-24", "355200000", "қазақша"});
  ASSERT_TRUE(wrong.ok());
  auto refused = EventFromJson(*wrong, JsonSource::kRecord);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "language");
}

TEST(CsvColumns, NamesTheColumnOfABadNumber) {
  auto record = ReadRow(RecordKind::kOrganization, {"name", "kind", "headcount"},
                        {"Шахта «Тентек»", "company", "четыреста"});
  ASSERT_FALSE(record.ok());
  EXPECT_EQ(record.error().field, "column headcount");
}

// Excel in a Russian or Kazakh locale saves dates in CSV as 24.02.2026.
TEST(CsvColumns, DatesAreReadAsASpreadsheetSavesThemAndBadOnesNamed) {
  auto event = ReadRow(RecordKind::kEvent, {"date", "place_code"}, {"24.02.2026", "355200000"});
  ASSERT_TRUE(event.ok()) << event.error().message;
  EXPECT_EQ((*event)["date"], "2026-02-24");
  auto member = ReadRow(RecordKind::kOrganization, {"name", "kind", "member_since"},
                        {"«Аманат»", "party", "12.2.2026"});
  ASSERT_TRUE(member.ok()) << member.error().message;
  EXPECT_EQ((*member)["membership"]["joined_on"], "2026-02-12");
  auto bad = ReadRow(RecordKind::kEvent, {"date", "place_code"}, {"30.02.2026", "355200000"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "column date");
}

TEST(CsvColumns, APersonsCurrentTitleTravelsInItsOwnColumn) {
  auto record = ReadRow(RecordKind::kPerson, {"full_name", "title", "title_from"},
                        {"Серик Утешов", "сенатор", "2023-01-01"});
  ASSERT_TRUE(record.ok());
  auto person = PersonFromJson(*record, JsonSource::kRecord);
  ASSERT_TRUE(person.ok()) << person.error().field << ": " << person.error().message;
  ASSERT_EQ(person->positions.size(), 1u);
  EXPECT_EQ(person->positions[0].title, "сенатор");
}

TEST(CsvColumns, RefusesAHeaderWithoutARequiredColumn) {
  auto record = ReadRow(RecordKind::kEvent, {"date", "venue"}, {"2026-02-24", "x"});
  ASSERT_FALSE(record.ok());
  EXPECT_NE(record.error().message.find("place_code"), std::string::npos);
}

}  // namespace
}  // namespace kenes
