// The form a noun takes after a number, in the three languages kenes prints: "1 meeting",
// "5 meetings"; "1 встреча", "3 встречи", "11 встреч"; "5 кездесу" (a Kazakh noun does not change
// after a numeral).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kenes {

enum class PluralRules : std::uint8_t { kEnglish, kRussian, kKazakh };

// A noun's forms after a numeral. English reads `one` and `many`; Russian all three (встреча after
// 1, 21, 101; встречи after 2-4, 22-24; встреч after 0, 5-20, 25-30, 111-114); Kazakh only `one`.
struct CountedNoun {
  std::string_view one;
  std::string_view few;
  std::string_view many;
};

// The form of `noun` that follows `count` under `rules`.
std::string_view NounAfter(std::uint64_t count, PluralRules rules, const CountedNoun& noun);

// "<count> <form>": Counted(1, kEnglish, {"meeting", "meetings", "meetings"}) is "1 meeting".
std::string Counted(std::uint64_t count, PluralRules rules, const CountedNoun& noun);

}  // namespace kenes
