#include "core/places_csv.h"

#include <gtest/gtest.h>

namespace kenes {
namespace {

constexpr std::string_view kHeader = "code,level,kind,parent_code,name_ru,name_kk,population\n";

std::string File(std::string_view rows) { return std::string(kHeader) + std::string(rows); }

Error ParseError(std::string_view rows) {
  auto parsed = ParsePlacesCsv(File(rows));
  EXPECT_FALSE(parsed.ok()) << "expected an error for:\n" << rows;
  return parsed.ok() ? Error{} : parsed.error();
}

TEST(PlacesCsv, ReadsPlacesWithTheirLevelKindParentAndPopulation) {
  auto places = ParsePlacesCsv(
      File("350000000,region,region,,Карагандинская область,Қарағанды облысы,\n"
           "355600000,district,district,350000000,Осакаровский район,Осакаров ауданы,\n"
           "355630100,settlement,settlement,355600000,Осакаровка,Осакаровка, 15000 \n"));
  ASSERT_TRUE(places.ok()) << places.error().field << ": " << places.error().message;
  ASSERT_EQ(places->size(), 3u);
  const Place& settlement = (*places)[2];
  EXPECT_EQ(settlement.code, "355630100");
  EXPECT_EQ(settlement.level, PlaceLevel::kSettlement);
  EXPECT_EQ(settlement.kind, PlaceKind::kSettlement);
  EXPECT_EQ(settlement.parent_code, "355600000");
  EXPECT_EQ(settlement.name_kk, "Осакаровка");
  EXPECT_EQ(settlement.population, 15000);
  EXPECT_FALSE((*places)[0].population.has_value());
}

TEST(PlacesCsv, WritesWhatItReadsBack) {
  std::vector<Place> places(2);
  places[0] = {"710000000", PlaceLevel::kRegion, PlaceKind::kCity, "", "Астана", "Астана", 1500000};
  places[1] = {"711510000", PlaceLevel::kDistrict,         PlaceKind::kDistrict,
               "710000000", "район \"Нұра\", левый берег", "Нұра ауданы",
               std::nullopt};
  const std::string text = WritePlacesCsv(places);
  EXPECT_TRUE(text.starts_with(kHeader));
  auto read = ParsePlacesCsv(text);
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_EQ(*read, places);
}

TEST(PlacesCsv, AcceptsExcelSemicolonsAndAByteOrderMark) {
  auto places = ParsePlacesCsv(
      "\xEF\xBB\xBF"
      "code;level;kind;parent_code;name_ru;name_kk;population\r\n"
      "790000000;region;city;;Шымкент;Шымкент;\r\n");
  ASSERT_TRUE(places.ok()) << places.error().message;
  EXPECT_EQ((*places)[0].name_ru, "Шымкент");
}

TEST(PlacesCsv, NamesTheRowAndColumnOfABadLevel) {
  const Error error = ParseError(
      "350000000,region,region,,Карагандинская область,Қарағанды облысы,\n"
      "355600000,rayon,district,350000000,Осакаровский район,Осакаров ауданы,\n");
  EXPECT_EQ(error.field, "row 3, column level");
  EXPECT_NE(error.message.find("district"), std::string::npos);  // lists the allowed names
}

TEST(PlacesCsv, NamesTheColumnValidateRefuses) {
  EXPECT_EQ(ParseError("35000000,region,region,,Карагандинская область,Қарағанды облысы,\n").field,
            "row 2, column code");
  EXPECT_EQ(ParseError("350000000,region,region,,Карагандинская область,  ,\n").field,
            "row 2, column name_kk");
  EXPECT_EQ(ParseError("355600000,district,district,,Осакаровский район,Осакаров ауданы,\n").field,
            "row 2, column parent_code");
}

TEST(PlacesCsv, RefusesAParentThatIsNotInTheFile) {
  const Error error = ParseError(
      "350000000,region,region,,Карагандинская область,Қарағанды облысы,\n"
      "355630100,settlement,settlement,355600000,Осакаровка,Осакаровка,\n");
  EXPECT_EQ(error.field, "row 3, column parent_code");
  EXPECT_NE(error.message.find("355600000"), std::string::npos);
}

TEST(PlacesCsv, RefusesAParentThatIsNotAbove) {
  const Error error = ParseError(
      "350000000,region,region,,Карагандинская область,Қарағанды облысы,\n"
      "355200000,district,district,350000000,Нуринский район,Нұра ауданы,\n"
      "355600000,district,district,355200000,Осакаровский район,Осакаров ауданы,\n");
  EXPECT_EQ(error.field, "row 4, column parent_code");
}

TEST(PlacesCsv, RefusesADuplicateCodeNamingTheFirstRow) {
  const Error error = ParseError(
      "350000000,region,region,,Карагандинская область,Қарағанды облысы,\n"
      "350000000,region,region,,Карагандинская область,Қарағанды облысы,\n");
  EXPECT_EQ(error.field, "row 3, column code");
  EXPECT_NE(error.message.find("row 2"), std::string::npos);
}

TEST(PlacesCsv, RefusesAPopulationThatIsNotANumber) {
  EXPECT_EQ(ParseError("710000000,region,city,,Астана,Астана,около миллиона\n").field,
            "row 2, column population");
  EXPECT_EQ(ParseError("710000000,region,city,,Астана,Астана,-5\n").field,
            "row 2, column population");
}

TEST(PlacesCsv, RefusesARegionKindBelowTheTopLevel) {
  EXPECT_EQ(ParseError("710000000,region,region,,Астана,Астана,\n"
                       "711110000,district,region,710000000,район Алматы,Алматы ауданы,\n")
                .field,
            "row 3, column kind");
}

TEST(PlacesCsv, NamesTheHeaderAndShortRows) {
  auto missing = ParsePlacesCsv("code,level,kind,parent_code,name_ru\n");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().field, "row 1");
  EXPECT_NE(missing.error().message.find("name_kk"), std::string::npos);
  EXPECT_EQ(ParseError("710000000,region,city,,Астана\n").field, "row 2");
  EXPECT_FALSE(ParsePlacesCsv("").ok());
}

}  // namespace
}  // namespace kenes
