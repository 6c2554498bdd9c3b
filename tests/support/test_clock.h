// A clock the test sets: the store stamps records with it, and a test moves it forward instead of
// sleeping.
#pragma once

#include <string>

#include "core/instant.h"
#include "store/clock.h"

namespace kenes::testing {

class TestClock final : public Clock {
 public:
  std::string NowUtc() const override { return FormatUtc(now); }
  UnixSeconds now = ParseUtc("2026-02-24T09:00:00Z").value();
};

}  // namespace kenes::testing
