#include "analytics/text_terms.h"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <map>
#include <unordered_set>

#include "core/kazakh_morphology.h"
#include "core/utf8.h"

namespace kenes::analytics {
namespace {

// Words too common to tell one theme from another: the Snowball Russian stop list, question and
// connecting words of feedback, and their Kazakh counterparts. Words of under three letters are
// dropped before this list is asked.
const std::unordered_set<std::string_view>& StopWords() {
  // clang-format off
  static const std::unordered_set<std::string_view> words = {
      // Russian
      "что", "как", "так", "его", "она", "они", "оно", "все", "всё", "еще", "ещё", "уже", "или",
      "если", "когда", "даже", "только", "теперь", "вдруг", "ли", "быть", "был", "была", "были",
      "было", "будет", "будут", "будем", "него", "нее", "неё", "ней", "ним", "них", "нас", "вас",
      "вам", "нам", "мне", "меня", "тебя", "себя", "себе", "ему", "ей", "их", "наш", "наша",
      "наше", "наши", "нашей", "наших", "нашего", "ваш", "ваша", "ваше", "ваши", "свой", "своя",
      "свои", "свою", "своих", "этот", "эта", "это", "эти", "этого", "этой", "этом", "этих", "эту",
      "этим", "тот", "того", "том", "тем", "той", "тех", "там", "тут", "здесь", "где", "куда",
      "откуда", "зачем", "почему", "потому", "чтобы", "чтоб", "чем", "чего", "кто", "кого", "кому",
      "какой", "какая", "какое", "какие", "каким", "какими", "каких", "каков", "который", "которая",
      "которое", "которые", "которых", "которым", "для", "без", "под", "над", "при", "про", "через",
      "после", "перед", "между", "около", "также", "тоже", "однако", "ведь", "вот", "нет", "нибудь",
      "опять", "потом", "тогда", "можно", "нельзя", "надо", "нужно", "ничего", "всего", "всех",
      "всем", "всей", "весь", "вся", "более", "менее", "очень", "много", "мало", "хотя", "хоть",
      "разве", "впрочем", "конечно", "сам", "сама", "сами", "самый", "самая", "один", "одна",
      "одно", "два", "три", "иногда", "всегда", "никогда", "сейчас", "пожалуйста", "просим",
      "прошу", "хотелось", "хотим", "хочу", "спасибо", "вопрос", "вопросы",
      // How a question is framed says nothing of what it is about: "что изменится в ...",
      // "станет ли ...", "получит ли ...".
      "изменится", "изменятся", "изменит", "изменят", "измениться", "изменение", "изменения",
      "изменений", "поменяется", "станет", "станут", "стал", "стало", "получит", "получат",
      "сохранится", "сохранятся", "будущем",
      // A stance says how people feel, not what about: "против продажи земли" is about land.
      "против", "поддерживаю", "поддерживаем", "согласен", "согласны", "қарсы", "қарсымын",
      "қарсымыз", "қолдаймын", "қолдаймыз", "келісемін",
      // Kazakh
      "және", "мен", "бен", "пен", "бұл", "сол", "осы", "үшін", "туралы", "ғана", "бар", "жоқ",
      "емес", "қалай", "неге", "неліктен", "қандай", "біз", "сіз", "сен", "олар", "бойынша",
      "арқылы", "дейін", "кейін", "немесе", "барлық", "өте", "қазір", "қашан", "кім", "нені",
      "ала", "бола", "болады", "болса", "болып", "деп", "дейді", "тағы", "әрі", "сондай",
      "керек", "ретінде", "өзгереді", "өзгере", "өзгермей", "сақтала", "сақталады", "қалады",
      "бермек", "бере", "береді", "алады", "оның", "олардың", "оған",
  };
  // clang-format on
  return words;
}

// Calls `visit(word, begin, end, after_break)` for each word of letters in `text`, the word
// folded (lower case, ё as е); `after_break` when anything but white space stands between the
// word and the one before it.
template <class Visit>
void ForEachWord(std::string_view text, Visit visit) {
  std::string word;
  std::size_t begin = 0;
  bool after_break = false, pending_break = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t at = pos;
    char32_t c = utf8::Decode(text, pos);
    if (!utf8::IsLetter(c)) {
      if (!word.empty()) {
        visit(word, begin, at, after_break);
        word.clear();
      }
      if (c != U' ' && c != U'\t' && c != U'\n' && c != U'\r' && c != 0xA0) pending_break = true;
      continue;
    }
    if (word.empty()) {
      begin = at;
      after_break = pending_break;
      pending_break = false;
    }
    c = utf8::ToLower(c);
    utf8::Append(word, c == U'ё' ? U'е' : c);
  }
  if (!word.empty()) visit(word, begin, text.size(), after_break);
}

// Among kazakh::Stems's readings of `word`, the shortest stem in `known` (any, when `known` is
// null); ties go to the later reading, which kazakh::Stems lists with more peeled or unvoiced.
std::string ShortestReading(std::string_view word,
                            const std::unordered_map<std::string, std::string>* known) {
  std::string best;
  std::size_t best_letters = 0;
  for (const kazakh::Analysis& reading : kazakh::Stems(word, 3)) {
    if (known && !known->contains(reading.stem)) continue;
    const std::size_t letters = utf8::Length(reading.stem);
    if (best.empty() || letters <= best_letters) {
      best = reading.stem;
      best_letters = letters;
    }
  }
  return best;
}

// Words that join the parts of a title: "Права и свободы", "Тәуелсіздік және теңдік".
bool IsConjunction(std::string_view word) {
  return word == "и" || word == "а" || word == "или" || word == "және" || word == "мен" ||
         word == "бен" || word == "пен" || word == "немесе";
}

}  // namespace

