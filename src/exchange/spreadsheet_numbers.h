// How a spreadsheet stores dates and numbers, turned into the text an import reads. A workbook
// keeps a date as a number of days (20.02.2026 is 46073) and shows it as a date only through the
// cell's number format, so a reader must look at the format to know a date from a count.
#pragma once

#include <string>
#include <string_view>

namespace kenes {

enum class NumberShown { kNumber, kDate, kTime, kDateTime };

// What a number format shows: one of the built-in formats by id (14 is a short date, 20 a time
// of day...), or a custom format by its code ("dd.mm.yyyy", "[$-419]d mmmm yyyy", "h:mm").
NumberShown ShownAs(int format_id, std::string_view format_code);

// The text of a stored number shown as `shown`: "2026-02-20", "14:30", "2026-02-20 14:30", or for
// a plain number its digits ("12", not "12.0" or "1.2E1"). `date1904` is the workbook's other
// calendar (old Mac files count days from 1904). Returns empty when `stored` is not a number.
std::string NumberText(std::string_view stored, NumberShown shown, bool date1904);

}  // namespace kenes
