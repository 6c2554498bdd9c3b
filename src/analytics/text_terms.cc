#include "analytics/text_terms.h"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <unordered_set>

#include "core/utf8.h"

namespace kenes::analytics {
namespace {

constexpr std::uint32_t kStopWord = 0xFFFFFFFF;

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
      // Kazakh
      "және", "мен", "бен", "пен", "бұл", "сол", "осы", "үшін", "туралы", "ғана", "бар", "жоқ",
      "емес", "қалай", "неге", "неліктен", "қандай", "біз", "сіз", "сен", "олар", "бойынша",
      "арқылы", "дейін", "кейін", "немесе", "барлық", "өте", "қазір", "қашан", "кім", "нені",
      "ала", "бола", "болады", "болса", "болып", "деп", "дейді", "тағы", "әрі", "сондай",
  };
  // clang-format on
  return words;
}

bool IsKazakhLetter(char32_t c) {
  switch (c) {
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
      return false;
  }
}

bool HasKazakhLetter(std::string_view word) {
  for (std::size_t pos = 0; pos < word.size();) {
    if (IsKazakhLetter(utf8::Decode(word, pos))) return true;
  }
  return false;
}

// Strips the first of `suffixes` `word` ends with, when at least three letters remain; `which`
// receives the suffix stripped.
bool StripOne(std::string& word, std::initializer_list<std::string_view> suffixes,
              std::string_view* which = nullptr) {
  for (std::string_view suffix : suffixes) {
    if (word.size() <= suffix.size() || !word.ends_with(suffix)) continue;
    if (utf8::Length(std::string_view(word).substr(0, word.size() - suffix.size())) < 3) continue;
    word.resize(word.size() - suffix.size());
    if (which) *which = suffix;
    return true;
  }
  return false;
}

}  // namespace

std::string StripKazakhEndings(std::string_view input) {
  std::string word(input);
  // Case, then possessive, then plural, as the endings stack from the end of a word: жұмысшы-лар-
  // дың, құқық-тар-ы. An ending that carries the possessive with the case (тіл-іне) ends the
  // possessive round too, so a stem's own last vowel is not taken for one.
  static constexpr std::string_view kPossessiveCase[] = {"ына",  "іне",  "ында", "інде",
                                                         "ынан", "інен", "ын",   "ін"};
  std::string_view stripped;
  StripOne(word, {"ынан", "інен", "ында", "інде", "ның", "нің", "дың", "дің", "тың", "тің",
                  "ына",  "іне",  "нда",  "нде",  "дан", "ден", "тан", "тен", "нан", "нен",
                  "мен",  "бен",  "пен",  "ға",   "ге",  "қа",  "ке",  "да",  "де",  "та",
                  "те",   "ды",   "ді",   "ты",   "ті",  "ны",  "ні",  "ын",  "ін"},
           &stripped);
  const bool possessive_done = std::find(std::begin(kPossessiveCase), std::end(kPossessiveCase),
                                         stripped) != std::end(kPossessiveCase);
  if (!possessive_done) StripOne(word, {"ымыз", "іміз", "сы", "сі", "ы", "і"});
  StripOne(word, {"лар", "лер", "дар", "дер", "тар", "тер"});
  return word;
}

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

TermExtractor::TermExtractor() : stemmer_(std::make_unique<Stemmer>()) {}
TermExtractor::~TermExtractor() = default;

std::uint32_t TermExtractor::TermOfNewWord(const std::string& word) {
  if (utf8::Length(word) < 3 || StopWords().contains(word)) return kStopWord;
  std::string stem = word;
  if (HasKazakhLetter(stem)) stem = StripKazakhEndings(stem);
  if (!HasKazakhLetter(stem)) stem = stemmer_->Russian(stem);
  auto [it, added] = terms_.emplace(stem, static_cast<std::uint32_t>(stems_.size()));
  if (added) stems_.push_back(stem);
  return it->second;
}

void TermExtractor::Extract(std::string_view text, std::vector<std::uint32_t>& terms) {
  std::string word;
  auto finish = [&] {
    if (word.empty()) return;
    auto it = words_.find(word);
    if (it == words_.end()) it = words_.emplace(word, Word{TermOfNewWord(word), 0}).first;
    ++it->second.seen;
    if (it->second.term != kStopWord) terms.push_back(it->second.term);
    word.clear();
  };
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t c = utf8::Decode(text, pos);
    if (!utf8::IsLetter(c)) {
      finish();
      continue;
    }
    c = utf8::ToLower(c);
    utf8::Append(word, c == U'ё' ? U'е' : c);
  }
  finish();
}

std::string TermExtractor::Label(std::uint32_t term) const {
  const std::string* best = nullptr;
  std::uint32_t best_seen = 0;
  for (const auto& [word, entry] : words_) {
    if (entry.term != term) continue;
    if (entry.seen > best_seen || (entry.seen == best_seen && best && word < *best)) {
      best = &word;
      best_seen = entry.seen;
    }
  }
  return best ? *best : stems_[term];
}

}  // namespace kenes::analytics
