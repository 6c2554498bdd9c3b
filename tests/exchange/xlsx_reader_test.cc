// Reading sheets as spreadsheet programs save them: what an import sees of each kind of cell.
#include "exchange/xlsx_reader.h"

#include <gtest/gtest.h>

#include "exchange/spreadsheet_numbers.h"
#include "support/saved_workbook.h"

namespace kenes {
namespace {

using testing::Blank;
using testing::DateNumber;
using testing::FormulaError;
using testing::InlineText;
using testing::Number;
using testing::SavedSheet;
using testing::SaveWorkbook;
using testing::SharedText;

std::vector<SheetRow> RowsOf(const std::string& bytes, std::string_view sheet = {}) {
  auto book = XlsxWorkbook::Open(bytes, "file");
  EXPECT_TRUE(book.ok()) << book.error().message;
  std::vector<SheetRow> rows;
  Status read = book->ForEachRow(sheet, [&](const SheetRow& row) {
    rows.push_back(row);
    return Ok();
  });
  EXPECT_TRUE(read.ok()) << read.error().field << ": " << read.error().message;
  return rows;
}

TEST(XlsxReaderTest, ReadsEachKindOfCellAsTheSheetShowsIt) {
  const std::string bytes =
      SaveWorkbook({{"Встречи",
                     {{SharedText("A1", "date"), SharedText("B1", "title"), SharedText("C1", "id"),
                       SharedText("D1", "notes")},
                      {DateNumber("A2", 46073), SharedText("B2", "Встреча с жителями села Ақсу"),
                       Number("C2", "12"), InlineText("D2", "первая\r\nвторая")},
                      {SharedText("A3", "24.02.2026"), Blank("B3"), Number("C3", "1.5"),
                       SharedText("D3", "31.02.2026")}}}});
  const auto rows = RowsOf(bytes);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].cells, (std::vector<std::string>{"date", "title", "id", "notes"}));
  // The day number under a date format is a date; a text date as Kazakhstan writes it is too.
  EXPECT_EQ(rows[1].cells, (std::vector<std::string>{"2026-02-20", "Встреча с жителями села Ақсу",
                                                     "12", "первая\r\nвторая"}));
  EXPECT_EQ(rows[1].number, 2u);
  // A formatted empty cell is empty; a date that is no date stays as written, for the field's own
  // check to refuse.
  EXPECT_EQ(rows[2].cells, (std::vector<std::string>{"2026-02-24", "", "1.5", "31.02.2026"}));
}

TEST(XlsxReaderTest, SkipsEmptyRowsAndKeepsTheRowNumbersTheSheetShows) {
  const std::string bytes = SaveWorkbook(
      {{"Лист1",
        {{SharedText("A1", "a")}, {Blank("A2")}, {}, {Number("C4", "7"), Number("", "8")}}}});
  const auto rows = RowsOf(bytes);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].number, 4u);
  // A cell without a reference follows the one before it.
  EXPECT_EQ(rows[1].cells, (std::vector<std::string>{"", "", "7", "8"}));
}

TEST(XlsxReaderTest, ReadsTheSheetAskedForByTheNameOnItsTab) {
  const std::string bytes =
      SaveWorkbook({{"Нұсқаулық", {{SharedText("A1", "Толтыру тәртібі")}}},
                    {"Іс-шаралар", {{SharedText("A1", "date")}, {DateNumber("A2", 46077)}}}});
  auto book = XlsxWorkbook::Open(bytes, "file");
  ASSERT_TRUE(book.ok());
  EXPECT_EQ(book->sheets(), (std::vector<std::string>{"Нұсқаулық", "Іс-шаралар"}));
  const auto rows = RowsOf(bytes, "Іс-шаралар");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].cells[0], "2026-02-24");

  Status missing = book->ForEachRow("Events", [](const SheetRow&) { return Ok(); });
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().field, "sheet");
  EXPECT_NE(missing.error().message.find("Нұсқаулық, Іс-шаралар"), std::string::npos)
      << missing.error().message;
}

