#include "extract/morphology.h"

#include <algorithm>
#include <array>

#include "core/utf8.h"

namespace kenes::extract {
namespace {

constexpr FormSet S(Case c) { return FormOf(c, Plurality::kSingular); }
constexpr FormSet P(Case c) { return FormOf(c, Plurality::kPlural); }
constexpr Case kNom = Case::kNominative, kGen = Case::kGenitive, kDat = Case::kDative,
               kAcc = Case::kAccusative, kIns = Case::kInstrumental, kPrep = Case::kPrepositional;

constexpr Ending kMasculineHard[] = {
    {"", S(kNom) | S(kAcc)},   {"а", S(kGen) | S(kAcc)},  {"у", S(kDat)},
    {"ом", S(kIns)},           {"ем", S(kIns)},           {"е", S(kPrep)},
    {"ы", P(kNom) | P(kAcc)},  {"и", P(kNom) | P(kAcc)},  {"ов", P(kGen) | P(kAcc)},
    {"ев", P(kGen) | P(kAcc)}, {"ей", P(kGen) | P(kAcc)}, {"ам", P(kDat)},
    {"ами", P(kIns)},          {"ах", P(kPrep)}};
constexpr Ending kMasculineSoft[] = {
    {"ь", S(kNom) | S(kAcc)},  {"я", S(kGen) | S(kAcc)}, {"ю", S(kDat)},
    {"ем", S(kIns)},           {"е", S(kPrep)},          {"и", P(kNom) | P(kAcc)},
    {"ей", P(kGen) | P(kAcc)}, {"ям", P(kDat)},          {"ями", P(kIns)},
    {"ях", P(kPrep)}};
constexpr Ending kMasculineJ[] = {
    {"й", S(kNom) | S(kAcc)},  {"я", S(kGen) | S(kAcc)}, {"ю", S(kDat)},
    {"ем", S(kIns)},           {"е", S(kPrep)},          {"и", P(kNom) | P(kAcc)},
    {"ев", P(kGen) | P(kAcc)}, {"ям", P(kDat)},          {"ями", P(kIns)},
    {"ях", P(kPrep)}};
constexpr Ending kMasculineIj[] = {{"ий", S(kNom) | S(kAcc)},
                                   {"ия", S(kGen) | S(kAcc)},
                                   {"ию", S(kDat)},
                                   {"ием", S(kIns)},
                                   {"ии", S(kPrep) | P(kNom) | P(kAcc)},
                                   {"иев", P(kGen) | P(kAcc)},
                                   {"иям", P(kDat)},
                                   {"иями", P(kIns)},
                                   {"иях", P(kPrep)}};
constexpr Ending kFeminineA[] = {{"а", S(kNom)},
                                 {"ы", S(kGen) | P(kNom) | P(kAcc)},
                                 {"и", S(kGen) | P(kNom) | P(kAcc)},
                                 {"е", S(kDat) | S(kPrep)},
                                 {"у", S(kAcc)},
                                 {"ой", S(kIns)},
                                 {"ою", S(kIns)},
                                 {"ей", S(kIns)},
                                 {"", P(kGen) | P(kAcc)},
                                 {"ам", P(kDat)},
                                 {"ами", P(kIns)},
                                 {"ах", P(kPrep)}};
constexpr Ending kFeminineYa[] = {{"я", S(kNom)},
                                  {"и", S(kGen) | P(kNom) | P(kAcc)},
                                  {"е", S(kDat) | S(kPrep)},
                                  {"ю", S(kAcc)},
                                  {"ей", S(kIns)},
                                  {"ею", S(kIns)},
                                  {"ь", P(kGen) | P(kAcc)},
                                  {"ям", P(kDat)},
                                  {"ями", P(kIns)},
                                  {"ях", P(kPrep)}};
constexpr Ending kFeminineIya[] = {
    {"ия", S(kNom)},           {"ии", S(kGen) | S(kDat) | S(kPrep) | P(kNom) | P(kAcc)},
    {"ию", S(kAcc)},           {"ией", S(kIns)},
    {"ий", P(kGen) | P(kAcc)}, {"иям", P(kDat)},
    {"иями", P(kIns)},         {"иях", P(kPrep)}};
constexpr Ending kFeminineSoft[] = {
    {"ь", S(kNom) | S(kAcc)}, {"и", S(kGen) | S(kDat) | S(kPrep) | P(kNom) | P(kAcc)},
    {"ью", S(kIns)},          {"ей", P(kGen) | P(kAcc)},
    {"ям", P(kDat)},          {"ам", P(kDat)},
    {"ями", P(kIns)},         {"ами", P(kIns)},
    {"ях", P(kPrep)},         {"ах", P(kPrep)}};
constexpr Ending kNeuterO[] = {{"о", S(kNom) | S(kAcc)}, {"а", S(kGen) | P(kNom) | P(kAcc)},
                               {"у", S(kDat)},           {"ом", S(kIns)},
                               {"е", S(kPrep)},          {"", P(kGen)},
                               {"ам", P(kDat)},          {"ами", P(kIns)},
                               {"ах", P(kPrep)}};
constexpr Ending kNeuterE[] = {{"е", S(kNom) | S(kAcc) | S(kPrep)},
                               {"а", S(kGen) | P(kNom) | P(kAcc)},
                               {"у", S(kDat)},
                               {"ем", S(kIns)},
                               {"", P(kGen)},
                               {"ам", P(kDat)},
                               {"ами", P(kIns)},
                               {"ах", P(kPrep)}};
constexpr Ending kNeuterIe[] = {{"ие", S(kNom) | S(kAcc)}, {"ия", S(kGen) | P(kNom) | P(kAcc)},
                                {"ию", S(kDat)},           {"ием", S(kIns)},
                                {"ии", S(kPrep)},          {"ий", P(kGen)},
                                {"иям", P(kDat)},          {"иями", P(kIns)},
                                {"иях", P(kPrep)}};
constexpr Ending kPluralNoun[] = {
    {"ы", P(kNom) | P(kAcc)}, {"и", P(kNom) | P(kAcc)}, {"", P(kGen)},   {"ов", P(kGen)},
    {"ей", P(kGen)},          {"ам", P(kDat)},          {"ям", P(kDat)}, {"ами", P(kIns)},
    {"ями", P(kIns)},         {"ах", P(kPrep)},         {"ях", P(kPrep)}};
// Longest first, so that "ого" is tried before "ой" would be.
constexpr Ending kAdjective[] = {{"ого", S(kGen) | S(kAcc)},
                                 {"его", S(kGen) | S(kAcc)},
                                 {"ому", S(kDat)},
                                 {"ему", S(kDat)},
                                 {"ыми", P(kIns)},
                                 {"ими", P(kIns)},
                                 {"ый", S(kNom) | S(kAcc)},
                                 {"ий", S(kNom) | S(kAcc)},
                                 {"ой", S(kNom) | S(kGen) | S(kDat) | S(kIns) | S(kPrep)},
                                 {"ая", S(kNom)},
                                 {"яя", S(kNom)},
                                 {"ое", S(kNom) | S(kAcc)},
                                 {"ее", S(kNom) | S(kAcc)},
                                 {"ые", P(kNom) | P(kAcc)},
                                 {"ие", P(kNom) | P(kAcc)},
                                 {"ым", S(kIns) | P(kDat)},
                                 {"им", S(kIns) | P(kDat)},
                                 {"ом", S(kPrep)},
                                 {"ем", S(kPrep)},
                                 {"ей", S(kGen) | S(kDat) | S(kIns) | S(kPrep)},
                                 {"ую", S(kAcc)},
                                 {"юю", S(kAcc)},
                                 {"ых", P(kGen) | P(kAcc) | P(kPrep)},
                                 {"их", P(kGen) | P(kAcc) | P(kPrep)}};
constexpr Ending kVerbPast[] = {
    {"", kVerbMasculine}, {"а", kVerbFeminine}, {"о", kVerbNeuter}, {"и", kVerbPlural}};
constexpr Ending kVerbPastReflexive[] = {
    {"ся", kVerbMasculine}, {"ась", kVerbFeminine}, {"ось", kVerbNeuter}, {"ись", kVerbPlural}};
constexpr Ending kFixed[] = {{"", kAnyForm}};

// Adjectives whose ending is stressed: their masculine nominative is -ой, not -ый.
constexpr std::string_view kStressedAdjectiveStems[] = {
    "городск", "областн", "мужск",  "морск", "миров", "делов", "трудов", "передов",
    "молод",   "золот",   "основн", "больш", "родн",  "лесн",  "степн",  "голов",
    "сквозн",  "ночн",    "выходн", "боев",  "полев", "цветн", "речн",   "зерков"};

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// The last code point of `folded`.
char32_t LastChar(std::string_view folded) {
  if (folded.empty()) return 0;
  std::size_t start = folded.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(folded[start]) & 0xC0) == 0x80) --start;
  return utf8::Decode(folded, start);
}

