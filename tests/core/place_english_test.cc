// English place names, as the interface shows them when English is chosen.
#include "core/place_english.h"

#include <gtest/gtest.h>

namespace kenes {
namespace {

TEST(PlaceEnglish, RegionsReadAsEnglishWritesThem) {
  EXPECT_EQ(EnglishPlaceName("Қарағанды облысы", "Карагандинская область"), "Karaganda Region");
  EXPECT_EQ(EnglishPlaceName("Батыс Қазақстан облысы", "Западно-Казахстанская область"),
            "West Kazakhstan Region");
  EXPECT_EQ(EnglishPlaceName("Солтүстік Қазақстан облысы", ""), "North Kazakhstan Region");
  EXPECT_EQ(EnglishPlaceName("Ақтөбе облысы", ""), "Aktobe Region");
  EXPECT_EQ(EnglishPlaceName("Қызылорда облысы", ""), "Kyzylorda Region");
  EXPECT_EQ(EnglishPlaceName("Маңғыстау облысы", ""), "Mangystau Region");
  EXPECT_EQ(EnglishPlaceName("Түркістан облысы", ""), "Turkistan Region");
  EXPECT_EQ(EnglishPlaceName("Ұлытау облысы", ""), "Ulytau Region");
  EXPECT_EQ(EnglishPlaceName("Шымкент", "Шымкент"), "Shymkent");
}

TEST(PlaceEnglish, DistrictsAndNamedAfterSomeone) {
  EXPECT_EQ(EnglishPlaceName("Осакаров ауданы", "Осакаровский район"), "Osakarov District");
  EXPECT_EQ(EnglishPlaceName("Қазыбек би атындағы аудан", "район имени Казыбек би"),
            "Kazybek bi District");
  EXPECT_EQ(EnglishPlaceName("Бұқар жырау ауданы", ""), "Bukar zhyrau District");
}

TEST(PlaceEnglish, TheRussianNameWhenThereIsNoKazakhOne) {
  EXPECT_EQ(EnglishPlaceName("", "Осакаровка"), "Osakarovka");
  EXPECT_EQ(EnglishPlaceName("  ", "Нур-Султан"), "Nur-Sultan");
}

TEST(PlaceEnglish, RomanizeKeepsWhatIsNotCyrillic) {
  EXPECT_EQ(Romanize("Щучинск"), "Shchuchinsk");
  EXPECT_EQ(Romanize("Ақкөл №2"), "Akkol №2");
  EXPECT_EQ(Romanize("Подъём"), "Podyom");
  EXPECT_EQ(Romanize(""), "");
}

}  // namespace
}  // namespace kenes
