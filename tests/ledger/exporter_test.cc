// Exports against the way they were first written: each record read as the API lists it, turned
// into its JSON (record_json.h) and its CSV row (csv_columns.h). Check-ins are now written straight
// from the store's scan, pages of them at a time; these tests hold the bytes to what the JSON
// would give, across page ends, on both stores, and an export imports back to the same
// check-ins.
#include "ledger/exporter.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/csv.h"
#include "exchange/csv_columns.h"
#include "exchange/record_json.h"
#include "ledger/importer.h"
#include "ledger/reference_data.h"
#include "support/small_campaign.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

namespace kenes {
namespace {

using nlohmann::json;
using testing::SmallCampaign;

constexpr RecordKind kTypes[] = {RecordKind::kOrganization, RecordKind::kPerson, RecordKind::kEvent,
                                 RecordKind::kFeedback, RecordKind::kCheckIn};

template <class T, class Filter>
void AddListed(Store& store, std::vector<json>& out,
               Result<PageOf<T>> (Transaction::*list)(const Filter&)) {
  Id after = 0;
  while (true) {
    Filter filter;
    filter.page = {Page::kMaxLimit, after};
    auto page = store.Read<PageOf<T>>([&](Transaction& tx) { return (tx.*list)(filter); });
    ASSERT_TRUE(page.ok()) << page.error().message;
    for (const T& record : page->items) out.push_back(ToJson(record));
    if (!page->next_after) return;
    after = *page->next_after;
  }
}

// Every record of the type as JSON, read as the API lists them.
std::vector<json> Listed(Store& store, RecordKind type) {
  std::vector<json> records;
  switch (type) {
    case RecordKind::kOrganization:
      AddListed(store, records, &Transaction::ListOrganizations);
      break;
    case RecordKind::kPerson:
      AddListed(store, records, &Transaction::ListPeople);
      break;
    case RecordKind::kEvent:
      AddListed(store, records, &Transaction::ListEvents);
      break;
    case RecordKind::kFeedback:
      AddListed(store, records, &Transaction::ListFeedback);
      break;
    case RecordKind::kCheckIn:
      AddListed(store, records, &Transaction::ListCheckIns);
      break;
    default:
      ADD_FAILURE() << PluralName(type) << " is not exported as a file";
  }
  return records;
}

// The export as it was written before check-ins had a path of their own.
std::string ThroughJson(Store& store, RecordKind type, FileFormat format) {
  std::string text;
  if (format == FileFormat::kCsv) AppendCsvRow(text, CsvHeaderOf(type));
  for (const json& record : Listed(store, type)) {
    if (format == FileFormat::kCsv) {
      AppendCsvRow(text, JsonToCsvRow(type, record));
    } else {
      text += record.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
    }
  }
  return text;
}

std::string Exported(Store& store, RecordKind type, FileFormat format) {
  std::string text;
  auto count = ExportRecords(store, type, format, [&](std::string_view piece) { text += piece; });
  EXPECT_TRUE(count.ok()) << count.error().message;
  return text;
}

ParticipantKey KeyNumber(std::uint32_t n) {
  ParticipantKey key{};
  for (std::size_t i = 0; i < 4; ++i) key[i] = static_cast<std::uint8_t>(n >> (8 * i));
  key[15] = 0xA5;
  return key;
}

// Check-ins past two pages of the scan, with and without segment and age band; with
// `odd_segment`, one of a segment whose code needs quoting in CSV and is not ASCII in JSON, and
// one whose code is longer than a line the export writes on its stack (no import takes such codes,
// but an export writes whatever is stored).
void AddCheckIns(SmallCampaign& campaign, bool odd_segment = true) {
  std::string long_code;
  for (int i = 0; i < 30; ++i) long_code += "«Ақ\tжол»\\";
  const Segment odd[] = {{"хор \"Ақ жол\", 2", "хор", "хор", "choir"},
                         {long_code, "хор", "хор", "choir"}};
  ASSERT_TRUE(campaign.store().Write([&](Transaction& tx) { return tx.PutSegments(odd); }).ok());
  std::vector<CheckInRow> rows;
  for (std::uint32_t i = 0; i < 25'001; ++i) {
    CheckInRow row{0, i % 2 ? campaign.e1 : campaign.e2, KeyNumber(i), "", std::nullopt};
    if (i % 3 == 0) row.segment = "miners";
    if (i % 5 == 0) row.age_band = static_cast<AgeBand>(i % 25 / 5);
    if (i == 7 && odd_segment) row.segment = odd[0].code;
    if (i == 11 && odd_segment) row.segment = odd[1].code;
    rows.push_back(row);
  }
  ASSERT_TRUE(
      campaign.store().Write([&](Transaction& tx) { return tx.AppendCheckIns(rows); }).ok());
}

TEST(Exporter, WritesEveryTypeAsItsJsonAndCsvRowGiveIt) {
  SmallCampaign campaign;
  AddCheckIns(campaign);
  for (RecordKind type : kTypes) {
    for (FileFormat format : {FileFormat::kCsv, FileFormat::kJsonl}) {
      SCOPED_TRACE(std::string(PluralName(type)) + " " + std::string(FileFormatName(format)));
      const std::string expected = ThroughJson(campaign.store(), type, format);
      const std::string exported = Exported(campaign.store(), type, format);
      EXPECT_EQ(exported.size(), expected.size());
      EXPECT_TRUE(exported == expected)
          << "the first difference is at byte "
          << std::mismatch(exported.begin(), exported.end(), expected.begin(), expected.end())
                     .first -
                 exported.begin();
    }
  }
  const std::string csv = Exported(campaign.store(), RecordKind::kCheckIn, FileFormat::kCsv);
  EXPECT_NE(csv.find(",\"хор \"\"Ақ жол\"\", 2\","), std::string::npos);
  const std::string jsonl = Exported(campaign.store(), RecordKind::kCheckIn, FileFormat::kJsonl);
  EXPECT_NE(jsonl.find("\"segment\":\"хор \\\"Ақ жол\\\", 2\""), std::string::npos);
}

TEST(Exporter, HandsOutTextInPiecesOfBoundedSize) {
  SmallCampaign campaign;
  AddCheckIns(campaign);
  auto text = RecordExport::Start(campaign.store(), RecordKind::kCheckIn, FileFormat::kCsv);
  ASSERT_TRUE(text.ok());
  std::string whole, piece;
  int pieces = 0;
  while (true) {
    piece.clear();
    auto more = text->Next(piece);
    ASSERT_TRUE(more.ok()) << more.error().message;
    // A piece is about kPieceBytes: at most that and one page of check-ins more.
    EXPECT_LT(piece.size(), 2 * RecordExport::kPieceBytes);
    whole += piece;
    ++pieces;
    if (!*more) break;
  }
  EXPECT_EQ(text->records(), 25'001u + 7u);  // and the small campaign's own seven
  EXPECT_GE(pieces, 2);
  EXPECT_EQ(whole, ThroughJson(campaign.store(), RecordKind::kCheckIn, FileFormat::kCsv));
}

TEST(Exporter, RefusesAWorkbookAsTextNamingTheFormat) {
  SmallCampaign campaign;
  auto text = RecordExport::Start(campaign.store(), RecordKind::kEvent, FileFormat::kXlsx);
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().field, "format");
}

TEST(Exporter, ExportedCheckInsImportIntoAnotherCampaignAsTheyWere) {
  SmallCampaign from;
  AddCheckIns(from, false);
  testing::TempDir dir;
  testing::TestDatabase database(dir, "other.db");
  auto store = testing::OpenTestStore(database);
  auto ledger = Ledger::Open(*store, nullptr);
  ASSERT_TRUE(ledger.ok());
  ASSERT_TRUE(LoadReferenceData(**ledger, KENES_DATA_DIR).ok());
  ASSERT_TRUE((*ledger)
                  ->CreateCampaign(Actor::System("test"),
                                   {0, "Кампания", Date::FromCivil(2026, 2, 12),
                                    Date::FromCivil(2026, 3, 14), Date::FromCivil(2026, 3, 15)})
                  .ok());
  for (RecordKind type : kTypes) {
    if (type == RecordKind::kFeedback) continue;
    SCOPED_TRACE(PluralName(type));
    const std::string csv = Exported(from.store(), type, FileFormat::kCsv);
    auto imported = ImportRecords(**ledger, Actor::System("test"), type, FileFormat::kCsv, csv);
    ASSERT_TRUE(imported.ok()) << imported.error().field << ": " << imported.error().message;
  }
  // The same check-ins, each with its id, event, participant, segment and age band; only the
  // time each was stored is the new database's.
  const auto without_time = [](std::vector<json> records) {
    for (json& record : records) record.erase("created_at");
    return records;
  };
  EXPECT_EQ(without_time(Listed(*store, RecordKind::kCheckIn)),
            without_time(Listed(from.store(), RecordKind::kCheckIn)));
}

}  // namespace
}  // namespace kenes
