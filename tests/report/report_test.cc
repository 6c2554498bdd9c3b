// The final report of the hand-made campaign (support/small_campaign.h), written in every format
// and read back as a user's program would: the HTML parsed, the workbook unzipped and its sheets
// read, the CSV files parsed, the PDF checked to be one.
#include "report/report.h"

#include <gtest/gtest.h>
#include <libxml/parser.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/csv.h"
#include "report/csv_writer.h"
#include "report/html_writer.h"
#include "report/office_files.h"
#include "report/pdf_writer.h"
#include "report/xlsx_writer.h"
#include "support/small_campaign.h"

namespace kenes::report {
namespace {

const Date kAsOf = Date::FromCivil(2026, 3, 14);
constexpr const char* kNbsp = "\u00A0";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class ReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Results for Karaganda region (counts) and Astana (turnout only), as a commission publishes.
    const std::vector<VoteResult> results = {
        {"350000000", 900'000, 600'000, 510'000, 70'000, 20'000, std::nullopt, "2026-03-16",
         "Карагандинская областная комиссия"},
        {"710000000", std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, 60.36,
         "2026-03-15T20:00:00+05:00", "https://example.kz/20-00"}};
    ASSERT_TRUE(campaign_.ledger()
                    .Write<std::size_t>(
                        Actor::System("test"),
                        [&](LedgerSession& session) { return session.PutVoteResults(results); })
                    .ok());
    auto built = BuildReport(analytics_, {}, kAsOf);
    ASSERT_TRUE(built.ok()) << built.error().message;
    report_ = std::move(built).value();
  }
  std::string Out(const std::string& name) { return dir_.File(name); }

  testing::SmallCampaign campaign_;
  analytics::Analytics analytics_{campaign_.store()};
  testing::TempDir dir_;
  Report report_;
};

// The row of `grid` whose first cell is `first`.
const std::vector<std::string>* RowOf(const testing::Grid& grid, const std::string& first) {
  for (const auto& row : grid) {
    if (!row.empty() && row[0] == first) return &row;
  }
  return nullptr;
}

