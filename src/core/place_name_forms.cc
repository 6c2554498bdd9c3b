#include "core/place_name_forms.h"

#include <algorithm>
#include <array>
#include <deque>
#include <unordered_map>
#include <utility>

#include "core/kazakh_morphology.h"
#include "core/utf8.h"

namespace kenes::place_names {
namespace {

// Russian place names in press releases are written without Kazakh letters about as often as
// with them ("Нура", "Нұра"); reading each Kazakh letter as its usual transliteration lets both
// spellings share one key.
char32_t LooseLetter(char32_t c) {
  switch (c) {
    case U'ә':
      return U'а';
    case U'ғ':
      return U'г';
    case U'қ':
      return U'к';
    case U'ң':
      return U'н';
    case U'ө':
      return U'о';
    case U'ұ':
      return U'у';
    case U'ү':
      return U'у';
    case U'һ':
      return U'х';
    case U'і':
      return U'и';
    default:
      return c;
  }
}

bool EndsWith(std::string_view word, std::string_view suffix) {
  return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

bool StartsWith(std::string_view word, std::string_view prefix) {
  return word.size() >= prefix.size() && word.substr(0, prefix.size()) == prefix;
}

// Strips the first of `endings` the word ends with, when at least `keep` letters remain.
// `endings` must list longer endings before their own tails ("ого" before "о").
template <std::size_t N>
bool StripOne(std::string& word, const std::array<std::string_view, N>& endings, std::size_t keep) {
  for (std::string_view ending : endings) {
    if (!EndsWith(word, ending)) continue;
    const std::string_view rest = std::string_view(word).substr(0, word.size() - ending.size());
    if (utf8::Length(rest) < keep) return false;
    word.resize(rest.size());
    return true;
  }
  return false;
}

// Adjective endings, also the only way a noun ending in -ой/-ом/-ем is stripped. "ее" and "ей"
// are left out: they would cut "семее" and "семей" to "сем" while "семея" keeps "семе".
constexpr std::array<std::string_view, 22> kAdjectiveEndings = {
    "ого", "его", "ому", "ему", "ыми", "ими", "ая", "яя", "ое", "ой", "ую",
    "юю",  "ый",  "ий",  "ом",  "ем",  "ым",  "им", "ых", "их", "ые", "ие",
};

// No "ов"/"ев": towns named after people ("Сатпаев", "Конаев", "Курчатов") decline as nouns
// whose stem keeps it ("Сатпаеве").
constexpr std::array<std::string_view, 18> kNounEndings = {
    "ами", "ями", "ью", "ах", "ях", "ам", "ям", "ою", "а",
    "я",   "ы",   "и",  "е",  "у",  "ю",  "о",  "ь",  "й",
};

// Type words and stop words, Russian and Kazakh, as FoldName writes them, grouped by what they
// say. The Russian adjectives of the type words count too: "Мангистауского областного
// маслихата". Stop words are prepositions and the "имени" of memorial names ("район им.
// Казыбек би"); "к" is also the "к." (кенті) of Kazakh settlement names and "а" the "а."
// (ауылы) of Kazakh village names.
struct TypeWords {
  TypeWord type;
  std::string_view words;  // separated by spaces
};

constexpr TypeWords kTypeWords[] = {
    {TypeWord::kRegion,
     "область области областью областей обл областной областного областному областным "
     "областном областная областную областные областных"},
    {TypeWord::kDistrict,
     "район района районе району районом районы районов районах районный районного районному "
     "районным районном районная районной районную районные районных"},
    {TypeWord::kCity,
     "город города городе городу городом г гор городской городского городскому городском "
     "городская городских"},
    {TypeWord::kOkrug,
     "округ округа округе округу округом округи сельский сельского сельском сельскому сельским "
     "сельская сельской поселковая поселковой администрация администрации"},
    {TypeWord::kSettlement,
     "поселок поселка поселке поселку поселком поселки поселков пос п пгт ст станция станции рзд "
     "разъезд"},
    {TypeWord::kVillage, "село села селе селу селом с аул аула ауле аулу аулом деревня деревне"},
    {TypeWord::kStop, "в во на из по до у к о об и а им имени атындагы атын"},
};

// ClassifyWord runs on every word of every press release, so the table is hashed once.
const std::unordered_map<std::string_view, TypeWord>& TypeWordMap() {
  static const auto* const map = [] {
    auto* words = new std::unordered_map<std::string_view, TypeWord>();
    for (const TypeWords& group : kTypeWords) {
      std::size_t start = 0;
      while (start < group.words.size()) {
        std::size_t end = group.words.find(' ', start);
        if (end == std::string_view::npos) end = group.words.size();
        words->emplace(group.words.substr(start, end - start), group.type);
        start = end + 1;
      }
    }
    // The Kazakh settlement types (and "ауылдық" of "ауылдық округ") in every form a release
    // writes them ("қаласындағы",
    // "ауылында", "кентінде"), folded as the words they are compared with; a prefix would take
    // "Кентау" for a "кент".
    static std::deque<std::string> kazakh_forms;
    for (const auto& [stem, type] :
         {std::pair{"қала", TypeWord::kCity}, std::pair{"ауыл", TypeWord::kVillage},
          std::pair{"кент", TypeWord::kSettlement}}) {
      for (const auto& [form, marks] : kazakh::AllForms(stem)) {
        words->emplace(kazakh_forms.emplace_back(FoldWord(form)), type);
      }
    }
    words->emplace(kazakh_forms.emplace_back(FoldWord("ауылдық")), TypeWord::kOkrug);
    return words;
  }();
  return *map;
}

struct Alias {
  std::string_view code;
  std::string_view name;
};

// Names a unit is known by in current Russian text besides its KATO name: the adjectival forms
// of the 2022 regions (officially "область Абай", "область Жетісу", "область Ұлытау"), the
// abbreviations of three regions, and names changed since 2019.
constexpr Alias kAliases[] = {
    {"100000000", "Абайская область"},   {"101010000", "Семипалатинск"},
    {"191010000", "Капшагай"},           {"270000000", "ЗКО"},
    {"330000000", "Жетысуская область"}, {"590000000", "СКО"},
    {"620000000", "Улытауская область"}, {"630000000", "ВКО"},
    {"710000000", "Нур-Султан"},
};

}  // namespace

std::string FoldWord(std::string_view folded_word) {
  std::string out;
  out.reserve(folded_word.size());
  std::size_t pos = 0;
  while (pos < folded_word.size()) utf8::Append(out, LooseLetter(utf8::Decode(folded_word, pos)));
  return out;
}

std::string FoldName(std::string_view text) { return FoldWord(utf8::FoldForSearch(text)); }

std::vector<std::string_view> SplitWords(std::string_view folded) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string_view::npos) end = folded.size();
    if (end > start) words.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

TypeWord ClassifyWord(std::string_view word) {
  const auto& words = TypeWordMap();
  if (auto it = words.find(word); it != words.end()) return it->second;
  // Kazakh type words take case and possessive suffixes: облысы, облысының, ауданында,
  // қаласындағы, ауылында...
  if (StartsWith(word, "облыс")) return TypeWord::kRegion;
  if (StartsWith(word, "аудан")) return TypeWord::kDistrict;
  return TypeWord::kNone;
}

TypeWord ClassifyPair(std::string_view first, std::string_view second) {
  if (second == "о" && (first == "с" || first == "а")) return TypeWord::kOkrug;
  if (second == "а" && (first == "с" || first == "п")) return TypeWord::kOkrug;
  if (second == "а" && first == "г") return TypeWord::kCity;
  return TypeWord::kNone;
}

bool IsPlaceType(TypeWord type) { return type != TypeWord::kNone && type != TypeWord::kStop; }

bool TypeAccepts(TypeWord type, PlaceKind kind) {
  switch (type) {
    case TypeWord::kRegion:
      return kind == PlaceKind::kRegion;
    case TypeWord::kDistrict:
      return kind == PlaceKind::kDistrict;
    case TypeWord::kCity:
      return kind == PlaceKind::kCity;
    case TypeWord::kOkrug:
      return kind == PlaceKind::kOkrug;
    case TypeWord::kSettlement:
    case TypeWord::kVillage:
      return kind == PlaceKind::kSettlement || kind == PlaceKind::kVillage;
    case TypeWord::kNone:
    case TypeWord::kStop:
      return false;
  }
  return false;
}

std::string Stem(std::string_view word) {
  std::string stem(word);
  if (StripOne(stem, kAdjectiveEndings, 3)) return stem;
  StripOne(stem, kNounEndings, 3);
  return stem;
}

std::string StripKazakhCase(std::string_view word) {
  // Every Kazakh case suffix ends in one of these letters (-ның, -ға, -де, -ды, -ні, -дан,
  // -мен): a cheap test that spares kazakh::Stems most words of running text.
  char32_t last = 0;
  for (std::size_t pos = 0; pos < word.size();) last = utf8::Decode(word, pos);
  if (last != U'ң' && last != U'а' && last != U'е' && last != U'ы' && last != U'і' &&
      last != U'н') {
    return {};
  }
  // The reading that peels the most (the shortest stem), so that a possessive's own case
  // ("ауданында" = аудан + ы + нда) is not read as a stem "ауданын" + "да"; then only its case
  // is taken off, the plural and possessive stay: "облысының" -> "облысы", "астанада" ->
  // "астана".
  const kazakh::Analysis* best = nullptr;
  const std::vector<kazakh::Analysis> readings = kazakh::Stems(word);
  for (const kazakh::Analysis& reading : readings) {
    if (reading.form.grammatical_case == kazakh::Case::kNominative) continue;
    if (!best || utf8::Length(reading.stem) < utf8::Length(best->stem)) best = &reading;
  }
  if (!best) return {};
  kazakh::Form without_case = best->form;
  without_case.grammatical_case = kazakh::Case::kNominative;
  for (const bool voiced : {false, true}) {
    const std::string bare = kazakh::Inflect(best->stem, without_case, voiced);
    if (bare.size() < word.size() && word.starts_with(bare)) return FoldWord(bare);
  }
  return {};
}

std::vector<std::string> AdjectiveBases(std::string_view stem) {
  std::vector<std::string> bases;
  if (!EndsWith(stem, "ск") || utf8::Length(stem) < 5) return bases;
  const std::string_view base = stem.substr(0, stem.size() - std::string_view("ск").size());
  const auto add = [&](std::string noun) {
    if (utf8::Length(noun) >= 3 && std::find(bases.begin(), bases.end(), noun) == bases.end()) {
      bases.push_back(std::move(noun));
    }
  };
  add(Stem(base));  // павлодарск → павлодар, мангистауск → мангиста (as "мангистау")
  if (EndsWith(base, "ин")) {
    add(Stem(base.substr(0, base.size() - std::string_view("ин").size())));  // нуринск → нур
  }
  if (EndsWith(base, "ов") || EndsWith(base, "ев")) {
    add(std::string(base) + "к");  // осакаровск → осакаровк (as "осакаровка")
  }
  return bases;
}

std::vector<std::string_view> AliasesOf(std::string_view code) {
  std::vector<std::string_view> names;
  for (const Alias& alias : kAliases) {
    if (alias.code == code) names.push_back(alias.name);
  }
  return names;
}

}  // namespace kenes::place_names
