// An attendance written back as words in a language kenes writes, for publications: "более 400" /
// "400-ден астам", "около 150" / "шамамен 150", "десятки" / "ондаған". The words are ones
// ParseAttendance reads (docs/attendance.md, "Written back in words") and read back to the same
// qualifier, value, low and high; the figure is in digits, from 10 000 up with its thousands
// grouped by a no-break space ("более 12 000", "12 000-нан астам").
#pragma once

#include <string>

#include "core/attendance.h"
#include "core/publication.h"

namespace kenes {

// `attendance` in `language`, by its qualifier's rule from the figure N the rule was applied to
// (value − 1 for more_than, value + 1 for almost and less_than, else value):
//
//   qualifier   Russian          Kazakh
//   exact       200              200
//   about       около 150        шамамен 150
//   order       порядка 2000     1600–2400 (Kazakh has no word for it: the range)
//   more_than   более 400        400-ден астам
//   at_least    не менее 50      кемінде 50
//   almost      почти 300        300-ге жуық
//   up_to       до 100           100-ге дейін
//   less_than   менее 50         50-ден кем
//   range       от 200 до 300    200–300
//   vague       десятки, тысячи, десятки тысяч ... / ондаған, мыңдаған, ондаған мың ...
//
// The Kazakh ending after the digits is KazakhEnding's (core/kazakh_ending.h). Words that would
// not read back to the same figure are not written: an attendance whose numbers follow no rule of
// its qualifier (one not made by ParseAttendance, MatchAttendancePrefix or ExactAttendance), and a
// Kazakh order, are written as their range ("от 180 до 220", "180–220"), or as the value alone
// when value, low and high agree.
std::string AttendanceText(const Attendance& attendance, PublicationLanguage language);

}  // namespace kenes
