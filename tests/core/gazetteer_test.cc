#include "core/gazetteer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/place_name_forms.h"
#include "core/places_csv.h"
#include "core/utf8.h"

namespace kenes {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The gazetteer kenes ships, loaded once for all tests.
const Gazetteer& Shipped() {
  static const Gazetteer* const gazetteer = [] {
    auto places = ParsePlacesCsv(ReadFile(std::string(KENES_DATA_DIR) + "/places.csv"));
    EXPECT_TRUE(places.ok()) << places.error().field << ": " << places.error().message;
    return new Gazetteer(places.ok() ? std::move(places).value() : std::vector<Place>{});
  }();
  return *gazetteer;
}

std::string FirstCode(std::string_view query) {
  auto found = Shipped().Search(query);
  return found.empty() ? "(nothing)" : found[0]->code;
}

std::vector<std::string> Codes(const std::vector<const Place*>& places) {
  std::vector<std::string> codes;
  for (const Place* place : places) codes.push_back(place->code);
  return codes;
}

TEST(ShippedGazetteer, LoadsAndValidates) {
  const Gazetteer& g = Shipped();
  ASSERT_GT(g.size(), 250u);
  for (const Place& place : g.places()) EXPECT_TRUE(Validate(place).ok()) << place.code;
}

TEST(ShippedGazetteer, HasTheSeventeenRegionsAndThreeCitiesOfRepublicanSignificance) {
  std::set<std::string> top;
  for (const Place& place : Shipped().places()) {
    if (place.level == PlaceLevel::kRegion) top.insert(place.code);
  }
  const std::set<std::string> expected = {
      "100000000", "110000000", "150000000", "190000000", "230000000", "270000000", "310000000",
      "330000000", "350000000", "390000000", "430000000", "470000000", "550000000", "590000000",
      "610000000", "620000000", "630000000", "710000000", "750000000", "790000000"};
  EXPECT_EQ(top, expected);
  EXPECT_EQ(Shipped().Find("710000000")->kind, PlaceKind::kCity);
  EXPECT_EQ(Shipped().Find("620000000")->name_kk, "Ұлытау облысы");
  EXPECT_EQ(Shipped().Find("350000000")->name_ru, "Карагандинская область");
}

TEST(ShippedGazetteer, EveryRegionHasDistrictsAndEveryDistrictARegion) {
  const Gazetteer& g = Shipped();
  std::map<std::string, int> districts;
  for (const Place& place : g.places()) {
    if (place.level == PlaceLevel::kRegion) continue;
    const Place* region = g.RegionOf(place.code);
    ASSERT_NE(region, nullptr) << place.code;
    EXPECT_EQ(region->code.substr(0, 2), place.code.substr(0, 2)) << place.code;
    if (place.level == PlaceLevel::kDistrict) ++districts[region->code];
  }
  EXPECT_EQ(districts.size(), 20u);
  EXPECT_EQ(districts["350000000"], 13);  // 7 districts and 6 cities of regional significance
}

TEST(ShippedGazetteer, KnowsTheHierarchyOfThePlacesInTheSamples) {
  const Gazetteer& g = Shipped();
  EXPECT_EQ(g.RegionOf("355630100")->code, "350000000");
  EXPECT_EQ(g.DistrictOf("355630100")->code, "355600000");
  EXPECT_EQ(g.DistrictOf("355230100")->code, "355200000");
  EXPECT_EQ(g.DistrictOf("352210000")->code, "352210000");  // Saran is its own district
  EXPECT_EQ(g.RegionOf("710000000")->code, "710000000");
  EXPECT_EQ(g.DistrictOf("710000000"), nullptr);
  EXPECT_EQ(g.RegionOf("999999999"), nullptr);
  EXPECT_EQ(g.Find("355630100")->name_ru, "Осакаровка");
}

struct Form {
  std::string_view query;
  std::string_view code;
};

// Every place of shared/samples in the forms the press releases and users write it.
constexpr Form kSampleForms[] = {
    {"Карагандинской области", "350000000"},
    {"Карагандинская область", "350000000"},
    {"Карагандинская обл.", "350000000"},
    {"жителями Карагандинской области", "350000000"},
    {"Караганда", "351010000"},
    {"в Караганде", "351010000"},
    {"г. Караганда", "351010000"},
    {"в поселке Осакаровка", "355630100"},
    {"поселка Осакаровка", "355630100"},
    {"Осакаровке", "355630100"},
    {"Осакаровка", "355630100"},
    {"п. Осакаровка", "355630100"},
    {"Осакаровский район", "355600000"},
    {"Осакаровского района", "355600000"},
    {"города Сарань", "352210000"},
    {"в городе Сарань", "352210000"},
    {"г. Сарань", "352210000"},
    {"Сарани", "352210000"},
    {"Сарань", "352210000"},
    {"Шахтинск", "352810000"},
    {"Шахтинске", "352810000"},
    {"Темиртау", "352410000"},
    {"г.Темиртау", "352410000"},
    {"Нура", "355230100"},
    {"Нуре", "355230100"},
    {"В поселке Нура", "355230100"},
    {"Нуринский район", "355200000"},
    {"Нуринского района", "355200000"},
    {"Астана", "710000000"},
    {"в Астане", "710000000"},
    {"Астаной", "710000000"},
    {"Мангистауского", "470000000"},
    {"Мангистауского областного", "470000000"},
    {"Мангистауская область", "470000000"},
    {"Мангистауский район", "474600000"},
};

TEST(GazetteerSearch, FindsEveryPlaceOfTheSamplesInEveryForm) {
  for (const Form& form : kSampleForms) {
    EXPECT_EQ(FirstCode(form.query), form.code) << "query: " << form.query;
  }
}

constexpr Form kKazakhForms[] = {
    {"Қарағанды облысы", "350000000"},
    {"Қарағанды облысының", "350000000"},
    {"Қарағанды облысында", "350000000"},
    {"Караганды облысы", "350000000"},
    {"Қарағанды", "351010000"},
    {"Қарағандыда", "351010000"},
    {"Астанада", "710000000"},
    {"Астананың", "710000000"},
    {"Нұра ауданы", "355200000"},
    {"Осакаров ауданы", "355600000"},
    {"Маңғыстау облысы", "470000000"},
    {"Өскемен", "631010000"},
    {"Орал", "271010000"},
    {"Ұлытау облысы", "620000000"},
    {"Өскеменде", "631010000"},
    {"Оралдағы", "271010000"},  // the attributive: "which is in Oral"
    {"Астанамен", "710000000"},
};

TEST(GazetteerSearch, FindsKazakhNamesAndTheirCaseForms) {
  for (const Form& form : kKazakhForms) {
    EXPECT_EQ(FirstCode(form.query), form.code) << "query: " << form.query;
  }
}

// The case suffix alone comes off, by kazakh::Stems (core/kazakh_morphology.h); the possessive
// stays, and the stem is written as the index writes names (FoldWord).
TEST(PlaceNameForms, StripKazakhCasePeelsOnlyTheCase) {
  EXPECT_EQ(place_names::StripKazakhCase("астанада"), "астана");
  EXPECT_EQ(place_names::StripKazakhCase("қарағандыда"), "караганды");
  EXPECT_EQ(place_names::StripKazakhCase("облысының"), "облысы");
  EXPECT_EQ(place_names::StripKazakhCase("ауданында"), "ауданы");
  EXPECT_EQ(place_names::StripKazakhCase("оралдағы"), "орал");
  EXPECT_EQ(place_names::StripKazakhCase("астана"), "");
  EXPECT_EQ(place_names::StripKazakhCase("осакаровка"), "");  // Russian: harmony wants -қа
  EXPECT_EQ(place_names::StripKazakhCase("ауылдең"), "");     // no form of ауыл
}

TEST(GazetteerSearch, FindsRenamedAndAdjectivalRegionNames) {
  EXPECT_EQ(FirstCode("Абайской области"), "100000000");
  EXPECT_EQ(FirstCode("область Абай"), "100000000");
  EXPECT_EQ(FirstCode("Жетысуская область"), "330000000");
  EXPECT_EQ(FirstCode("области Жетісу"), "330000000");
  EXPECT_EQ(FirstCode("Улытауской области"), "620000000");
  EXPECT_EQ(FirstCode("Нур-Султан"), "710000000");
  EXPECT_EQ(FirstCode("ВКО"), "630000000");
  EXPECT_EQ(FirstCode("Восточно-Казахстанской области"), "630000000");
  EXPECT_EQ(FirstCode("Северо-Казахстанская обл"), "590000000");
}

TEST(GazetteerSearch, ASettlementBeforeTheDistrictNamedAfterIt) {
  // A bare name is the settlement; the district named after it comes next.
  auto osakarovka = Codes(Shipped().Search("Осакаровка"));
  ASSERT_GE(osakarovka.size(), 2u);
  EXPECT_EQ(osakarovka[0], "355630100");
  EXPECT_EQ(osakarovka[1], "355600000");
  // The type word turns it round.
  auto district = Codes(Shipped().Search("Осакаровский район"));
  ASSERT_GE(district.size(), 2u);
  EXPECT_EQ(district[0], "355600000");
  EXPECT_EQ(district[1], "355630100");
}

TEST(GazetteerSearch, TheCityBeforeTheRegionNamedAfterIt) {
  auto karaganda = Codes(Shipped().Search("Караганды"));
  ASSERT_GE(karaganda.size(), 2u);
  EXPECT_EQ(karaganda[0], "351010000");
  EXPECT_NE(std::find(karaganda.begin(), karaganda.end(), "350000000"), karaganda.end());
  EXPECT_EQ(FirstCode("Караганды облысы"), "350000000");
}

TEST(GazetteerSearch, BareNameBeforeANameWithItsOwnTypeWord) {
  // "район Нұра" of Astana and "Нура" the settlement: the bare name wins without a type word,
  // the district with one.
  auto nura = Codes(Shipped().Search("Нура"));
  ASSERT_GE(nura.size(), 3u);
  EXPECT_EQ(nura[0], "355230100");
  EXPECT_NE(std::find(nura.begin(), nura.end(), "711510000"), nura.end());
  // "Нұра ауданы" is the Kazakh name of both districts, so a type word alone does not choose.
  auto district = Codes(Shipped().Search("район Нұра"));
  ASSERT_GE(district.size(), 2u);
  EXPECT_EQ(std::set<std::string>(district.begin(), district.begin() + 2),
            (std::set<std::string>{"355200000", "711510000"}));
}

TEST(GazetteerSearch, HigherLevelsFirstAmongEqualMatches) {
  // "Абай": the town, the region named after Abai, and three districts.
  auto abai = Shipped().Search("Абайский район");
  ASSERT_GE(abai.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(abai[i]->kind, PlaceKind::kDistrict);
  EXPECT_TRUE(std::is_sorted(abai.begin(), abai.begin() + 3,
                             [](const Place* a, const Place* b) { return a->code < b->code; }));
}

TEST(GazetteerSearch, PrefixesComeAfterWholeNames) {
  auto found = Codes(Shipped().Search("Осак"));
  EXPECT_NE(std::find(found.begin(), found.end(), "355630100"), found.end());
  EXPECT_NE(std::find(found.begin(), found.end(), "355600000"), found.end());
  auto aksu = Shipped().Search("Аксу");
  ASSERT_FALSE(aksu.empty());
  EXPECT_EQ(aksu[0]->name_ru, "Аксу");
}

TEST(GazetteerSearch, HonoursTheLimit) {
  EXPECT_EQ(Shipped().Search("Абай", 2).size(), 2u);
  EXPECT_EQ(Shipped().Search("Абай", 1).size(), 1u);
  EXPECT_TRUE(Shipped().Search("Абай", 0).empty());
  EXPECT_GT(Shipped().Search("Абай").size(), 2u);
}

TEST(GazetteerSearch, ReadsANineDigitQueryAsACode) {
  EXPECT_EQ(FirstCode("355630100"), "355630100");
  EXPECT_TRUE(Shipped().Search("123456789").empty());
}

TEST(GazetteerSearch, EmptyAndTypeOnlyQueriesFindNothing) {
  EXPECT_TRUE(Shipped().Search("").empty());
  EXPECT_TRUE(Shipped().Search("   \t ").empty());
  EXPECT_TRUE(Shipped().Search("область").empty());
  EXPECT_TRUE(Shipped().Search("в поселке").empty());
  EXPECT_TRUE(Shipped().Search("!!! ... ---").empty());
}

TEST(GazetteerSearch, GarbageAndInvalidUtf8FindNothingAndDoNotCrash) {
  EXPECT_TRUE(Shipped().Search("\xff\xfe\xfd").empty());
  EXPECT_TRUE(Shipped().Search("Сар\xffань").empty());
  EXPECT_TRUE(Shipped().Search("\xD0").empty());  // a cut two-byte letter
  EXPECT_TRUE(Shipped().Search("zzzzqqqq").empty());
  // Every byte string of a pseudo-random stream, valid or not, is a query that returns.
  std::uint32_t state = 12345;
  for (int i = 0; i < 2000; ++i) {
    std::string query;
    const int length = static_cast<int>(state % 24);
    for (int j = 0; j < length; ++j) {
      state = state * 1664525u + 1013904223u;
      query += static_cast<char>(state >> 24);
    }
    state = state * 1664525u + 1013904223u;
    (void)Shipped().Search(query, 5);
  }
}

TEST(GazetteerSearch, IsDeterministic) {
  EXPECT_EQ(Codes(Shipped().Search("Абай")), Codes(Shipped().Search("Абай")));
  Gazetteer copy(std::vector<Place>(Shipped().places().begin(), Shipped().places().end()));
  EXPECT_EQ(Codes(copy.Search("район")), Codes(Shipped().Search("район")));
  EXPECT_EQ(Codes(copy.Search("Алма")), Codes(Shipped().Search("Алма")));
}

TEST(GazetteerSearch, AnEmptyOrMovedFromGazetteerFindsNothing) {
  Gazetteer empty;
  EXPECT_TRUE(empty.Search("Астана").empty());
  EXPECT_EQ(empty.Find("710000000"), nullptr);
  Gazetteer moved(std::vector<Place>(Shipped().places().begin(), Shipped().places().end()));
  Gazetteer target = std::move(moved);
  EXPECT_EQ(target.Search("Астане")[0]->code, "710000000");
}

std::vector<std::string> FoldedWords(std::string_view text) {
  std::vector<std::string> words;
  std::string folded = utf8::FoldForSearch(text);
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    words.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

PlaceMatch MatchText(std::string_view text) {
  const std::vector<std::string> words = FoldedWords(text);
  const std::vector<std::string_view> views(words.begin(), words.end());
  return Shipped().MatchAt(views);
}

TEST(GazetteerMatchAt, TakesTheTypeWordsAroundAName) {
  PlaceMatch region = MatchText("Карагандинской области ключевые положения");
  EXPECT_EQ(region.words, 2u);
  EXPECT_TRUE(region.typed);
  ASSERT_FALSE(region.places.empty());
  EXPECT_EQ(region.places[0]->code, "350000000");

  PlaceMatch settlement = MatchText("поселке Осакаровка собрались около 200");
  EXPECT_EQ(settlement.words, 2u);
  EXPECT_TRUE(settlement.typed);
  EXPECT_EQ(settlement.places.at(0)->code, "355630100");

  PlaceMatch city = MatchText("городе Сарань, включая");
  EXPECT_EQ(city.words, 2u);
  EXPECT_EQ(city.places.at(0)->code, "352210000");

  PlaceMatch kazakh = MatchText("Қарағанды облысының тұрғындары");
  EXPECT_EQ(kazakh.words, 2u);
  EXPECT_EQ(kazakh.places.at(0)->code, "350000000");

  PlaceMatch okrug_style = MatchText("г. Темиртау");
  EXPECT_EQ(okrug_style.words, 2u);
  EXPECT_EQ(okrug_style.places.at(0)->code, "352410000");
}

TEST(GazetteerMatchAt, ABareNameIsUntyped) {
  PlaceMatch astana = MatchText("Астане состоялось");
  EXPECT_EQ(astana.words, 1u);
  EXPECT_FALSE(astana.typed);
  EXPECT_EQ(astana.places.at(0)->code, "710000000");
}

TEST(GazetteerMatchAt, PrefersTheLongestName) {
  PlaceMatch match = MatchText("Северо-Казахстанской области");
  EXPECT_EQ(match.words, 3u);
  EXPECT_EQ(match.places.at(0)->code, "590000000");
}

TEST(GazetteerMatchAt, AnUntypedWordMustBeAWholeName) {
  // «Қаратал» КМП is a company; "Қаратал ауданы" needs its type word to be meant.
  EXPECT_EQ(MatchText("Қаратал КМП").words, 0u);
  EXPECT_EQ(MatchText("Қаратал ауданы").places.at(0)->code, "334400000");
  // "Карагандинского университета" names a university, not the region.
  EXPECT_EQ(MatchText("Карагандинского университета").words, 0u);
}

TEST(GazetteerMatchAt, ReadsTheNamedAfterOfAMemorialName) {
  PlaceMatch russian = MatchText("районе имени Габита Мусрепова прошла встреча");
  EXPECT_EQ(russian.words, 4u);
  EXPECT_TRUE(russian.typed);
  EXPECT_EQ(russian.places.at(0)->code, "596600000");

  PlaceMatch kazakh = MatchText("Қазыбек би атындағы ауданында делегация мүшелері");
  EXPECT_EQ(kazakh.words, 4u);
  EXPECT_TRUE(kazakh.typed);
  EXPECT_EQ(kazakh.places.at(0)->code, "351013100");
}

TEST(GazetteerMatchAt, ATypedNameLeavesTheNextTypeWordToTheNextPlace) {
  // "в городе Булаево района Магжана Жумабаева": "района" is the district's type word.
  PlaceMatch town = MatchText("городе Булаево района Магжана Жумабаева");
  EXPECT_EQ(town.words, 2u);
  EXPECT_EQ(town.places.at(0)->code, "593620100");
  PlaceMatch district = MatchText("района Магжана Жумабаева");
  EXPECT_EQ(district.words, 3u);
  EXPECT_EQ(district.places.at(0)->code, "593600000");
  // Astana's district "Алматы" before the city's own type word.
  PlaceMatch almaty = MatchText("районе Алматы города Астана");
  EXPECT_EQ(almaty.words, 2u);
  EXPECT_EQ(almaty.places.at(0)->code, "711110000");
}

TEST(GazetteerMatchAt, MatchesNothingAtOrdinaryWords) {
  EXPECT_EQ(MatchText("коллективом шахты Тентек").words, 0u);
  EXPECT_EQ(MatchText("в").words, 0u);
  EXPECT_EQ(MatchText("поселке").words, 0u);
  EXPECT_EQ(MatchText("").words, 0u);
  EXPECT_EQ(MatchText("Осак").words, 0u);  // no prefixes in running text
  const std::vector<std::string_view> garbage = {"\xff\xfe", "\xD0", "поселке", "\xC0\x80"};
  EXPECT_EQ(Shipped().MatchAt(garbage).words, 0u);
}

// A user pastes the Karaganda press release: every place it names is found by walking its words.
TEST(GazetteerMatchAt, FindsThePlacesOfTheSamplePressReleases) {
  const auto scan = [](const std::string& path) {
    const std::vector<std::string> words = FoldedWords(ReadFile(path));
    const std::vector<std::string_view> views(words.begin(), words.end());
    std::set<std::string> codes;
    for (std::size_t i = 0; i < views.size(); ++i) {
      PlaceMatch match = Shipped().MatchAt(std::span(views).subspan(i));
      if (match.words == 0) continue;
      codes.insert(match.places.at(0)->code);
      i += match.words - 1;
    }
    return codes;
  };
  // The two real press releases ship with kenes as the demo's sources.
  const std::string samples = std::string(KENES_DATA_DIR) + "/samples/";
  ASSERT_FALSE(ReadFile(samples + "press-karaganda-2026-02-24.txt").empty());
  const std::set<std::string> karaganda = scan(samples + "press-karaganda-2026-02-24.txt");
  for (const char* code : {"350000000", "355630100", "355230100", "352210000"}) {
    EXPECT_TRUE(karaganda.contains(code)) << code;
  }
  const std::set<std::string> astana = scan(samples + "press-astana-final-2026-03-13.txt");
  for (const char* code : {"710000000", "470000000"}) EXPECT_TRUE(astana.contains(code)) << code;
}

}  // namespace
}  // namespace kenes
