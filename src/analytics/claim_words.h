// A campaign total said in words that are true for every value of its range, in Russian and
// Kazakh: "около 2,4 млн" / "шамамен 2,4 млн", "более 2 миллионов" / "2 миллионнан астам", else
// the range itself, "от 2,1 до 2,6 млн" / "2,1–2,6 млн". The reverse of the claim check
// (claim_check.h): the words kenes writes pass that check against the total they describe.
//
// The phrase is the strongest of these that holds:
//   - the figure itself, when low == high;
//   - about X (X round, one significant digit tried before two), when the whole range lies within
//     X ± ⌈X/10⌉, the "около" rule of docs/attendance.md;
//   - more than N (N the largest round number of two significant digits below low), when low > N
//     and high is within the "более" rule's reading of N, max(N + 1, ⌈5N/4⌉): "более" says the
//     total is above N, and kenes does not use it for a total far above (a range of 2,1–9 млн is
//     not "более 2 миллионов", though no value of it is below);
//   - else from A to B, low rounded down and high rounded up to two significant digits.
// Every phrase is one ParseAttendance reads, to a range that holds [low, high].
#pragma once

#include <cstdint>
#include <string>

namespace kenes::analytics {

enum class Words : std::uint8_t { kRussian, kKazakh };

// REQUIRES: 0 <= low <= high.
std::string StateTotal(std::int64_t low, std::int64_t high, Words language);

}  // namespace kenes::analytics
