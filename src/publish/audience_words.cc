#include "publish/audience_words.h"

#include <vector>

#include "core/kazakh_morphology.h"
#include "core/utf8.h"

namespace kenes::publish {
namespace {

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string Cut(std::string_view word, std::size_t bytes) {
  return std::string(word.substr(0, word.size() - bytes));
}

bool IsAdjectivePlural(std::string_view word) {
  return EndsWith(word, "ые") || EndsWith(word, "ие");
}

// A word that may start a new noun phrase after "и": a nominative plural, not a genitive
// ("искусства", "аулов").
bool LooksNominativePlural(std::string_view word) {
  return IsAdjectivePlural(word) || EndsWith(word, "ы") || EndsWith(word, "и") ||
         (EndsWith(word, "я") && !EndsWith(word, "ия"));
}

std::string NounInstrumental(std::string_view word) {
  const std::string lower = utf8::ToLower(word);
  if (lower == "люди") return Cut(word, 4) + "дьми";
  if (EndsWith(word, "ия")) return Cut(word, 2) + "ей";  // интеллигенция -> интеллигенцией
  if (EndsWith(word, "ь")) return std::string(word) + "ю";  // молодёжь -> молодёжью
  if (EndsWith(word, "ы")) return Cut(word, 2) + "ами";
  if (EndsWith(word, "я")) return Cut(word, 2) + "ями";
  if (EndsWith(word, "и")) {
    const std::string stem = Cut(word, 2);
    for (std::string_view hushing : {"г", "к", "х", "ж", "ш", "ч", "щ"}) {
      if (EndsWith(stem, hushing)) return stem + "ами";
    }
    return stem + "ями";
  }
  return std::string(word);
}

}  // namespace

std::string RussianInstrumental(std::string_view phrase) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < phrase.size()) {
    std::size_t end = phrase.find(' ', start);
    if (end == std::string_view::npos) end = phrase.size();
    if (end > start) words.push_back(phrase.substr(start, end - start));
    start = end + 1;
  }
  std::string out;
  bool in_head = true;  // adjectives and the head noun decline; its complement does not
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view word = words[i];
    std::string written(word);
    if (word == "и") {
      // "… и фермеры" starts another phrase; "… культуры и искусства" goes on the complement.
      if (i + 1 < words.size() && LooksNominativePlural(words[i + 1])) in_head = true;
    } else if (word == "с") {
      in_head = false;
    } else if (in_head) {
      if (IsAdjectivePlural(word)) {
        written = Cut(word, 4) + (EndsWith(word, "ые") ? "ыми" : "ими");
      } else {
        written = NounInstrumental(word);
        in_head = false;
      }
    }
    if (!out.empty()) out += ' ';
    out += written;
  }
  return out;
}

std::string KazakhInstrumental(std::string_view phrase) {
  const std::size_t space = phrase.rfind(' ');
  const std::string_view head =
      space == std::string_view::npos ? std::string_view() : phrase.substr(0, space + 1);
  const std::string_view last = space == std::string_view::npos ? phrase : phrase.substr(space + 1);
  const std::string lower = utf8::ToLower(last);
  const std::string inflected =
      kazakh::Inflect(lower, kazakh::Form{false, false, kazakh::Case::kInstrumental});
  // Keep the word as written (capitals, "IT"): only the suffix is new.
  return std::string(head) + std::string(last) + inflected.substr(lower.size());
}

}  // namespace kenes::publish
