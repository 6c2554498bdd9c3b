// A time limit on the database reads of what this thread is doing: a server request, so that no
// request holds a connection and a core for minutes. While a QueryDeadline lives, every
// Store::Read begun on the thread stops once the limit passes (SQLite interrupts the statement,
// PostgreSQL's statement_timeout cancels it) and fails with kUnavailable naming the limit. Writes
// are not limited: a write interrupted halfway would only roll back work someone asked for, and
// imports of millions of rows legitimately take minutes. Without a QueryDeadline (the command
// line, exports) reads take as long as they need.
#pragma once

#include <chrono>
#include <optional>

#include "core/result.h"

namespace kenes {

class QueryDeadline {
 public:
  using Clock = std::chrono::steady_clock;

  explicit QueryDeadline(std::chrono::milliseconds limit);
  // No limit while it lives, whatever was set around it: for shared work a request happens to
  // trigger (analytics catching up with the store), which must not stop halfway for one caller.
  static QueryDeadline Lifted() { return QueryDeadline(); }
  ~QueryDeadline();
  QueryDeadline(const QueryDeadline&) = delete;
  QueryDeadline& operator=(const QueryDeadline&) = delete;

  // The deadline of this thread, if one is set, and the limit it was set with.
  static std::optional<Clock::time_point> Current();
  static std::chrono::milliseconds Limit();

  // The error of a read stopped by its deadline.
  static Error Exceeded();

 private:
  QueryDeadline();
  std::optional<Clock::time_point> previous_;
  std::chrono::milliseconds previous_limit_;
};

}  // namespace kenes
