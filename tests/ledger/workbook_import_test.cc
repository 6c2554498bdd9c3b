// Importing the sheets headquarters and regions keep their campaign in: a workbook kenes exported
// reads back to the same records, one saved by a spreadsheet program reads as its user sees it,
// and a bad row imports nothing and says where it is.
#include <gtest/gtest.h>

#include <fstream>

#include "exchange/record_json.h"
#include "ledger/exporter.h"
#include "ledger/importer.h"
#include "ledger/ledger.h"
#include "ledger/reference_data.h"
#include "support/saved_workbook.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

namespace kenes {
namespace {

using nlohmann::json;
using testing::DateNumber;
using testing::InlineText;
using testing::Number;
using testing::SavedRow;
using testing::SaveWorkbook;
using testing::SharedText;

const Actor kTest = Actor::System("test");

// One campaign database with its reference data.
struct Campaign {
  explicit Campaign(const testing::TempDir& dir, const std::string& name)
      : database(dir, name), store(testing::OpenTestStore(database)) {
    ledger = Ledger::Open(*store, nullptr).value();
    EXPECT_TRUE(LoadReferenceData(*ledger, KENES_DATA_DIR).ok());
    EXPECT_TRUE(ledger
                    ->CreateCampaign(kTest, {0, "Кампания", Date::FromCivil(2026, 2, 12),
                                             Date::FromCivil(2026, 3, 14), std::nullopt})
                    .ok());
  }

  std::vector<Event> Events() {
    auto page = store->Read<PageOf<Event>>([](Transaction& tx) { return tx.ListEvents({}); });
    EXPECT_TRUE(page.ok());
    return page.ok() ? page->items : std::vector<Event>{};
  }

