#include "test_gazetteer.h"

#include <vector>

namespace kenes::extract::testing {
namespace {

Place Make(const char* code, PlaceLevel level, PlaceKind kind, const char* parent,
           const char* name_ru, const char* name_kk) {
  Place place;
  place.code = code;
  place.level = level;
  place.kind = kind;
  place.parent_code = parent;
  place.name_ru = name_ru;
  place.name_kk = name_kk;
  return place;
}

std::vector<Place> Places() {
  using L = PlaceLevel;
  using K = PlaceKind;
  return {
      // Regions and the three cities of republican significance.
      Make("100000000", L::kRegion, K::kRegion, "", "область Абай", "Абай облысы"),
      Make("110000000", L::kRegion, K::kRegion, "", "Акмолинская область", "Ақмола облысы"),
      Make("150000000", L::kRegion, K::kRegion, "", "Актюбинская область", "Ақтөбе облысы"),
      Make("190000000", L::kRegion, K::kRegion, "", "Алматинская область", "Алматы облысы"),
      Make("230000000", L::kRegion, K::kRegion, "", "Атырауская область", "Атырау облысы"),
      Make("270000000", L::kRegion, K::kRegion, "", "Западно-Казахстанская область",
           "Батыс Қазақстан облысы"),
      Make("310000000", L::kRegion, K::kRegion, "", "Жамбылская область", "Жамбыл облысы"),
      Make("330000000", L::kRegion, K::kRegion, "", "область Жетісу", "Жетісу облысы"),
      Make("350000000", L::kRegion, K::kRegion, "", "Карагандинская область", "Қарағанды облысы"),
      Make("390000000", L::kRegion, K::kRegion, "", "Костанайская область", "Қостанай облысы"),
      Make("430000000", L::kRegion, K::kRegion, "", "Кызылординская область", "Қызылорда облысы"),
      Make("470000000", L::kRegion, K::kRegion, "", "Мангистауская область", "Маңғыстау облысы"),
      Make("550000000", L::kRegion, K::kRegion, "", "Павлодарская область", "Павлодар облысы"),
      Make("590000000", L::kRegion, K::kRegion, "", "Северо-Казахстанская область",
           "Солтүстік Қазақстан облысы"),
      Make("610000000", L::kRegion, K::kRegion, "", "Туркестанская область", "Түркістан облысы"),
      Make("620000000", L::kRegion, K::kRegion, "", "область Ұлытау", "Ұлытау облысы"),
      Make("630000000", L::kRegion, K::kRegion, "", "Восточно-Казахстанская область",
           "Шығыс Қазақстан облысы"),
      Make("710000000", L::kRegion, K::kCity, "", "Астана", "Астана"),
      Make("750000000", L::kRegion, K::kCity, "", "Алматы", "Алматы"),
      Make("790000000", L::kRegion, K::kCity, "", "Шымкент", "Шымкент"),
      // Districts of the cities, one named like Almaty, one after a person.
      Make("711110000", L::kDistrict, K::kDistrict, "710000000", "район Алматы", "Алматы ауданы"),
      Make("751810000", L::kDistrict, K::kDistrict, "750000000", "Наурызбайский район",
           "Наурызбай ауданы"),
      // Karaganda region.
      Make("351010000", L::kDistrict, K::kCity, "350000000", "Караганда", "Қарағанды"),
      Make("351810000", L::kDistrict, K::kCity, "350000000", "Сарань", "Саран"),
      Make("352410000", L::kDistrict, K::kCity, "350000000", "Темиртау", "Теміртау"),
      Make("352810000", L::kDistrict, K::kCity, "350000000", "Шахтинск", "Шахтинск"),
      Make("355600000", L::kDistrict, K::kDistrict, "350000000", "Осакаровский район",
           "Осакаров ауданы"),
      Make("355630100", L::kSettlement, K::kSettlement, "355600000", "Осакаровка", "Осакаровка"),
      Make("355400000", L::kDistrict, K::kDistrict, "350000000", "Нуринский район", "Нұра ауданы"),
      Make("355430100", L::kSettlement, K::kSettlement, "355400000", "Нура", "Нұра"),
      // Pavlodar region.
      Make("551010000", L::kDistrict, K::kCity, "550000000", "Павлодар", "Павлодар"),
      Make("552210000", L::kDistrict, K::kCity, "550000000", "Экибастуз", "Екібастұз"),
      Make("551610000", L::kDistrict, K::kCity, "550000000", "Аксу", "Ақсу"),
      Make("554200000", L::kDistrict, K::kDistrict, "550000000", "Баянаульский район",
           "Баянауыл ауданы"),
      Make("554230100", L::kSettlement, K::kVillage, "554200000", "Баянаул", "Баянауыл"),
      // Turkestan region.
      Make("611010000", L::kDistrict, K::kCity, "610000000", "Туркестан", "Түркістан"),
      Make("611610000", L::kDistrict, K::kCity, "610000000", "Кентау", "Кентау"),
      Make("615600000", L::kDistrict, K::kDistrict, "610000000", "Сайрамский район",
           "Сайрам ауданы"),
      Make("615630100", L::kSettlement, K::kVillage, "615600000", "Аксукент", "Ақсукент"),
      // Atyrau region.
      Make("231010000", L::kDistrict, K::kCity, "230000000", "Атырау", "Атырау"),
      Make("234200000", L::kDistrict, K::kDistrict, "230000000", "Макатский район", "Мақат ауданы"),
      // Others the texts name.
      Make("111010000", L::kDistrict, K::kCity, "110000000", "Кокшетау", "Көкшетау"),
      Make("471010000", L::kDistrict, K::kCity, "470000000", "Актау", "Ақтау"),
      Make("472210000", L::kDistrict, K::kCity, "470000000", "Жанаозен", "Жаңаөзен"),
      Make("101010000", L::kDistrict, K::kCity, "100000000", "Семей", "Семей"),
      Make("631010000", L::kDistrict, K::kCity, "630000000", "Усть-Каменогорск", "Өскемен"),
      Make("391010000", L::kDistrict, K::kCity, "390000000", "Костанай", "Қостанай"),
      Make("311010000", L::kDistrict, K::kCity, "310000000", "Тараз", "Тараз"),
      Make("331010000", L::kDistrict, K::kCity, "330000000", "Талдыкорган", "Талдықорған"),
      Make("621010000", L::kDistrict, K::kCity, "620000000", "Жезказган", "Жезқазған"),
      Make("193200000", L::kDistrict, K::kDistrict, "190000000", "Енбекшиказахский район",
           "Еңбекшіқазақ ауданы"),
      Make("193230100", L::kSettlement, K::kCity, "193200000", "Есик", "Есік"),
      Make("591010000", L::kDistrict, K::kCity, "590000000", "Петропавловск", "Петропавл"),
      Make("431010000", L::kDistrict, K::kCity, "430000000", "Кызылорда", "Қызылорда"),
  };
}

}  // namespace

const Gazetteer& TestGazetteer() {
  static const Gazetteer gazetteer(Places());
  return gazetteer;
}

}  // namespace kenes::extract::testing
