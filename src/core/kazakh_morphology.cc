#include "core/kazakh_morphology.h"

#include <algorithm>
#include <deque>
#include <unordered_map>

#include "core/utf8.h"

namespace kenes::kazakh {
namespace {

// What a suffix's first consonant depends on: the last sound of what it follows.
enum class Sound : std::uint8_t {
  kVowel,      // а, ә, е, ы, і, о, ...
  kSemivowel,  // й, у: a glide after a vowel
  kSonorant,   // р
  kLateral,    // л: like р, but the plural is -дар ("ауылдар", "жерлер")
  kNasal,      // м, н, ң
  kVoiced,     // з, ж
  kVoiceless,  // к, қ, п, с, т, ш, and б, в, г, ғ, д read voiceless at the end of a word
};

bool IsVowel(char32_t c) {
  switch (c) {
    case U'а':
    case U'ә':
    case U'е':
    case U'ё':
    case U'и':
    case U'о':
    case U'ө':
    case U'ұ':
    case U'ү':
    case U'ы':
    case U'і':
    case U'э':
    case U'ю':
    case U'я':
      return true;
    default:
      return false;
  }
}

bool IsBackVowel(char32_t c) {
  return c == U'а' || c == U'о' || c == U'ұ' || c == U'ы' || c == U'я' || c == U'ё' || c == U'у' ||
         c == U'ю';
}

char32_t LastLetter(std::string_view word) {
  char32_t last = 0;
  for (std::size_t pos = 0; pos < word.size();) last = utf8::Decode(word, pos);
  return last;
}

Sound SoundOf(char32_t c) {
  if (IsVowel(c)) return Sound::kVowel;
  switch (c) {
    case U'й':
    case U'у':
      return Sound::kSemivowel;
    case U'р':
      return Sound::kSonorant;
    case U'л':
      return Sound::kLateral;
    case U'м':
    case U'н':
    case U'ң':
      return Sound::kNasal;
    case U'з':
    case U'ж':
      return Sound::kVoiced;
    default:
      return Sound::kVoiceless;
  }
}

std::string_view Pick(bool back, std::string_view back_form, std::string_view front_form) {
  return back ? back_form : front_form;
}

std::string_view PluralSuffix(Sound sound, bool back) {
  switch (sound) {
    case Sound::kVowel:
    case Sound::kSemivowel:
    case Sound::kSonorant:
      return Pick(back, "лар", "лер");
    case Sound::kLateral:
    case Sound::kNasal:
    case Sound::kVoiced:
      return Pick(back, "дар", "дер");
    case Sound::kVoiceless:
      return Pick(back, "тар", "тер");
  }
  return {};
}

// The case suffix after a third-person possessive: its own n-forms.
std::string PossessedCaseSuffix(Case c, bool back) {
  switch (c) {
    case Case::kNominative:
      return "";
    case Case::kGenitive:
      return std::string(Pick(back, "ның", "нің"));
    case Case::kDative:
      return std::string(Pick(back, "на", "не"));
    case Case::kAccusative:
      return "н";
    case Case::kLocative:
      return std::string(Pick(back, "нда", "нде"));
    case Case::kAblative:
      return std::string(Pick(back, "нан", "нен"));
    case Case::kInstrumental:
      return "мен";
    case Case::kAttributive:
      return std::string(Pick(back, "ндағы", "ндегі"));
  }
  return "";
}

std::string CaseSuffix(Case c, Sound sound, bool back) {
  const bool voiceless = sound == Sound::kVoiceless;
  switch (c) {
    case Case::kNominative:
      return "";
    case Case::kGenitive:
      if (sound == Sound::kVowel || sound == Sound::kNasal) {
        return std::string(Pick(back, "ның", "нің"));
      }
      return std::string(voiceless ? Pick(back, "тың", "тің") : Pick(back, "дың", "дің"));
    case Case::kAccusative:
      if (sound == Sound::kVowel) return std::string(Pick(back, "ны", "ні"));
      return std::string(voiceless ? Pick(back, "ты", "ті") : Pick(back, "ды", "ді"));
    case Case::kDative:
      return std::string(voiceless ? Pick(back, "қа", "ке") : Pick(back, "ға", "ге"));
    case Case::kLocative:
      return std::string(voiceless ? Pick(back, "та", "те") : Pick(back, "да", "де"));
    case Case::kAblative:
      if (sound == Sound::kNasal) return std::string(Pick(back, "нан", "нен"));
      return std::string(voiceless ? Pick(back, "тан", "тен") : Pick(back, "дан", "ден"));
    case Case::kInstrumental:
      if (sound == Sound::kVoiced) return "бен";
      return voiceless ? "пен" : "мен";
    case Case::kAttributive:
      return CaseSuffix(Case::kLocative, sound, back) + std::string(Pick(back, "ғы", "гі"));
  }
  return "";
}

// `word` with its last letter made `letter`.
void ReplaceLast(std::string& word, char32_t letter) {
  std::size_t pos = 0, last_begin = 0;
  while (pos < word.size()) {
    last_begin = pos;
    utf8::Decode(word, pos);
  }
  word.resize(last_begin);
  utf8::Append(word, letter);
}

// "мектеп" -> "мектеб", "халық" -> "халығ": the final voiceless stop a vowel makes voiced.
bool VoiceFinal(std::string& stem) {
  const char32_t last = LastLetter(stem);
  char32_t voiced = 0;
  if (last == U'к') voiced = U'г';
  if (last == U'қ') voiced = U'ғ';
  if (last == U'п') voiced = U'б';
  if (voiced == 0) return false;
  ReplaceLast(stem, voiced);
  return true;
}

// у is a vowel inside a word after a consonant ("референдум"); after a vowel it is a glide
// ("тау"), and at the end of a word the -у of a verbal noun ("кездесу", "оқу"), which takes the
// harmony of the vowel before it. `at_end`: the у is the word's last letter.
bool SoundingU(char32_t c, char32_t previous, bool at_end) {
  return c == U'у' && previous != 0 && !IsVowel(previous) && !at_end;
}

constexpr Case kCases[] = {Case::kNominative,   Case::kGenitive,   Case::kDative,
                           Case::kAccusative,   Case::kLocative,   Case::kAblative,
                           Case::kInstrumental, Case::kAttributive};

std::vector<Form> EveryForm() {
  std::vector<Form> forms;
  for (const bool plural : {false, true}) {
    for (const bool possessive : {false, true}) {
      for (const Case c : kCases) forms.push_back(Form{plural, possessive, c});
    }
  }
  return forms;
}

// Every suffix string some form of some stem ends in, with the forms that may have made it:
// built once by inflecting a stem of each final sound and harmony, so that Stems looks a
// word's ending up instead of trying every form at every split.
// Keyed by views into `SuffixKeys`, so that a lookup allocates nothing.
using SuffixMap = std::unordered_map<std::string_view, std::vector<Form>>;

const SuffixMap& SuffixTable() {
  // The strings the table's views point into; never freed, like the table, so that a lookup
  // during shutdown reads nothing freed.
  static auto& keys = *new std::deque<std::string>();
  static const auto* table = [] {
    auto* suffixes = new SuffixMap();
    // One stem per final sound and harmony, with the stem's own letters taken off again.
    constexpr std::string_view kProbes[] = {"ата", "әке",  "тау", "үй",  "жер", "тар", "ауыл",
                                            "гүл", "адам", "сен", "қыз", "жүз", "ат",  "ет",
                                            "ақ",  "ек",   "тап", "теп", "сақ", "көк"};
    for (const std::string_view probe : kProbes) {
      for (const Form& form : EveryForm()) {
        for (const bool voice : {false, true}) {
          std::string stem(probe);
          if (voice && !VoiceFinal(stem)) continue;
          const std::string word = Inflect(probe, form, voice);
          // The suffix is what follows the (possibly voiced) stem.
          if (word.size() <= stem.size() || word.compare(0, stem.size(), stem) != 0) continue;
          const std::string suffix = word.substr(stem.size());
          auto it = suffixes->find(suffix);
          if (it == suffixes->end()) {
            it = suffixes->emplace(std::string_view(keys.emplace_back(suffix)), std::vector<Form>{})
                     .first;
          }
          std::vector<Form>& forms = it->second;
          const bool known = std::any_of(forms.begin(), forms.end(), [&](const Form& f) {
            return f.plural == form.plural && f.possessive == form.possessive &&
                   f.grammatical_case == form.grammatical_case;
          });
          if (!known) forms.push_back(form);
        }
      }
    }
    return suffixes;
  }();
  return *table;
}

}  // namespace

bool IsBack(std::string_view folded) {
  // Russian surnames in -ев, -ева take the harmony of their Kazakh root: "Тоқаевтың".
  std::string_view word = folded;
  if (word.ends_with("ева")) word.remove_suffix(std::string_view("ева").size());
  if (word.ends_with("ев")) word.remove_suffix(std::string_view("ев").size());
  if (word.empty()) word = folded;
  bool back = false;
  char32_t previous = 0;
  for (std::size_t pos = 0; pos < word.size();) {
    const char32_t c = utf8::Decode(word, pos);
    if (IsVowel(c) || SoundingU(c, previous, pos == word.size())) back = IsBackVowel(c);
    previous = c;
  }
  return back;
}

namespace {

// The harmony of a loanword whose last vowel is у after a consonant is not to be told from its
// spelling: "референдумға" but "металлургтер".
bool HarmonyUnsure(std::string_view folded) {
  char32_t previous = 0, last_vowel = 0;
  for (std::size_t pos = 0; pos < folded.size();) {
    const char32_t c = utf8::Decode(folded, pos);
    if (IsVowel(c) || SoundingU(c, previous, pos == folded.size())) last_vowel = c;
    previous = c;
  }
  return last_vowel == U'у';
}

// The suffixes `form` puts after `stem`, in harmony `back`. Short enough to stay in a string's
// own buffer most of the time: Stems compares them with a word's ending without allocating.
std::string SuffixOf(std::string_view stem, const Form& form, bool back) {
  std::string suffix;
  Sound sound = SoundOf(LastLetter(stem));
  if (form.plural) {
    suffix += PluralSuffix(sound, back);
    sound = Sound::kSonorant;  // -лар, -дар, -тар end in р
  }
  if (form.possessive) {
    suffix += sound == Sound::kVowel ? Pick(back, "сы", "сі") : Pick(back, "ы", "і");
    suffix += PossessedCaseSuffix(form.grammatical_case, back);
    return suffix;
  }
  suffix += CaseSuffix(form.grammatical_case, sound, back);
  return suffix;
}

std::string InflectWith(std::string_view stem, const Form& form, bool voice_final, bool back) {
  std::string word(stem);
  // A possessive's vowel voices a final stop the word asks to have voiced ("мектебі").
  if (voice_final && form.possessive && !form.plural &&
      SoundOf(LastLetter(word)) != Sound::kVowel) {
    VoiceFinal(word);
  }
  return word + SuffixOf(stem, form, back);
}

}  // namespace

std::string Inflect(std::string_view stem, const Form& form, bool voice_final) {
  return InflectWith(stem, form, voice_final, IsBack(stem));
}

std::vector<std::pair<std::string, Form>> AllForms(std::string_view stem) {
  std::vector<std::pair<std::string, Form>> forms;
  std::string voiced(stem);
  const bool voices = VoiceFinal(voiced);
  const bool back = IsBack(stem);
  const bool unsure = HarmonyUnsure(stem);
  for (const Form& form : EveryForm()) {
    forms.emplace_back(InflectWith(stem, form, false, back), form);
    if (voices && form.possessive && !form.plural) {
      forms.emplace_back(InflectWith(stem, form, true, back), form);
    }
    if (unsure && !(form == Form{}))
      forms.emplace_back(InflectWith(stem, form, false, !back), form);
  }
  return forms;
}

std::vector<Analysis> Stems(std::string_view folded, std::size_t min_stem_letters) {
  // The longest suffix a form has: plural, possessive and the attributive -ндағы.
  constexpr std::size_t kMaxSuffixLetters = 10;
  std::vector<Analysis> found;
  found.push_back(Analysis{std::string(folded), Form{}});
  const auto add = [&](std::string_view stem, const Form& form) {
    const bool seen = std::any_of(found.begin(), found.end(), [&](const Analysis& a) {
      return a.stem == stem && a.form == form;
    });
    if (!seen) found.push_back(Analysis{std::string(stem), form});
  };
  const auto& table = SuffixTable();
  // Split points from the shortest suffix to the longest, each a code point boundary; nothing
  // is built unless the word's ending is one the table holds.
  std::size_t split = folded.size();
  std::size_t stem_letters = utf8::Length(folded);
  for (std::size_t suffix_letters = 1; suffix_letters <= kMaxSuffixLetters; ++suffix_letters) {
    do {
      --split;
    } while (split > 0 && (static_cast<unsigned char>(folded[split]) & 0xC0) == 0x80);
    if (split == 0 || --stem_letters < min_stem_letters) break;
    const std::string_view stem = folded.substr(0, split);
    const std::string_view suffix = folded.substr(split);
    const auto it = table.find(suffix);
    if (it == table.end()) continue;
    const bool back = IsBack(stem);
    const bool unsure = HarmonyUnsure(stem);
    const char32_t last = LastLetter(stem);
    for (const Form& form : it->second) {
      if (SuffixOf(stem, form, back) != suffix &&
          !(unsure && SuffixOf(stem, form, !back) == suffix)) {
        continue;
      }
      add(stem, form);
      // A possessive voices a final stop: "мектебі" is "мектеп" + і.
      if (form.possessive && !form.plural && (last == U'г' || last == U'ғ' || last == U'б')) {
        std::string unvoiced(stem);
        ReplaceLast(unvoiced, last == U'г' ? U'к' : last == U'ғ' ? U'қ' : U'п');
        add(unvoiced, form);
      }
    }
  }
  return found;
}

std::string Nominative(std::string_view folded_surface, std::string_view stem, bool possessive) {
  Form form;
  form.possessive = possessive;
  const char32_t last = LastLetter(stem);
  const bool stop = last == U'к' || last == U'қ' || last == U'п';
  // The written word shows whether its stop was voiced: "мектебінде" -> "мектебі".
  const bool voiced = possessive && stop && !folded_surface.starts_with(stem);
  return Inflect(stem, form, voiced);
}

bool HasKazakhLetter(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    switch (utf8::ToLower(utf8::Decode(text, pos))) {
      case U'ә':
      case U'ғ':
      case U'қ':
      case U'ң':
      case U'ө':
      case U'ұ':
      case U'ү':
      case U'һ':
      case U'і':
        return true;
      default:
        break;
    }
  }
  return false;
}

}  // namespace kenes::kazakh