TEST(XlsxReaderTest, ACellTheProgramCouldNotComputeIsAnErrorNamingIt) {
  const std::string bytes = SaveWorkbook({{"Лист1",
                                           {{SharedText("A1", "segment")},
                                            {SharedText("A2", "students")},
                                            {FormulaError("A3", "#N/A")}}}});
  auto book = XlsxWorkbook::Open(bytes, "file");
  ASSERT_TRUE(book.ok());
  std::size_t visited = 0;
  Status read = book->ForEachRow("", [&](const SheetRow&) {
    ++visited;
    return Ok();
  });
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().field, "sheet Лист1, cell A3");
  EXPECT_NE(read.error().message.find("#N/A"), std::string::npos);
  EXPECT_EQ(visited, 2u);
}

TEST(XlsxReaderTest, RefusesWhatIsNotAWorkbookSayingWhatToDo) {
  auto csv = XlsxWorkbook::Open("date,place_code\n2026-02-20,355630100\n", "events.xlsx");
  ASSERT_FALSE(csv.ok());
  EXPECT_EQ(csv.error().field, "events.xlsx");
  EXPECT_NE(csv.error().message.find("not a zip archive"), std::string::npos);

  const std::string old_excel("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12);
  auto xls = XlsxWorkbook::Open(old_excel, "events.xlsx");
  ASSERT_FALSE(xls.ok());
  EXPECT_NE(xls.error().message.find(".xls"), std::string::npos);

  std::string damaged = SaveWorkbook({{"Лист1", {{SharedText("A1", "date")}}}});
  damaged.resize(damaged.size() / 2);
  EXPECT_FALSE(XlsxWorkbook::Open(damaged, "file").ok());
}

TEST(XlsxReaderTest, ColumnLettersAreTheSheets) {
  EXPECT_EQ(ColumnLetters(0), "A");
  EXPECT_EQ(ColumnLetters(25), "Z");
  EXPECT_EQ(ColumnLetters(26), "AA");
  EXPECT_EQ(ColumnLetters(16383), "XFD");
}

TEST(SpreadsheetNumbersTest, DateAndTimeFormatsAreKnownFromNumbers) {
  EXPECT_EQ(ShownAs(14, ""), NumberShown::kDate);
  EXPECT_EQ(ShownAs(20, ""), NumberShown::kTime);
  EXPECT_EQ(ShownAs(22, ""), NumberShown::kDateTime);
  EXPECT_EQ(ShownAs(1, ""), NumberShown::kNumber);
  EXPECT_EQ(ShownAs(164, "dd.mm.yyyy"), NumberShown::kDate);
  EXPECT_EQ(ShownAs(165, "[$-419]d\\ mmmm\\ yyyy\\ \"г.\";@"), NumberShown::kDate);
  EXPECT_EQ(ShownAs(166, "h:mm"), NumberShown::kTime);
  EXPECT_EQ(ShownAs(167, "dd.mm.yyyy h:mm"), NumberShown::kDateTime);
  // Letters in quotes and brackets are not date parts: a count with a unit, a colour.
  EXPECT_EQ(ShownAs(168, "0\" дней\""), NumberShown::kNumber);
  EXPECT_EQ(ShownAs(169, "[Red]0"), NumberShown::kNumber);
  EXPECT_EQ(ShownAs(170, "General"), NumberShown::kNumber);
}

TEST(SpreadsheetNumbersTest, DayNumbersBecomeDatesInBothCalendars) {
  EXPECT_EQ(NumberText("46073", NumberShown::kDate, false), "2026-02-20");
  EXPECT_EQ(NumberText("44611", NumberShown::kDate, true), "2026-02-20");  // 1904 calendar
  EXPECT_EQ(NumberText("0.604166666666667", NumberShown::kTime, false), "14:30");
  EXPECT_EQ(NumberText("46073.75", NumberShown::kDateTime, false), "2026-02-20 18:00");
  EXPECT_EQ(NumberText("46073", NumberShown::kNumber, false), "46073");
  EXPECT_EQ(NumberText("1.2E3", NumberShown::kNumber, false), "1200");
  EXPECT_EQ(NumberText("0.25", NumberShown::kNumber, false), "0.25");
  EXPECT_EQ(NumberText("абв", NumberShown::kNumber, false), "");
}

}  // namespace
}  // namespace kenes
