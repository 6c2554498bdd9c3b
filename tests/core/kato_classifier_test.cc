#include "core/kato_classifier.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "core/gazetteer.h"

namespace kenes {
namespace {

// tests/core/data/kato_sample.csv follows the layout of the Bureau's classifier
// (te,ab,cd,ef,hij,k,kaz_name,rus_name,nn) and its way of writing names; its rows are a small
// hand-made sample, not an extract of the official file.
std::string ReadSample() {
  std::ifstream in(std::string(KENES_TEST_DIR) + "/core/data/kato_sample.csv", std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::map<std::string, Place> ByCode(const std::vector<Place>& places) {
  std::map<std::string, Place> by_code;
  for (const Place& place : places) by_code.emplace(place.code, place);
  return by_code;
}

class KatoSample : public testing::Test {
 protected:
  void SetUp() override {
    auto parsed = ParseKatoClassifier(ReadSample());
    ASSERT_TRUE(parsed.ok()) << parsed.error().field << ": " << parsed.error().message;
    places_ = *parsed;
    by_code_ = ByCode(places_);
  }
  const Place& At(const std::string& code) {
    auto it = by_code_.find(code);
    EXPECT_NE(it, by_code_.end()) << code << " was not imported";
    static const Place kMissing;
    return it == by_code_.end() ? kMissing : it->second;
  }

  std::vector<Place> places_;
  std::map<std::string, Place> by_code_;
};

TEST_F(KatoSample, KeepsRegionNamesWholeAndFindsNoParentForThem) {
  const Place& region = At("350000000");
  EXPECT_EQ(region.level, PlaceLevel::kRegion);
  EXPECT_EQ(region.kind, PlaceKind::kRegion);
  EXPECT_EQ(region.name_ru, "Карагандинская область");
  EXPECT_EQ(region.name_kk, "Қарағанды облысы");
  EXPECT_EQ(region.parent_code, "");
  EXPECT_EQ(At("100000000").name_ru, "область Абай");
}

TEST_F(KatoSample, ACityOfRepublicanSignificanceIsARegionLevelCity) {
  const Place& astana = At("710000000");
  EXPECT_EQ(astana.level, PlaceLevel::kRegion);
  EXPECT_EQ(astana.kind, PlaceKind::kCity);
  EXPECT_EQ(astana.name_ru, "Астана");
  EXPECT_EQ(astana.name_kk, "Астана");
  const Place& district = At("711110000");
  EXPECT_EQ(district.level, PlaceLevel::kDistrict);
  EXPECT_EQ(district.kind, PlaceKind::kDistrict);
  EXPECT_EQ(district.parent_code, "710000000");
  EXPECT_EQ(district.name_ru, "район Алматы");
}

TEST_F(KatoSample, MergesACityAdministrationIntoItsCity) {
  EXPECT_EQ(by_code_.count("351000000"), 0u);
  const Place& karaganda = At("351010000");
  EXPECT_EQ(karaganda.level, PlaceLevel::kDistrict);
  EXPECT_EQ(karaganda.kind, PlaceKind::kCity);
  EXPECT_EQ(karaganda.parent_code, "350000000");
  EXPECT_EQ(karaganda.name_ru, "Караганда");
  EXPECT_EQ(karaganda.name_kk, "Қарағанды");
  // The city's districts belong to the city.
  const Place& district = At("351013100");
  EXPECT_EQ(district.parent_code, "351010000");
  EXPECT_EQ(district.kind, PlaceKind::kDistrict);
  EXPECT_EQ(district.level, PlaceLevel::kOkrug);
  EXPECT_EQ(district.name_ru, "район им.Казыбек би");
  // The administration's rural okrug now belongs to the city too.
  EXPECT_EQ(At("111033000").parent_code, "111010000");
  EXPECT_EQ(At("111033000").name_ru, "Красноярский сельский округ");
  EXPECT_EQ(At("111033000").name_kk, "Красный Яр ауылдық округі");
}

TEST_F(KatoSample, ATownOfDistrictSignificanceSitsUnderItsDistrict) {
  const Place& akkol = At("113220100");
  EXPECT_EQ(by_code_.count("113220000"), 0u);
  EXPECT_EQ(akkol.parent_code, "113200000");
  EXPECT_EQ(akkol.level, PlaceLevel::kOkrug);
  EXPECT_EQ(akkol.kind, PlaceKind::kCity);
  EXPECT_EQ(akkol.name_ru, "Акколь");
  EXPECT_EQ(akkol.name_kk, "Ақкөл");
  const Place& village = At("113220300");
  EXPECT_EQ(village.parent_code, "113220100");
  EXPECT_EQ(village.kind, PlaceKind::kVillage);
  EXPECT_EQ(village.name_ru, "Ерназар");
}

TEST_F(KatoSample, ReadsOkrugsAndSettlementsWithTheirTypes) {
  const Place& okrug = At("355630000");
  EXPECT_EQ(okrug.level, PlaceLevel::kOkrug);
  EXPECT_EQ(okrug.kind, PlaceKind::kOkrug);
  EXPECT_EQ(okrug.parent_code, "355600000");
  EXPECT_EQ(okrug.name_ru, "Осакаровская поселковая администрация");
  const Place& osakarovka = At("355630100");
  EXPECT_EQ(osakarovka.level, PlaceLevel::kSettlement);
  EXPECT_EQ(osakarovka.kind, PlaceKind::kSettlement);
  EXPECT_EQ(osakarovka.parent_code, "355630000");
  EXPECT_EQ(osakarovka.name_ru, "Осакаровка");
  EXPECT_EQ(osakarovka.name_kk, "Осакаровка");
  EXPECT_EQ(At("113239000").name_ru, "сельская администрация Азат");
  EXPECT_EQ(At("113239100").kind, PlaceKind::kVillage);
  EXPECT_EQ(At("355600000").kind, PlaceKind::kDistrict);
  EXPECT_EQ(At("355600000").name_ru, "Осакаровский район");
}

TEST_F(KatoSample, AUnitBelowASettlementIsASettlementWithTheOtherNameFilledIn) {
  const Place& winter_quarters = At("613637103");
  EXPECT_EQ(winter_quarters.parent_code, "613637100");
  EXPECT_EQ(winter_quarters.level, PlaceLevel::kSettlement);
  EXPECT_EQ(winter_quarters.kind, PlaceKind::kSettlement);
  EXPECT_EQ(winter_quarters.name_kk, "Чабанский жил.дом");
}

TEST_F(KatoSample, EveryImportedPlaceValidatesAndTheGazetteerSearchesThem) {
  for (const Place& place : places_) EXPECT_TRUE(Validate(place).ok()) << place.code;
  Gazetteer gazetteer(places_);
  auto found = gazetteer.Search("в поселке Осакаровке");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0]->code, "355630100");
  EXPECT_EQ(gazetteer.RegionOf("355630100")->code, "350000000");
  EXPECT_EQ(gazetteer.DistrictOf("355630100")->code, "355600000");
  EXPECT_EQ(gazetteer.DistrictOf("351013100")->code, "351010000");
}

TEST(KatoClassifier, ReadsSemicolonsAByteOrderMarkAndUnpaddedGroups) {
  auto places = ParseKatoClassifier(
      "\xEF\xBB\xBF"
      "TE;AB;CD;EF;HIJ;K;KAZ_NAME;RUS_NAME;NN\r\n"
      "470000000;47;0;0;0;1;Маңғыстау облысы;Мангистауская область;1\r\n"
      "474600000;47;46;0;0;2;Маңғыстау ауданы;Мангистауский район;2\r\n");
  ASSERT_TRUE(places.ok()) << places.error().field << ": " << places.error().message;
  ASSERT_EQ(places->size(), 2u);
  EXPECT_EQ((*places)[1].parent_code, "470000000");
  EXPECT_EQ((*places)[1].kind, PlaceKind::kDistrict);
}

TEST(KatoClassifier, PassesOverATitleAboveTheHeader) {
  auto places = ParseKatoClassifier(
      "Классификатор административно-территориальных объектов (КАТО),,\n"
      "te,kaz_name,rus_name\n"
      "470000000,Маңғыстау облысы,Мангистауская область\n");
  ASSERT_TRUE(places.ok()) << places.error().field << ": " << places.error().message;
  ASSERT_EQ(places->size(), 1u);
  EXPECT_EQ((*places)[0].name_kk, "Маңғыстау облысы");
}

TEST(KatoClassifier, NamesTheRowOfABrokenQuote) {
  auto places = ParseKatoClassifier(
      "te,kaz_name,rus_name\n"
      "470000000,Маңғыстау облысы,Мангистауская область\n"
      "474600000,\"Маңғыстау ауданы,Мангистауский район\n");
  ASSERT_FALSE(places.ok());
  EXPECT_EQ(places.error().field, "row 3, column 2");
}

TEST(KatoClassifier, NamesTheRowOfABadCode) {
  auto places = ParseKatoClassifier(
      "te,kaz_name,rus_name\n"
      "470000000,Маңғыстау облысы,Мангистауская область\n"
      "4746E+08,Маңғыстау ауданы,Мангистауский район\n");
  ASSERT_FALSE(places.ok());
  EXPECT_EQ(places.error().field, "row 3, column te");
}

TEST(KatoClassifier, RefusesGroupsThatContradictTheCode) {
  auto places = ParseKatoClassifier(
      "te,ab,cd,ef,hij,kaz_name,rus_name\n"
      "470000000,47,00,00,000,Маңғыстау облысы,Мангистауская область\n"
      "474600000,47,42,00,000,Маңғыстау ауданы,Мангистауский район\n");
  ASSERT_FALSE(places.ok());
  EXPECT_EQ(places.error().field, "row 3, column ab");
}

TEST(KatoClassifier, RefusesAnExtractWithoutItsRegion) {
  auto places = ParseKatoClassifier(
      "te,kaz_name,rus_name\n"
      "474600000,Маңғыстау ауданы,Мангистауский район\n");
  ASSERT_FALSE(places.ok());
  EXPECT_EQ(places.error().field, "row 2, column te");
  EXPECT_NE(places.error().message.find("470000000"), std::string::npos);
}

TEST(KatoClassifier, RefusesAHeaderWithoutNames) {
  auto places = ParseKatoClassifier("te,ab,cd,ef,hij,k,kaz_name,nn\n470000000,47,0,0,0,1,x,1\n");
  ASSERT_FALSE(places.ok());
  EXPECT_EQ(places.error().field, "row 1");
  EXPECT_NE(places.error().message.find("rus_name"), std::string::npos);
}

TEST(KatoClassifier, RefusesADuplicateCodeAndANamelessUnit) {
  auto duplicate = ParseKatoClassifier(
      "te,kaz_name,rus_name\n"
      "470000000,Маңғыстау облысы,Мангистауская область\n"
      "470000000,Маңғыстау облысы,Мангистауская область\n");
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.error().field, "row 3, column te");
  auto nameless = ParseKatoClassifier("te,kaz_name,rus_name\n470000000,,\n");
  ASSERT_FALSE(nameless.ok());
  EXPECT_EQ(nameless.error().field, "row 2, column rus_name");
}

TEST(KatoClassifier, SurvivesEveryMutationOfTheSample) {
  const std::string sample = ReadSample();
  std::uint32_t state = 7;
  const auto next = [&] { return state = state * 1664525u + 1013904223u; };
  for (int i = 0; i < 300; ++i) {
    std::string text = sample;
    for (int j = 0; j < 4; ++j) {
      const std::size_t at = next() % text.size();
      switch (next() % 3) {
        case 0:
          text[at] = static_cast<char>(next() >> 24);
          break;
        case 1:
          text.erase(at, next() % 16);
          break;
        default:
          text.insert(at, std::string(1, ",;\"\n"[next() % 4]));
          break;
      }
    }
    auto places = ParseKatoClassifier(text);
    if (places.ok()) {
      for (const Place& place : *places) EXPECT_TRUE(Validate(place).ok()) << place.code;
    } else {
      EXPECT_TRUE(places.error().field.starts_with("row ")) << places.error().field;
    }
  }
}

TEST(KatoClassifier, RefusesAnEmptyFileAndSurvivesGarbage) {
  EXPECT_FALSE(ParseKatoClassifier("").ok());
  EXPECT_FALSE(ParseKatoClassifier("\xff\xfe\x00garbage").ok());
  EXPECT_FALSE(ParseKatoClassifier("te,kaz_name,rus_name\n\xC0\x80,a,b\n").ok());
}

}  // namespace
}  // namespace kenes