TEST_F(ReportTest, HasEveryTableTheFinalSessionNeeds) {
  for (const char* name :
       {"totals", "regions", "coverage", "unvisited_districts", "unvisited_towns", "segments",
        "themes", "provisions", "support", "coalition", "members", "days", "flagged"}) {
    EXPECT_NE(report_.Find(name), nullptr) << name;
  }
  const Table& totals = *report_.Find("totals");
  EXPECT_EQ(totals.rows[4][0].text, "Участников (сумма по мероприятиям)");
  EXPECT_EQ(totals.rows[4][1].number, 507);
  EXPECT_EQ(totals.rows[4][2].number, 437);
  EXPECT_EQ(totals.rows[4][3].number, 577);
  const Table& coalition = *report_.Find("coalition");
  EXPECT_EQ(coalition.rows.back()[0].text, "Всего");
  EXPECT_EQ(coalition.rows.back()[1].number, 2);  // computed from the registry
  EXPECT_EQ(coalition.rows.back()[2].number, 105'000);
  EXPECT_EQ(report_.Find("days")->rows.size(), 4u);
}

// What the campaign can say: 437–577 is not within 10% of a round figure, and "более 430" would
// read as at most 538, so the range is said; 5 events are said as they are.
TEST_F(ReportTest, SaysTheTotalsInTheStrongestTrueWords) {
  const Table* can_say = report_.Find("can_say");
  ASSERT_NE(can_say, nullptr);
  EXPECT_EQ(can_say->title, "Что кампания может сказать");
  ASSERT_GE(can_say->rows.size(), 2u);
  EXPECT_EQ(can_say->rows[0][1].text, "от 430 до 580");
  EXPECT_EQ(can_say->rows[0][2].text, "430–580");
  EXPECT_EQ(can_say->rows[1][1].text, "5");
}

// The official results beside the campaign: every region a row, the figures with their source.
TEST_F(ReportTest, SetsTheResultsBesideTheCampaign) {
  const Table& after = *report_.Find("after_vote");
  EXPECT_EQ(after.rows.size(), 20u);
  const auto row = std::find_if(after.rows.begin(), after.rows.end(),
                                [](const auto& r) { return r[0].text == "350000000"; });
  ASSERT_NE(row, after.rows.end());
  EXPECT_EQ((*row)[2].number, 4);  // held in Karaganda region; the fifth is only planned
  EXPECT_NEAR((*row)[13].number, 600'000.0 / 900'000.0, 1e-9);  // turnout
  EXPECT_NEAR((*row)[14].number, 510'000.0 / 600'000.0, 1e-9);  // "for"
  EXPECT_EQ((*row)[17].text, "Карагандинская областная комиссия");
  const auto astana = std::find_if(after.rows.begin(), after.rows.end(),
                                   [](const auto& r) { return r[0].text == "710000000"; });
  ASSERT_NE(astana, after.rows.end());
  EXPECT_NEAR((*astana)[13].number, 0.6036, 1e-9);
  EXPECT_EQ((*astana)[14].text, "");  // "for" unpublished: empty, never estimated
  const Table& summary = *report_.Find("after_vote_summary");
  EXPECT_EQ(summary.rows[0][1].text, "2 из 20");
  EXPECT_NE(summary.note.find("связь, а не влияние"), std::string::npos);
}

TEST_F(ReportTest, HtmlParsesAndShowsTheFigures) {
  ASSERT_TRUE(WriteHtml(report_, Out("report.html")).ok());
  const std::string html = ReadFile(Out("report.html"));
  // Well-formed enough to be read as XML: every tag closed, every '<' and '&' escaped.
  xmlDoc* xml = xmlReadMemory(html.data(), static_cast<int>(html.size()), "report.html", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  EXPECT_NE(xml, nullptr);
  xmlFreeDoc(xml);

  const testing::HtmlPage page = testing::ParseHtml(html);
  EXPECT_EQ(page.headings.front(), "Итоги разъяснительной кампании");
  EXPECT_NE(page.text.find("507 (437 – 577)"), std::string::npos);
  EXPECT_NE(page.text.find("Отзывы со встреч не являются репрезентативным опросом"),
            std::string::npos);
  const auto& unvisited = page.tables.at("unvisited_districts");
  EXPECT_NE(RowOf(unvisited, "356400000"), nullptr);  // Шетский район
  EXPECT_EQ(RowOf(unvisited, "355600000"), nullptr);  // Осакаровский район was visited
  EXPECT_EQ((*RowOf(unvisited, "356400000"))[1], "Шетский район");
  EXPECT_EQ((*RowOf(unvisited, "356400000"))[2], "Карагандинская область");
  const auto& support = page.tables.at("support");
  const auto* overall = RowOf(support, "Всего");
  ASSERT_NE(overall, nullptr);
  EXPECT_EQ((*overall)[5], "10");
  EXPECT_EQ((*overall)[6], std::string("60,0") + kNbsp + "%");
  EXPECT_EQ((*overall)[7], std::string("31,3") + kNbsp + "%");
  EXPECT_EQ((*overall)[8], std::string("83,2") + kNbsp + "%");
  const auto& themes = page.tables.at("themes");
  const auto labour = std::find_if(themes.begin(), themes.end(), [](const auto& row) {
    return !row.empty() && row[0].find("трудовые") != std::string::npos;
  });
  ASSERT_NE(labour, themes.end());
  EXPECT_EQ((*labour)[1], "6");
  EXPECT_NE((*labour)[4].find("«"), std::string::npos);  // examples, quoted
}

TEST_F(ReportTest, XlsxReadsBackOneSheetPerTable) {
  ASSERT_TRUE(WriteXlsx(report_, Out("report.xlsx")).ok());
  const testing::Workbook book = testing::ReadXlsx(Out("report.xlsx"));
  ASSERT_EQ(book.sheets.size(), report_.tables.size());
  EXPECT_EQ(book.sheets[0], "Итоги");
  const auto& totals = book.cells.at("Итоги");
  EXPECT_EQ(totals[0][0], "Показатель");
  const auto* attendance = RowOf(totals, "Участников (сумма по мероприятиям)");
  ASSERT_NE(attendance, nullptr);
  EXPECT_EQ((*attendance)[1], "507");  // a number cell, not text
  EXPECT_EQ((*attendance)[2], "437");
  EXPECT_EQ((*attendance)[3], "577");
  const auto& support = book.cells.at("Поддержка");
  const auto* overall = RowOf(support, "Всего");
  ASSERT_NE(overall, nullptr);
  EXPECT_DOUBLE_EQ(std::stod((*overall)[6]), 0.6);
  EXPECT_EQ(book.number_formats.at("Поддержка!G2"), "0.0%");
  EXPECT_NE(RowOf(book.cells.at("Непосещённые районы"), "356400000"), nullptr);
  // Every sheet has its table's rows under the header.
  for (const Table& table : report_.tables) {
    const auto& grid = book.cells.at(table.sheet);
    EXPECT_GE(grid.size(), table.rows.size() + 1) << table.sheet;
    EXPECT_EQ(grid[0][0], table.columns[0]) << table.sheet;
  }
}

TEST_F(ReportTest, CsvIsOneFilePerTable) {
  ASSERT_TRUE(WriteCsv(report_, Out("csv")).ok());
  for (const Table& table : report_.tables) {
    EXPECT_TRUE(std::filesystem::exists(Out("csv/" + table.name + ".csv"))) << table.name;
  }
  const std::string text = ReadFile(Out("csv/regions.csv"));
  EXPECT_EQ(text.substr(0, 3), "\xEF\xBB\xBF");
  CsvReader reader(text);
  std::vector<std::string> row;
  ASSERT_TRUE(reader.Next(row).value());
  EXPECT_EQ(row[1], "Регион");
  ASSERT_TRUE(reader.Next(row).value());
  EXPECT_EQ(row[0], "350000000");
  EXPECT_EQ(row[3], "450");  // plain digits for other programs
  EXPECT_EQ(row[8], "3");    // A and B, and D checked in for the planned meeting
  Status unwritable = WriteCsv(report_, "/proc/kenes/report");
  EXPECT_FALSE(unwritable.ok());
  EXPECT_EQ(unwritable.error().field, "--out");
}

TEST_F(ReportTest, PdfIsPrintedByChromium) {
  if (!std::filesystem::exists("/usr/bin/chromium") && !std::getenv("KENES_CHROMIUM")) {
    GTEST_SKIP() << "no Chromium to print with";
  }
  const Status written = WritePdf(report_, Out("report.pdf"));
  ASSERT_TRUE(written.ok()) << written.error().message;
  const std::string pdf = ReadFile(Out("report.pdf"));
  EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
  EXPECT_GT(pdf.size(), 10'000u);
}

TEST_F(ReportTest, ARegionReportKeepsToItsRegion) {
  analytics::Filter astana;
  astana.region_code = "710000000";
  auto built = BuildReport(analytics_, astana, kAsOf);
  ASSERT_TRUE(built.ok());
  EXPECT_EQ(built->scope, "Астана");
  EXPECT_EQ(built->Find("regions")->rows.size(), 1u);
  EXPECT_EQ(built->Find("totals")->rows[4][1].number, 57);
}

}  // namespace
}  // namespace kenes::report
