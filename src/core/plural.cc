#include "core/plural.h"

namespace kenes {

std::string_view NounAfter(std::uint64_t count, PluralRules rules, const CountedNoun& noun) {
  switch (rules) {
    case PluralRules::kEnglish:
      return count == 1 ? noun.one : noun.many;
    case PluralRules::kRussian: {
      // The last two digits decide: 11-14 take the genitive plural like 5-20, whatever precedes.
      const std::uint64_t last_two = count % 100;
      const std::uint64_t last = count % 10;
      if (last_two >= 11 && last_two <= 14) return noun.many;
      if (last == 1) return noun.one;
      if (last >= 2 && last <= 4) return noun.few;
      return noun.many;
    }
    case PluralRules::kKazakh:
      return noun.one;
  }
  return noun.many;
}

std::string Counted(std::uint64_t count, PluralRules rules, const CountedNoun& noun) {
  std::string text = std::to_string(count);
  text += ' ';
  text += NounAfter(count, rules, noun);
  return text;
}

}  // namespace kenes
