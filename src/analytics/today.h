// The civil date in Kazakhstan, which keeps one time zone, UTC+5, since 1 March 2024: "today"
// for days since the last visit and for planned events that are overdue.
#pragma once

#include "core/date.h"

namespace kenes::analytics {

Date TodayInKazakhstan();

}  // namespace kenes::analytics
