// Where the store reads the time it stamps on records, so tests can fix it.
#pragma once

#include <string>

namespace kenes {

class Clock {
 public:
  virtual ~Clock() = default;
  // Now, in UTC, as "YYYY-MM-DDTHH:MM:SSZ".
  virtual std::string NowUtc() const = 0;
};

// The system clock.
const Clock& SystemClock();

}  // namespace kenes
