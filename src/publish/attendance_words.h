// A meeting's attendance as a release says it: in the event's own words when they are in the
// release's language ("более 400", "400-ден астам"), otherwise the same qualifier said in the
// other language ("более 400" in a Kazakh release is "400-ден астам", "300-ге жуық" in a Russian
// one is "почти 300"). Whatever is written, ParseAttendance reads it back to the same low and high
// (and the same qualifier, but for "порядка" in Kazakh, which has no word for it: its range).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/attendance.h"
#include "core/publication.h"

namespace kenes::publish {

// The language the words of a figure are in: Kazakh when they have a Kazakh letter, a Kazakh
// qualifier or numeral, or a case ending after digits ("300-ден"); Russian for other words;
// nullopt for digits and signs alone ("57", "200–300"), which read the same in both.
std::optional<PublicationLanguage> FigureLanguage(std::string_view words);

// The figure as a `language` release writes it: attendance.text when it is in that language (or
// in digits alone), else AttendanceText (core/attendance_text.h) in that language.
// A unit word in the event's own words ("более 400 сотрудников") is kept.
std::string AttendanceWords(const Attendance& attendance, PublicationLanguage language);

}  // namespace kenes::publish