  testing::TestDatabase database;
  std::unique_ptr<Store> store;
  std::unique_ptr<Ledger> ledger;
};

// A record as the API shows it, without what each database sets for itself.
json Comparable(const Event& event) {
  json record = ToJson(event);
  record.erase("created_at");
  record.erase("updated_at");
  return record;
}

std::string ReadBytes(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

// The events sheet of a region's workbook, after an instructions sheet, as a spreadsheet program
// saves it: dates typed as dates (day numbers), one typed into a text cell, a time of day.
std::vector<testing::SavedSheet> RegionWorkbook(SavedRow third_row) {
  return {
      {"Инструкция", {{SharedText("A1", "Заполните лист «Мероприятия», одна встреча в строке")}}},
      {"Мероприятия",
       {{SharedText("A1", "date"), SharedText("B1", "place_code"), SharedText("C1", "title"),
         SharedText("D1", "attendance"), SharedText("E1", "audience")},
        {DateNumber("A2", 46077), SharedText("B2", "355630100"),
         SharedText("C2", "Встреча с шахтёрами"), SharedText("D2", "около 300"),
         SharedText("E2", "miners|industrial_workers")},
        std::move(third_row)}}};
}

TEST(WorkbookImportTest, AWorkbookKenesExportedImportsBackToTheSameEvents) {
  testing::TempDir dir;
  Campaign from(dir, "from.db");
  const std::vector<json> bodies = {
      {{"date", "2026-02-24"},
       {"place_code", "355630100"},
       {"time", "10:30"},
       {"title", "Кездесу «Ата Заң — халық үні»"},
       {"attendance", "более 150"},
       {"audience", {"miners", "students"}},
       {"notes", "первая строка\nвторая; «кавычки», запятые"}},
      {{"date", "2026-03-02"},
       {"place_code", "355630100"},
       {"status", "planned"},
       {"venue", "ДК горняков"},
       {"attendance", 57}},
  };
  for (const json& body : bodies) {
    auto event = EventFromJson(body, JsonSource::kClient);
    ASSERT_TRUE(event.ok()) << event.error().message;
    ASSERT_TRUE(
        from.ledger->Write<Event>(kTest, [&](LedgerSession& s) { return s.CreateEvent(*event); })
            .ok());
  }
  const std::string path = dir.File("events.xlsx");
  auto exported = ExportWorkbook(*from.store, RecordKind::kEvent, path);
  ASSERT_TRUE(exported.ok()) << exported.error().message;
  EXPECT_EQ(*exported, 2u);

  Campaign into(dir, "into.db");
  auto imported = ImportRecords(*into.ledger, kTest, RecordKind::kEvent,
                                ImportFile(FileFormat::kXlsx), ReadBytes(path));
  ASSERT_TRUE(imported.ok()) << imported.error().field << ": " << imported.error().message;
  EXPECT_EQ(imported->records, 2u);
  const auto before = from.Events();
  const auto after = into.Events();
  ASSERT_EQ(after.size(), before.size());
  for (std::size_t i = 0; i < before.size(); ++i) {
    EXPECT_EQ(Comparable(after[i]), Comparable(before[i]));
  }
}

TEST(WorkbookImportTest, ASheetSavedByASpreadsheetProgramReadsAsItsUserSeesIt) {
  testing::TempDir dir;
  Campaign campaign(dir, "kenes.db");
  const std::string bytes =
      SaveWorkbook(RegionWorkbook({SharedText("A3", "26.02.2026"), Number("B3", "355630100"),
                                   InlineText("C3", "Ашық диалог"), Number("D3", "120")}));
  auto imported = ImportRecords(*campaign.ledger, kTest, RecordKind::kEvent,
                                ImportFile(FileFormat::kXlsx, "Мероприятия"), bytes);
  ASSERT_TRUE(imported.ok()) << imported.error().field << ": " << imported.error().message;
  EXPECT_EQ(imported->records, 2u);
  const auto events = campaign.Events();
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].date, Date::FromCivil(2026, 2, 24));
  EXPECT_EQ(events[0].title, "Встреча с шахтёрами");
  ASSERT_TRUE(events[0].attendance);
  EXPECT_EQ(events[0].attendance->value, 300);
  EXPECT_EQ(events[0].audience, (std::vector<std::string>{"industrial_workers", "miners"}));
  EXPECT_EQ(events[1].date, Date::FromCivil(2026, 2, 26));
  EXPECT_EQ(events[1].place_code, "355630100");
  EXPECT_EQ(events[1].title, "Ашық диалог");
  ASSERT_TRUE(events[1].attendance);
  EXPECT_EQ(events[1].attendance->value, 120);
}

TEST(WorkbookImportTest, ABadRowImportsNothingAndNamesTheSheetRowAndColumn) {
  testing::TempDir dir;
  Campaign campaign(dir, "kenes.db");
  const std::string bytes =
      SaveWorkbook(RegionWorkbook({SharedText("A3", "31.02.2026"), SharedText("B3", "355630100")}));
  auto imported = ImportRecords(*campaign.ledger, kTest, RecordKind::kEvent,
                                ImportFile(FileFormat::kXlsx, "Мероприятия"), bytes);
  ASSERT_FALSE(imported.ok());
  EXPECT_EQ(imported.error().field, "sheet Мероприятия, row 3: column date (A)");
  EXPECT_TRUE(campaign.Events().empty());

  // The first sheet is the instructions: its text is no header of events, and the error says so.
  auto first = ImportRecords(*campaign.ledger, kTest, RecordKind::kEvent,
                             ImportFile(FileFormat::kXlsx), bytes);
  ASSERT_FALSE(first.ok());
  EXPECT_NE(first.error().field.find("sheet Инструкция, row 1"), std::string::npos)
      << first.error().field;
  EXPECT_TRUE(campaign.Events().empty());
}

TEST(WorkbookImportTest, AnotherSheetOfTheSameWorkbookIsAnotherImport) {
  testing::TempDir dir;
  Campaign campaign(dir, "kenes.db");
  std::vector<testing::SavedSheet> sheets = RegionWorkbook({});
  sheets.push_back({"Март",
                    {{SharedText("A1", "date"), SharedText("B1", "place_code")},
                     {DateNumber("A2", 46084), SharedText("B2", "355630100")}}});
  const std::string bytes = SaveWorkbook(sheets);
  auto february = ImportRecords(*campaign.ledger, kTest, RecordKind::kEvent,
                                ImportFile(FileFormat::kXlsx, "Мероприятия"), bytes);
  ASSERT_TRUE(february.ok()) << february.error().message;
  auto march = ImportRecords(*campaign.ledger, kTest, RecordKind::kEvent,
                             ImportFile(FileFormat::kXlsx, "Март"), bytes);
  ASSERT_TRUE(march.ok()) << march.error().message;
  EXPECT_FALSE(march->earlier);
  auto again = ImportRecords(*campaign.ledger, kTest, RecordKind::kEvent,
                             ImportFile(FileFormat::kXlsx, "Март"), bytes);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->earlier);
  EXPECT_EQ(campaign.Events().size(), 2u);
}

}  // namespace
}  // namespace kenes