struct TermExtractor::Stemmer {
  sb_stemmer* russian = sb_stemmer_new("russian", "UTF_8");
  ~Stemmer() { sb_stemmer_delete(russian); }
  std::string Russian(const std::string& word) const {
    const sb_symbol* stem = sb_stemmer_stem(
        russian, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (!stem) return word;  // out of memory in the stemmer: the word itself is a fair term
    return std::string(reinterpret_cast<const char*>(stem), sb_stemmer_length(russian));
  }
};

TermExtractor::TermExtractor() : stemmer_(std::make_unique<Stemmer>()) {
  for (const TermPair& pair : CommonTerms()) {
    std::string term;
    ForEachWord(pair.russian, [&](const std::string& word, std::size_t, std::size_t, bool) {
      std::string stem = stemmer_->Russian(word);
      if (term.empty()) term = stem;
      russian_terms_.emplace(std::move(stem), term);
    });
    ForEachWord(pair.kazakh, [&](const std::string& word, std::size_t, std::size_t, bool) {
      common_kazakh_.emplace(word, term);
    });
  }
  RebuildKazakhMap();
}

TermExtractor::~TermExtractor() = default;

void TermExtractor::RebuildKazakhMap() {
  kazakh_terms_ = common_kazakh_;
  for (const auto& [stem, term] : title_kazakh_) kazakh_terms_.emplace(stem, term);
}

std::string TermExtractor::KazakhStem(std::string_view word, bool in_kazakh_text) const {
  // A stem the bilingual map knows is the reading to trust: kazakh::Stems offers every way the
  // suffixes could have stacked ("зейнетақы" is also "зейнетақ" + possessive), and the map
  // says which stem is a word. Otherwise the shortest reading, so that every form of a stem
  // peels back to it ("жерді", "жерлерін", "жердің" → "жер"). An unknown stem ending in ы/і
  // loses that vowel in its bare form, read as a possessive, and keeps it before a case
  // ("...ыны"): two terms for one word, the price of reading without a lexicon.
  std::string known = ShortestReading(word, &kazakh_terms_);
  if (!known.empty()) return known;
  if (!in_kazakh_text && !kazakh::HasKazakhLetter(word)) return {};
  return ShortestReading(word, nullptr);
}

std::string TermExtractor::RussianTerm(const std::string& word) const {
  std::string stem = stemmer_->Russian(word);
  if (auto it = russian_terms_.find(stem); it != russian_terms_.end()) return it->second;
  return stem;
}

std::uint32_t TermExtractor::TermOfNewWord(std::string_view word, bool in_kazakh_text) {
  if (utf8::Length(word) < 3 || StopWords().contains(word)) return kNotCounted;
  std::string stem = KazakhStem(word, in_kazakh_text);
  if (stem.empty()) {
    stem = RussianTerm(std::string(word));
  } else if (auto it = kazakh_terms_.find(stem); it != kazakh_terms_.end()) {
    stem = it->second;
  } else if (!kazakh::HasKazakhLetter(stem)) {
    stem = RussianTerm(stem);  // a loanword: "конституцияның" → конституция → конституц
  }
  auto [it, added] = terms_.emplace(stem, static_cast<std::uint32_t>(stems_.size()));
  if (added) stems_.push_back(stem);
  return it->second;
}

TermExtractor::Word& TermExtractor::Entry(const std::string& word, bool in_kazakh_text,
                                          std::string& key) {
  // In a Kazakh text a word without Kazakh letters ("мектепте", "капиталды") is read as Kazakh
  // too, so it is kept apart from the same letters in a Russian text.
  const std::string* found_by = &word;
  if (in_kazakh_text && !kazakh::HasKazakhLetter(word)) {
    key.assign(1, kInKazakhText);
    key += word;
    found_by = &key;
  }
  auto it = words_.find(*found_by);
  if (it == words_.end()) {
    it = words_.emplace(*found_by, Word{TermOfNewWord(word, in_kazakh_text), 0}).first;
  }
  return it->second;
}

void TermExtractor::Extract(std::string_view text, std::vector<std::uint32_t>& terms) {
  const bool in_kazakh_text = kazakh::HasKazakhLetter(text);
  std::string key;
  ForEachWord(text, [&](const std::string& word, std::size_t, std::size_t, bool) {
    Word& entry = Entry(word, in_kazakh_text, key);
    ++entry.seen;
    if (entry.term != kNotCounted) terms.push_back(entry.term);
  });
}

void TermExtractor::Words(std::string_view text, std::vector<TextWord>& words) {
  const bool in_kazakh_text = kazakh::HasKazakhLetter(text);
  std::string key;
  ForEachWord(
      text, [&](const std::string& word, std::size_t begin, std::size_t end, bool after_break) {
        words.push_back(TextWord{begin, end, Entry(word, in_kazakh_text, key).term, after_break});
      });
}

bool TermExtractor::AlignTitles(std::span<const BilingualTitle> titles) {
  // A title pair is aligned word by word only where no choice is left: the words the hand list
  // already pairs are set aside, the titles are cut into parts at punctuation and conjunctions
  // ("Независимость и равенство" / "Тәуелсіздік және теңдік"), and when both have as many
  // parts, a part with exactly one word left on each side pairs those two; then, over the whole
  // title, one word left on each side pairs too ("Принцип ..." / "... қағидаты"). Word order
  // is not trusted within a part: Russian puts the head noun first ("Поддержка
  // предпринимательства"), Kazakh last ("Кәсіпкерлікті қолдау"). A Kazakh stem paired with two
  // different Russian words by two titles is dropped.
  using Parts = std::vector<std::vector<std::string>>;  // the words left, by part
  const auto parts_of = [&](std::string_view title, bool kazakh) {
    Parts parts(1);
    ForEachWord(title, [&](const std::string& word, std::size_t, std::size_t, bool after_break) {
      if (after_break && !parts.back().empty()) parts.emplace_back();
      if (IsConjunction(word)) {
        if (!parts.back().empty()) parts.emplace_back();
        return;
      }
      if (utf8::Length(word) < 3 || StopWords().contains(word)) return;
      if (kazakh) {
        if (!ShortestReading(word, &common_kazakh_).empty()) return;  // paired by the hand list
        parts.back().push_back(ShortestReading(word, nullptr));
      } else {
        const std::string stem = stemmer_->Russian(word);
        if (russian_terms_.contains(stem)) return;
        parts.back().push_back(stem);
      }
    });
    if (parts.back().empty()) parts.pop_back();
    return parts;
  };
  std::unordered_map<std::string, std::vector<std::string>> pairs;  // Kazakh stem -> Russian
  const auto pair = [&](const std::string& kazakh, const std::string& russian) {
    if (kazakh.empty()) return;
    auto& to = pairs[kazakh];
    if (std::find(to.begin(), to.end(), russian) == to.end()) to.push_back(russian);
  };
  for (const BilingualTitle& title : titles) {
    Parts russian = parts_of(title.russian, false);
    Parts kazakh = parts_of(title.kazakh, true);
    if (russian.size() == kazakh.size()) {
      for (std::size_t i = 0; i < russian.size(); ++i) {
        if (russian[i].size() == 1 && kazakh[i].size() == 1) {
          pair(kazakh[i][0], russian[i][0]);
          russian[i].clear();
          kazakh[i].clear();
        }
      }
    }
    std::vector<std::string> russian_left, kazakh_left;
    for (auto& part : russian) russian_left.insert(russian_left.end(), part.begin(), part.end());
    for (auto& part : kazakh) kazakh_left.insert(kazakh_left.end(), part.begin(), part.end());
    if (russian_left.size() == 1 && kazakh_left.size() == 1) pair(kazakh_left[0], russian_left[0]);
  }
  StemMap aligned;
  for (auto& [kazakh, russian] : pairs) {
    if (russian.size() != 1 || common_kazakh_.contains(kazakh)) continue;
    // A loanword both titles spell alike ("инновация", "инновации") meets without help.
    if (!kazakh::HasKazakhLetter(kazakh) && stemmer_->Russian(kazakh) == russian[0]) continue;
    aligned.emplace(kazakh, russian[0]);
  }
  if (aligned == title_kazakh_) return false;
  title_kazakh_ = std::move(aligned);
  RebuildKazakhMap();
  words_.clear();  // their terms were chosen under the old map
  return true;
}

std::string TermExtractor::Label(std::uint32_t term) const {
  // A word read in both kinds of text is cached twice; its counts add up.
  std::map<std::string_view, std::uint32_t> seen;  // ordered: ties go to the first word
  for (const auto& [word, entry] : words_) {
    if (entry.term != term) continue;
    std::string_view shown = word;
    if (shown.starts_with(kInKazakhText)) shown.remove_prefix(1);
    seen[shown] += entry.seen;
  }
  const std::string_view* best = nullptr;
  std::uint32_t best_seen = 0;
  for (const auto& [word, count] : seen) {
    if (count > best_seen) {
      best = &word;
      best_seen = count;
    }
  }
  return best ? std::string(*best) : stems_[term];
}

}  // namespace kenes::analytics
