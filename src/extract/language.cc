#include "extract/language.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "core/utf8.h"
#include "extract/lexicon_words.h"

namespace kenes::extract {
namespace {

// Which list a short word is on: one hash lookup a word instead of a walk through each list.
enum class FunctionWord : std::uint8_t { kNone, kRussian, kKazakh, kKyrgyz, kEnglish };

FunctionWord FunctionWordOf(std::string_view word) {
  static const auto* const words = [] {
    auto* map = new std::unordered_map<std::string_view, FunctionWord>();
    for (const std::string_view w : words::kRussianFunctionWords) {
      map->emplace(w, FunctionWord::kRussian);
    }
    for (const std::string_view w : words::kKazakhFunctionWords) {
      map->emplace(w, FunctionWord::kKazakh);
    }
    for (const std::string_view w : words::kKyrgyzFunctionWords) {
      map->emplace(w, FunctionWord::kKyrgyz);
    }
    for (const std::string_view w : words::kEnglishFunctionWords) {
      map->emplace(w, FunctionWord::kEnglish);
    }
    return map;
  }();
  if (word.size() > 20) return FunctionWord::kNone;  // no function word is longer
  const auto it = words->find(word);
  return it == words->end() ? FunctionWord::kNone : it->second;
}

}  // namespace

std::string_view LanguageCode(Language language) {
  switch (language) {
    case Language::kUnknown:
      return "";
    case Language::kRussian:
      return "ru";
    case Language::kKazakh:
      return "kk";
    case Language::kMixed:
      return "mixed";
    case Language::kUzbek:
      return "uz";
    case Language::kKyrgyz:
      return "ky";
    case Language::kTajik:
      return "tg";
    case Language::kEnglish:
      return "en";
  }
  return "";
}

void LanguageVotes::Add(std::string_view folded, std::span<const LexHit> hits, bool name) {
  if (name) return;
  bool latin = false, kazakh = false, shared = false, uzbek = false, tajik = false;
  for (std::size_t pos = 0; pos < folded.size();) {
    // The letters looked for are all outside Russian's two-byte range (D0 80 – D1 8F) but for
    // і and ў (D1 96, D1 9E): most letters are passed over by their first byte.
    const auto lead = static_cast<unsigned char>(folded[pos]);
    if (lead < 0x80) {
      latin = latin || (lead >= 'a' && lead <= 'z');
      ++pos;
      continue;
    }
    if (lead == 0xD0 || (lead == 0xD1 && pos + 1 < folded.size() &&
                         static_cast<unsigned char>(folded[pos + 1]) < 0x90)) {
      pos += 2;
      continue;
    }
    const char32_t c = utf8::Decode(folded, pos);
    switch (c) {
      case U'ә':
      case U'ғ':
      case U'қ':
      case U'ұ':
      case U'і':
      case U'һ':
        kazakh = true;
        break;
      case U'ң':
      case U'ө':
      case U'ү':
        shared = true;
        break;
      case U'ў':
      case U'ҳ':
        uzbek = true;
        break;
      case U'ӣ':
      case U'ӯ':
      case U'ҷ':
        tajik = true;
        break;
      default:
        break;
    }
  }
  if (tajik) {
    ++tajik_;
    return;
  }
  if (uzbek) {
    ++uzbek_;
    return;
  }
  if (kazakh) {
    ++kazakh_;
    ++kazakh_letters_;
    return;
  }
  const FunctionWord function = FunctionWordOf(folded);
  if (function == FunctionWord::kKyrgyz) {
    ++kyrgyz_;
  } else if (shared) {
    ++kazakh_or_kyrgyz_;
  } else if (latin) {
    if (function == FunctionWord::kEnglish) ++english_;
  } else if (function == FunctionWord::kRussian) {
    ++russian_;
  } else if (function == FunctionWord::kKazakh) {
    ++kazakh_;
  } else if (!hits.empty()) {
    // A word only one language's lexicon knows: hits are in language order, so its first and
    // last hit tell.
    const LexLanguage first = hits.front().entry->language, last = hits.back().entry->language;
    russian_ += last == LexLanguage::kRussian;
    kazakh_ += first == LexLanguage::kKazakh;
  }
}

void LanguageVotes::Add(const LanguageVotes& other) {
  russian_ += other.russian_;
  kazakh_ += other.kazakh_;
  kazakh_letters_ += other.kazakh_letters_;
  kazakh_or_kyrgyz_ += other.kazakh_or_kyrgyz_;
  kyrgyz_ += other.kyrgyz_;
  uzbek_ += other.uzbek_;
  tajik_ += other.tajik_;
  english_ += other.english_;
}

Language LanguageVotes::Decide() const {
  // Letters of a third alphabet outweigh the rest: Uzbek and Tajik share most of their words'
  // letters with Russian and Kazakh.
  if (tajik_ >= 2 && tajik_ >= uzbek_) return Language::kTajik;
  if (uzbek_ >= 2 && uzbek_ * 2 >= kazakh_) return Language::kUzbek;
  // Kyrgyz writes ң ө ү but none of ә ғ қ ұ і һ.
  if (kazakh_letters_ == 0 && kyrgyz_ + kazakh_or_kyrgyz_ >= 2 && kyrgyz_ >= 1) {
    return Language::kKyrgyz;
  }
  if (english_ >= 2 && english_ > russian_ + kazakh_) return Language::kEnglish;
  const int kazakh = kazakh_ + kazakh_or_kyrgyz_;
  if (russian_ == 0 && kazakh == 0) return Language::kUnknown;
  // A Kazakh name in a Russian sentence ("в «Қаратал» КМП") is no Kazakh sentence: each
  // language needs a good share of the words that say.
  const int smaller = std::min(russian_, kazakh), larger = std::max(russian_, kazakh);
  if (smaller >= 2 && smaller * 10 >= larger * 4) return Language::kMixed;
  return russian_ >= kazakh ? Language::kRussian : Language::kKazakh;
}

Language DocumentLanguage(std::span<const Language> sentences, std::span<const int> words) {
  std::array<long, 8> weight{};
  long said = 0;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    if (sentences[s] == Language::kUnknown) continue;
    weight[static_cast<std::size_t>(sentences[s])] += words[s];
    said += words[s];
  }
  if (said == 0) return Language::kUnknown;
  const auto share = [&](Language language) {
    return static_cast<double>(weight[static_cast<std::size_t>(language)]) / said;
  };
  for (const Language third :
       {Language::kUzbek, Language::kKyrgyz, Language::kTajik, Language::kEnglish}) {
    if (share(third) > 0.5) return third;
  }
  if (share(Language::kRussian) >= 0.85) return Language::kRussian;
  if (share(Language::kKazakh) >= 0.85) return Language::kKazakh;
  const double read =
      share(Language::kRussian) + share(Language::kKazakh) + share(Language::kMixed);
  if (read == 0) return Language::kUnknown;
  if (share(Language::kMixed) > 0 ||
      (share(Language::kRussian) > 0 && share(Language::kKazakh) > 0)) {
    return Language::kMixed;
  }
  return share(Language::kRussian) >= share(Language::kKazakh) ? Language::kRussian
                                                               : Language::kKazakh;
}

LexLanguage LexiconLanguage(Language language) {
  switch (language) {
    // A text whose words say nothing of their language (a list of names) is read as Russian,
    // the language most releases are in.
    case Language::kUnknown:
    case Language::kRussian:
      return LexLanguage::kRussian;
    case Language::kKazakh:
      return LexLanguage::kKazakh;
    default:
      return LexLanguage::kNeutral;
  }
}

}  // namespace kenes::extract
