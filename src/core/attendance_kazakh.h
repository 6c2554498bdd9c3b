// Attendance written back in Kazakh, for publications: "400-ден астам", "300-ге жуық", "шамамен
// 150", "мыңдаған". The words are ones ParseAttendance reads (docs/attendance.md, "Written in
// Kazakh"), chosen so that the text reads back to the same qualifier, value, low and high; the
// figure is written in digits, with the case ending its Kazakh reading takes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/attendance.h"
#include "core/number_words.h"

namespace kenes {

// `attendance` in Kazakh: exact "200", about "шамамен 150", more_than "400-ден астам", at_least
// "кемінде 50", almost "300-ге жуық", up_to "100-ге дейін", less_than "50-ден кем", range
// "200–300", vague "ондаған", "жүздеген", "мыңдаған", "ондаған мың", "бірнеше" ... Figures of 10
// 000 and more have their thousands grouped by a no-break space ("12 000-нан астам").
//
// Kazakh has no word for order ("порядка"): an order figure is written as its range ("1600–2400"),
// which reads back to the same value, low and high, but as a range. So is any attendance whose
// value, low and high follow no rule of its qualifier (one not made by ParseAttendance,
// MatchAttendancePrefix or ExactAttendance): "low–high", or the value alone when all three agree.
std::string KazakhAttendanceText(const Attendance& attendance);

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