bool IsVelarOrSibilant(char32_t c) {
  return c == U'к' || c == U'г' || c == U'х' || c == U'ж' || c == U'ш' || c == U'ч' || c == U'щ';
}
bool IsSibilant(char32_t c) { return c == U'ж' || c == U'ш' || c == U'ч' || c == U'щ'; }

bool IsVowel(char32_t c) {
  constexpr std::u32string_view kVowels = U"аеёиоуыэюяәөүұі";
  return kVowels.find(c) != std::u32string_view::npos;
}

bool AllCaps(std::string_view surface) {
  std::size_t pos = 0;
  int letters = 0;
  while (pos < surface.size()) {
    const char32_t c = utf8::Decode(surface, pos);
    if (!utf8::IsLetter(c)) continue;
    if (utf8::ToLower(c) == c) return false;
    ++letters;
  }
  return letters >= 2;
}

}  // namespace

std::span<const Ending> EndingsOf(Paradigm paradigm) {
  switch (paradigm) {
    case Paradigm::kMasculineHard:
      return kMasculineHard;
    case Paradigm::kMasculineSoft:
      return kMasculineSoft;
    case Paradigm::kMasculineJ:
      return kMasculineJ;
    case Paradigm::kMasculineIj:
      return kMasculineIj;
    case Paradigm::kFeminineA:
      return kFeminineA;
    case Paradigm::kFeminineYa:
      return kFeminineYa;
    case Paradigm::kFeminineIya:
      return kFeminineIya;
    case Paradigm::kFeminineSoft:
      return kFeminineSoft;
    case Paradigm::kNeuterO:
      return kNeuterO;
    case Paradigm::kNeuterE:
      return kNeuterE;
    case Paradigm::kNeuterIe:
      return kNeuterIe;
    case Paradigm::kPluralNoun:
      return kPluralNoun;
    case Paradigm::kAdjective:
      return kAdjective;
    case Paradigm::kVerbPast:
      return kVerbPast;
    case Paradigm::kVerbPastReflexive:
      return kVerbPastReflexive;
    case Paradigm::kFixed:
    case Paradigm::kKazakh:  // built by kazakh::AllForms, not from a table of endings
      return kFixed;
  }
  return kFixed;
}

