#include "core/csv.h"

#include <gtest/gtest.h>

namespace kenes {
namespace {

std::vector<std::vector<std::string>> ReadAll(std::string_view text) {
  CsvReader reader(text);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> fields;
  while (true) {
    auto more = reader.Next(fields);
    EXPECT_TRUE(more.ok()) << more.error().field << ": " << more.error().message;
    if (!more.ok() || !*more) break;
    rows.push_back(fields);
  }
  return rows;
}

TEST(CsvReader, ReadsQuotedFieldsWithDelimitersQuotesAndLineBreaks) {
  const auto rows = ReadAll(
      "name,kind\n\"ТОО \"\"AMANAT MEDIA GROUP\"\"\",media\n\"шахта "
      "«Тентек»,\nКарагандa\",company\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1][0], "ТОО \"AMANAT MEDIA GROUP\"");
  EXPECT_EQ(rows[2][0], "шахта «Тентек»,\nКарагандa");
  EXPECT_EQ(rows[2][1], "company");
}

TEST(CsvReader, DetectsTheSemicolonExcelWritesInARussianLocale) {
  CsvReader reader("\xEF\xBB\xBFname;kind\r\nСарань;city\r\n");
  std::vector<std::string> fields;
  ASSERT_TRUE(*reader.Next(fields));
  EXPECT_EQ(reader.delimiter(), ';');
  EXPECT_EQ(fields[0], "name");  // the byte order mark is not part of the first column
  ASSERT_TRUE(*reader.Next(fields));
  EXPECT_EQ(fields, (std::vector<std::string>{"Сарань", "city"}));
  EXPECT_FALSE(*reader.Next(fields));
}

TEST(CsvReader, NamesTheRowOfAnUnclosedQuote) {
  CsvReader reader("name,kind\nok,party\n\"broken,party\n");
  std::vector<std::string> fields;
  ASSERT_TRUE(*reader.Next(fields));
  ASSERT_TRUE(*reader.Next(fields));
  auto bad = reader.Next(fields);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "row 3, column 1");
  EXPECT_NE(bad.error().message.find("never closed"), std::string::npos);
}

TEST(CsvReader, RefusesAStrayQuoteInsideAnUnquotedField) {
  CsvReader reader("a,b\nшахта \"Тентек\",x\n");
  std::vector<std::string> fields;
  ASSERT_TRUE(*reader.Next(fields));
  auto bad = reader.Next(fields);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "row 2, column 1");
}

TEST(CsvReader, NamesWindows1251WhenAKazakhNameIsInTheWrongEncoding) {
  // "Қарағанды" would need UTF-8; this is "Караганда" as Windows-1251 bytes.
  CsvReader reader("name,kind\nparty,\xCA\xE0\xF0\xE0\xE3\xE0\xED\xE4\xE0\n");
  std::vector<std::string> fields;
  ASSERT_TRUE(*reader.Next(fields));
  auto bad = reader.Next(fields);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "row 2, column 2");
  EXPECT_NE(bad.error().message.find("Windows-1251"), std::string::npos);
}

TEST(CsvWriter, QuotesOnlyWhereNeededAndReadsBack) {
  std::string out;
  const std::vector<std::string> row = {"plain", "with,comma", "with \"quote\"", "two\nlines"};
  AppendCsvRow(out, row);
  EXPECT_EQ(out, "plain,\"with,comma\",\"with \"\"quote\"\"\",\"two\nlines\"\n");
  EXPECT_EQ(ReadAll(out), (std::vector<std::vector<std::string>>{row}));
}

TEST(CsvHeader, RefusesUnknownAndMissingColumns) {
  const std::string_view required[] = {"name", "kind"};
  const std::string_view optional[] = {"headcount"};
  const std::vector<std::string> good = {"kind", "name"};
  auto header = CsvHeader::Parse(good, required, optional);
  ASSERT_TRUE(header.ok());
  EXPECT_EQ(header->Index("name"), 1);
  EXPECT_EQ(header->Index("headcount"), -1);

  const std::vector<std::string> misspelt = {"name", "knd"};
  auto bad = CsvHeader::Parse(misspelt, required, optional);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("unknown column 'knd'"), std::string::npos);

  const std::vector<std::string> missing = {"name"};
  EXPECT_FALSE(CsvHeader::Parse(missing, required, optional).ok());
}

}  // namespace
}  // namespace kenes
