#include "publish/place_words.h"

#include <string_view>
#include <vector>

#include "core/kazakh_morphology.h"
#include "core/utf8.h"

namespace kenes::publish {
namespace {

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) {
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

// A Russian adjective of a place name in the genitive or prepositional: "Карагандинская" ->
// "Карагандинской", "Осакаровский" -> "Осакаровского" / "Осакаровском".
std::string RussianAdjective(const std::string& word, PlaceCase place_case) {
  const bool genitive = place_case == PlaceCase::kGenitive;
  if (EndsWith(word, "ая")) return word.substr(0, word.size() - 4) + "ой";
  if (EndsWith(word, "ний")) return word.substr(0, word.size() - 4) + (genitive ? "его" : "ем");
  if (EndsWith(word, "ий") || EndsWith(word, "ый") || EndsWith(word, "ой")) {
    return word.substr(0, word.size() - 4) + (genitive ? "ого" : "ом");
  }
  return word;
}

// The Russian type words of the gazetteer's names, by case.
struct RussianType {
  std::string_view nominative, genitive, locative;
};
constexpr RussianType kOblast = {"область", "области", "области"};
constexpr RussianType kRaion = {"район", "района", "районе"};
constexpr RussianType kCity = {"город", "города", "городе"};
constexpr RussianType kPoselok = {"поселок", "поселка", "поселке"};
constexpr RussianType kSelo = {"село", "села", "селе"};
constexpr RussianType kOkrug = {"сельский округ", "сельского округа", "сельском округе"};

std::string_view Form(const RussianType& type, PlaceCase place_case) {
  switch (place_case) {
    case PlaceCase::kNominative:
      return type.nominative;
    case PlaceCase::kGenitive:
      return type.genitive;
    case PlaceCase::kLocative:
      return type.locative;
  }
  return type.nominative;
}

std::string RussianPlace(const Place& place, PlaceCase place_case) {
  std::vector<std::string> words = Words(place.name_ru);
  // A name with its own type word: "Карагандинская область", "район Ақсуат", "Осакаровский
  // район". The adjectives before it agree with it; the words after it are a name and stay.
  for (std::size_t i = 0; i < words.size(); ++i) {
    const RussianType* type = nullptr;
    if (words[i] == "область") type = &kOblast;
    if (words[i] == "район") type = &kRaion;
    if (type == nullptr) continue;
    if (place_case == PlaceCase::kNominative) return place.name_ru;
    for (std::size_t j = 0; j < i; ++j) words[j] = RussianAdjective(words[j], place_case);
    words[i] = std::string(Form(*type, place_case));
    return Join(words);
  }
  const RussianType* type = &kCity;
  switch (place.kind) {
    case PlaceKind::kRegion:
      type = &kOblast;
      break;
    case PlaceKind::kCity:
      type = &kCity;
      break;
    case PlaceKind::kDistrict:
      type = &kRaion;
      break;
    case PlaceKind::kOkrug:
      type = &kOkrug;
      break;
    case PlaceKind::kSettlement:
      type = &kPoselok;
      break;
    case PlaceKind::kVillage:
      type = &kSelo;
      break;
  }
  return std::string(Form(*type, place_case)) + " " + place.name_ru;
}

// The last word with a Kazakh case suffix. A possessive type word ("облысы", "ауданы") takes
// the possessive's -н- before the case: "облысында", "ауданының".
std::string KazakhCase(const std::string& nominative, kazakh::Case grammatical_case,
                       bool possessive) {
  if (grammatical_case == kazakh::Case::kNominative) return nominative;
  const std::size_t space = nominative.rfind(' ');
  const std::string head = space == std::string::npos ? "" : nominative.substr(0, space + 1);
  const std::string last = space == std::string::npos ? nominative : nominative.substr(space + 1);
  const bool back = kazakh::IsBack(utf8::ToLower(last));
  if (possessive) {
    if (grammatical_case == kazakh::Case::kGenitive) return nominative + (back ? "ның" : "нің");
    return nominative + (back ? "нда" : "нде");
  }
  return head + kazakh::Inflect(utf8::ToLower(last), kazakh::Form{false, false, grammatical_case});
}

bool EndsWithPossessiveType(std::string_view name) {
  for (std::string_view type : {" облысы", " ауданы", " қаласы", " кенті", " ауылы", " округі"}) {
    if (EndsWith(name, type)) return true;
  }
  return false;
}

// `owned`: a larger unit stands before it in the genitive, so a name whose type word has no
// possessive of its own takes one ("Қарағанды қаласының Қазыбек би атындағы ауданында").
std::string KazakhPlace(const Place& place, PlaceCase place_case, bool owned = false) {
  const std::string& name = place.name_kk.empty() ? place.name_ru : place.name_kk;
  const kazakh::Case grammatical_case = place_case == PlaceCase::kGenitive ? kazakh::Case::kGenitive
                                        : place_case == PlaceCase::kLocative
                                            ? kazakh::Case::kLocative
                                            : kazakh::Case::kNominative;
  if (EndsWithPossessiveType(name)) return KazakhCase(name, grammatical_case, true);
  if (EndsWith(name, " аудан")) {
    return owned ? KazakhCase(name + "ы", grammatical_case, true)
                 : KazakhCase(name, grammatical_case, false);
  }
  std::string_view type = "қаласы";
  switch (place.kind) {
    case PlaceKind::kRegion:
      type = "облысы";
      break;
    case PlaceKind::kCity:
      type = "қаласы";
      break;
    case PlaceKind::kDistrict:
      type = "ауданы";
      break;
    case PlaceKind::kOkrug:
      type = "ауылдық округі";
      break;
    case PlaceKind::kSettlement:
      type = "кенті";
      break;
    case PlaceKind::kVillage:
      type = "ауылы";
      break;
  }
  return KazakhCase(name + " " + std::string(type), grammatical_case, true);
}

}  // namespace

std::string PlaceWords(const Place& place, PublicationLanguage language, PlaceCase place_case) {
  if (language == PublicationLanguage::kKazakh) return KazakhPlace(place, place_case);
  return RussianPlace(place, place_case);
}

std::string MeetingPlaceWords(std::span<const Place> chain, PublicationLanguage language,
                              bool with_region) {
  const Place& place = chain.front();
  const Place* district = nullptr;
  const Place* region = nullptr;
  for (const Place& above : chain.subspan(1)) {
    if (above.level == PlaceLevel::kDistrict && district == nullptr) district = &above;
    if (above.level == PlaceLevel::kRegion) region = &above;
  }
  if (!with_region) region = nullptr;
  if (language == PublicationLanguage::kKazakh) {
    // Larger units first, each in the genitive but a leading region: "Қарағанды облысы Осакаров
    // ауданының Осакаровка кентінде".
    std::string out;
    if (region != nullptr) {
      out += PlaceWords(*region, language,
                        district != nullptr ? PlaceCase::kNominative : PlaceCase::kGenitive);
      out += ' ';
    }
    if (district != nullptr) {
      out += KazakhPlace(*district, PlaceCase::kGenitive, !out.empty()) + " ";
    }
    return out + KazakhPlace(place, PlaceCase::kLocative, !out.empty());
  }
  std::string out = "в " + PlaceWords(place, language, PlaceCase::kLocative);
  if (district != nullptr) out += " " + PlaceWords(*district, language, PlaceCase::kGenitive);
  if (region != nullptr) out += " " + PlaceWords(*region, language, PlaceCase::kGenitive);
  return out;
}

}  // namespace kenes::publish
