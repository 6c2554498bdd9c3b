// The civil date in Kazakhstan, which keeps one time zone, UTC+5, since 1 March 2024: the default
// "as of" of the dashboard and the report (days since the last visit, planned events overdue), and
// the year of a press release that names none. Read from a Clock, so tests can fix it.
#pragma once

#include "core/date.h"
#include "store/clock.h"

namespace kenes {

Date TodayInKazakhstan(const Clock& clock);

}  // namespace kenes
