#include "core/kazakh_ending.h"

#include "core/kazakh_morphology.h"
#include "core/utf8.h"

namespace kenes {

using number_words::KazakhCase;

std::string_view KazakhLastNumeral(std::int64_t n) {
  if (n == 0) return "нөл";
  if (n % 10 != 0) return number_words::KazakhNumeral(n % 10);
  if (n % 100 != 0) return number_words::KazakhNumeral(n % 100);
  if (n % 1000 != 0) return number_words::KazakhNumeral(100);
  // The largest multiplier that leaves no remainder: 6000 is алты мың, 2000000 екі миллион.
  std::int64_t multiplier = 1000;
  while (multiplier < 1'000'000'000 && (n / multiplier) % 1000 == 0) multiplier *= 1000;
  return number_words::KazakhNumeral(multiplier);
}

std::string KazakhEnding(std::int64_t n, KazakhCase grammatical_case) {
  // The suffix the last numeral said aloud takes, by the one table of Kazakh suffixes
  // (core/kazakh_morphology.h); the similative -дай is the locative's shape with й.
  const std::string word = utf8::ToLower(KazakhLastNumeral(n));
  const auto suffix = [&](kazakh::Case c) {
    kazakh::Form form;
    form.grammatical_case = c;
    return kazakh::Inflect(word, form).substr(word.size());
  };
  switch (grammatical_case) {
    case KazakhCase::kNone:
      break;
    case KazakhCase::kAblative:
      return suffix(kazakh::Case::kAblative);
    case KazakhCase::kDative:
      return suffix(kazakh::Case::kDative);
    case KazakhCase::kSimilative:
      return suffix(kazakh::Case::kLocative) + "й";
  }
  return {};
}

}  // namespace kenes
