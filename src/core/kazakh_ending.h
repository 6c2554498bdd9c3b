// The case ending a number written in digits takes in Kazakh: "400-ден астам", "300-ге жуық",
// "200-дей". It is the ending the number takes read aloud, so it follows the last word of that
// reading (docs/attendance.md, "The Kazakh ending"). The attendance writer (attendance_text.h) and
// the campaign totals (analytics/claim_words.h) write figures with it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/number_words.h"

namespace kenes {

// The word a number ends with when read aloud in Kazakh: 150 (жүз елу) → "елу", 6000 (алты мың)
// → "мың", 2000000 → "миллион", 0 → "нөл".
// REQUIRES: n >= 0
std::string_view KazakhLastNumeral(std::int64_t n);

// The ending `n` written in digits takes in `grammatical_case`: "ден" for 400 (төрт жүз), "нан"
// for 1000 (мың), "қа" for 40 (қырық). The last vowel of KazakhLastNumeral(n) chooses the back or
// front variant (vowel harmony), its last sound the first consonant: ablative -дан after a vowel,
// л, р, у, й, з, ж; -нан after м, н, ң; -тан after a voiceless consonant (б, в, г, д at the end of
// a word sound voiceless too: миллиардтан). Dative -ға after a vowel or a voiced consonant, -қа
// after a voiceless one. Similative -дай after a vowel or a voiced consonant, -тай after a
// voiceless one (the suffix table of core/kazakh_morphology.h). REQUIRES: n >= 0;
// grammatical_case is not kNone
std::string KazakhEnding(std::int64_t n, number_words::KazakhCase grammatical_case);

}  // namespace kenes
