// The value of a result the test cannot go on without, or an exception naming what failed: for
// setting up a campaign, where a failed step is a broken test rather than a finding.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

#include "core/result.h"

namespace kenes::testing {

template <class T>
T Must(Result<T> result, const std::string& what) {
  if (!result.ok()) {
    throw std::runtime_error(what + ": " + result.error().field + ": " + result.error().message);
  }
  return std::move(result).value();
}

inline void MustOk(const Status& status, const std::string& what) {
  if (!status.ok()) {
    throw std::runtime_error(what + ": " + status.error().field + ": " + status.error().message);
  }
}

}  // namespace kenes::testing