std::string_view LemmaEnding(Paradigm paradigm) {
  switch (paradigm) {
    case Paradigm::kMasculineSoft:
      return "ь";
    case Paradigm::kMasculineJ:
      return "й";
    case Paradigm::kMasculineIj:
      return "ий";
    case Paradigm::kFeminineA:
      return "а";
    case Paradigm::kFeminineYa:
      return "я";
    case Paradigm::kFeminineIya:
      return "ия";
    case Paradigm::kFeminineSoft:
      return "ь";
    case Paradigm::kNeuterO:
      return "о";
    case Paradigm::kNeuterE:
      return "е";
    case Paradigm::kNeuterIe:
      return "ие";
    case Paradigm::kPluralNoun:
      return "ы";
    case Paradigm::kAdjective:
      return "ый";
    case Paradigm::kVerbPastReflexive:
      return "ся";
    default:
      return "";
  }
}

std::string FoldWord(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t c = utf8::ToLower(utf8::Decode(text, pos));
    if (c == 0x0451) c = 0x0435;
    utf8::Append(out, c);
  }
  return out;
}

std::size_t CharCount(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

std::string_view DropChars(std::string_view text, std::size_t chars) {
  std::size_t end = text.size();
  while (chars > 0 && end > 0) {
    --end;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    --chars;
  }
  return text.substr(0, end);
}

std::string ReplaceEnding(std::string_view surface, std::size_t chars_to_drop,
                          std::string_view ending) {
  std::string out(DropChars(surface, chars_to_drop));
  if (AllCaps(surface)) {
    std::size_t pos = 0;
    while (pos < ending.size()) {
      const char32_t c = utf8::Decode(ending, pos);
      // Upper case of the Cyrillic endings used here: а..я are 0x20 below, ё is its own.
      utf8::Append(out, ToUpper(c));
    }
  } else {
    out.append(ending);
  }
  return out;
}

char32_t ToUpper(char32_t c) {
  if (c >= 'a' && c <= 'z') return c - 0x20;
  if (c >= 0x0430 && c <= 0x044F) return c - 0x20;
  if (c >= 0x0450 && c <= 0x045F) return c - 0x50;
  if ((c >= 0x0460 && c <= 0x0481) || (c >= 0x048A && c <= 0x04BF) ||
      (c >= 0x04D0 && c <= 0x04FF)) {
    return (c % 2 == 1) ? c - 1 : c;
  }
  if (c == 0x04CF) return 0x04C0;
  return c;
}

std::string LowerFirst(std::string_view text) {
  if (text.empty()) return {};
  std::size_t pos = 0;
  const char32_t first = utf8::Decode(text, pos);
  std::string out;
  utf8::Append(out, utf8::ToLower(first));
  out.append(text.substr(pos));
  return out;
}

FormSet AdjectiveForms(std::string_view folded) {
  // Every adjective ending ends in one of these letters; most words are turned away here.
  if (folded.size() < 2) return 0;
  const std::string_view last = folded.substr(folded.size() - 2);
  if (last != "о" && last != "у" && last != "й" && last != "я" && last != "е" && last != "м" &&
      last != "ю" && last != "х" && last != "и") {
    return 0;
  }
  for (const Ending& ending : kAdjective) {
    if (!EndsWith(folded, ending.text)) continue;
    const std::string_view stem = folded.substr(0, folded.size() - ending.text.size());
    if (CharCount(stem) < 3) return 0;
    // A stem ending in a vowel or a soft sign is no adjective stem ("моей", "статьей").
    const char32_t last = LastChar(stem);
    if (IsVowel(last) || last == U'ь' || last == U'ъ') return 0;
    return ending.forms;
  }
  return 0;
}

std::string AdjectiveLemma(std::string_view surface, Gender gender, bool plural) {
  const std::string folded = FoldWord(surface);
  const Ending* found = nullptr;
  for (const Ending& ending : kAdjective) {
    if (EndsWith(folded, ending.text) && CharCount(folded) >= CharCount(ending.text) + 3) {
      found = &ending;
      break;
    }
  }
  if (!found) return std::string(surface);
  const std::size_t ending_chars = CharCount(found->text);
  const std::string_view stem = DropChars(folded, ending_chars);
  const char32_t last = LastChar(stem);
  const char32_t vowel = LastChar(found->text.substr(0, 2));  // first letter of the ending
  const bool soft =
      (vowel == U'я' || vowel == U'ю' ||
       ((vowel == U'е' || vowel == U'и') && !IsVelarOrSibilant(last) && last != U'ц'));
  const bool stressed =
      std::any_of(std::begin(kStressedAdjectiveStems), std::end(kStressedAdjectiveStems),
                  [&](std::string_view s) { return stem == s; }) ||
      (gender == Gender::kMasculine && found->text == "ой" && !plural);
  std::string_view ending;
  if (plural) {
    ending = soft || IsVelarOrSibilant(last) ? "ие" : "ые";
  } else if (gender == Gender::kMasculine) {
    ending = stressed ? "ой" : (soft || IsVelarOrSibilant(last)) ? "ий" : "ый";
  } else if (gender == Gender::kFeminine) {
    ending = soft ? "яя" : "ая";
  } else {
    ending = soft || IsSibilant(last) ? "ее" : "ое";
  }
  return ReplaceEnding(surface, ending_chars, ending);
}

bool SurnameGender(std::string_view folded, Gender& gender) {
  constexpr std::string_view kFeminine[] = {"ова",  "ева",  "ина",  "ына",
                                            "ская", "цкая", "кызы", "қызы"};
  constexpr std::string_view kMasculine[] = {"ов", "ев", "ин", "ын", "ский", "цкий", "улы", "ұлы"};
  for (std::string_view s : kFeminine) {
    if (EndsWith(folded, s)) return gender = Gender::kFeminine, true;
  }
  for (std::string_view s : kMasculine) {
    if (EndsWith(folded, s)) return gender = Gender::kMasculine, true;
  }
  return false;
}

std::string SurnameLemma(std::string_view surface, FormSet forms, Gender gender) {
  if (forms & kNominativeAny) return std::string(surface);
  const std::string folded = FoldWord(surface);
  struct Rule {
    std::string_view ending;
    FormSet forms;
    std::size_t drop;
    std::string_view add;
  };
  // Russian-type surnames (-ов, -ин, -ский) and, last, surnames that decline as nouns.
  static constexpr Rule kMasculineRules[] = {{"ского", S(kGen) | S(kAcc), 3, "ий"},
                                             {"цкого", S(kGen) | S(kAcc), 3, "ий"},
                                             {"скому", S(kDat), 3, "ий"},
                                             {"ским", S(kIns), 2, "ий"},
                                             {"ском", S(kPrep), 2, "ий"},
                                             {"овым", S(kIns), 2, ""},
                                             {"евым", S(kIns), 2, ""},
                                             {"иным", S(kIns), 2, ""},
                                             {"ыным", S(kIns), 2, ""},
                                             {"ова", S(kGen) | S(kAcc), 1, ""},
                                             {"ева", S(kGen) | S(kAcc), 1, ""},
                                             {"ина", S(kGen) | S(kAcc), 1, ""},
                                             {"ына", S(kGen) | S(kAcc), 1, ""},
                                             {"ову", S(kDat), 1, ""},
                                             {"еву", S(kDat), 1, ""},
                                             {"ину", S(kDat), 1, ""},
                                             {"ове", S(kPrep), 1, ""},
                                             {"еве", S(kPrep), 1, ""},
                                             {"ине", S(kPrep), 1, ""},
                                             {"ая", S(kGen) | S(kAcc), 1, "й"},
                                             {"аю", S(kDat), 1, "й"},
                                             {"аем", S(kIns), 2, "й"},
                                             {"ом", S(kIns), 2, ""},
                                             {"ем", S(kIns), 2, ""},
                                             {"а", S(kGen) | S(kAcc), 1, ""},
                                             {"у", S(kDat), 1, ""},
                                             {"е", S(kPrep), 1, ""}};
  static constexpr Rule kFeminineRules[] = {
      {"овой", S(kGen) | S(kDat) | S(kIns) | S(kPrep), 2, "а"},
      {"евой", S(kGen) | S(kDat) | S(kIns) | S(kPrep), 2, "а"},
      {"иной", S(kGen) | S(kDat) | S(kIns) | S(kPrep), 2, "а"},
      {"ыной", S(kGen) | S(kDat) | S(kIns) | S(kPrep), 2, "а"},
      {"ской", S(kGen) | S(kDat) | S(kIns) | S(kPrep), 2, "ая"},
      {"цкой", S(kGen) | S(kDat) | S(kIns) | S(kPrep), 2, "ая"},
      {"ову", S(kAcc), 1, "а"},
      {"еву", S(kAcc), 1, "а"},
      {"ину", S(kAcc), 1, "а"},
      {"скую", S(kAcc), 2, "ая"}};
  const std::span<const Rule> rules = gender == Gender::kFeminine
                                          ? std::span<const Rule>(kFeminineRules)
                                          : std::span<const Rule>(kMasculineRules);
  for (const Rule& rule : rules) {
    if (!EndsWith(folded, rule.ending) || !(forms & rule.forms)) continue;
    const std::string candidate = ReplaceEnding(surface, rule.drop, rule.add);
    // A noun-type surname keeps a consonant at its end once the case ending is gone.
    if (rule.add.empty() && rule.drop <= 2 && IsVowel(LastChar(FoldWord(candidate)))) {
      continue;
    }
    return candidate;
  }
  return std::string(surface);
}

}  // namespace kenes::extract
