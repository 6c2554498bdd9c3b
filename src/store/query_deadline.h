// A time limit on the database reads of what this thread is doing: a server request, so that no
// request holds a connection and a core for minutes. While a QueryDeadline lives, every
// Store::Read begun on the thread stops once the limit passes (SQLite interrupts the statement,
// PostgreSQL's statement_timeout cancels it) and fails with kUnavailable naming the limit. Writes
// are not limited: a write interrupted halfway would only roll back work someone asked for, and
// imports of millions of rows legitimately take minutes. Without a QueryDeadline (the command
// line, exports) reads take as long as they need.
//
// A deadline may also carry a stop flag: the server's, raised when it is told to stop. From then
// on every statement of the thread, read or write, stops at once (SQLite polls the flag; a
// PostgreSQL store cancels what is running when Store::InterruptStopped is called) and fails with
// kUnavailable saying the server is stopping. A write stopped so rolls back: nothing it did was
// acknowledged, so nothing acknowledged is lost.
#pragma once

#include <atomic>
#include <chrono>
#include <optional>

#include "core/result.h"

namespace kenes {

class QueryDeadline {
 public:
  using Clock = std::chrono::steady_clock;

  // `stop` is the flag the thread's work stops on; `server_stop`, the server's own flag, tells
  // why it rose: with the server's flag down, the request's client has gone. Without
  // `server_stop`, `stop` is taken for the server's.
  // REQUIRES: the flags, when given, outlive the deadline.
  explicit QueryDeadline(std::chrono::milliseconds limit, const std::atomic<bool>* stop = nullptr,
                         const std::atomic<bool>* server_stop = nullptr);
  // No limit while it lives, whatever was set around it: for shared work a request happens to
  // trigger (analytics catching up with the store), which must not stop halfway for one caller.
  // It stops on the server's flag only: a server that is stopping stops that work too, a client
  // that leaves does not.
  static QueryDeadline Lifted() { return QueryDeadline(); }
  ~QueryDeadline();
  QueryDeadline(const QueryDeadline&) = delete;
  QueryDeadline& operator=(const QueryDeadline&) = delete;

  // The deadline of this thread, if one is set, and the limit it was set with.
  static std::optional<Clock::time_point> Current();
  static std::chrono::milliseconds Limit();

  // The stop flag of this thread, if one is set; whether it is raised.
  static const std::atomic<bool>* StopFlag();
  static bool Stopping();

  // The error of a read stopped by its deadline.
  static Error Exceeded();
  // The error of a statement stopped by the stop flag: the server is stopping, or the request's
  // client has gone.
  static Error Stopped();
  // The error of a statement the database interrupted or cancelled: Stopped when this thread's
  // stop flag is raised, else Exceeded.
  static Error Interrupted();

 private:
  QueryDeadline();
  std::optional<Clock::time_point> previous_;
  std::chrono::milliseconds previous_limit_;
  const std::atomic<bool>* previous_stop_;
  const std::atomic<bool>* previous_server_stop_;
};

}  // namespace kenes
