#include "store/query_deadline.h"

#include <string>

namespace kenes {
namespace {

thread_local std::optional<QueryDeadline::Clock::time_point> t_deadline;
thread_local std::chrono::milliseconds t_limit{0};
thread_local const std::atomic<bool>* t_stop = nullptr;
thread_local const std::atomic<bool>* t_server_stop = nullptr;

}  // namespace

QueryDeadline::QueryDeadline(std::chrono::milliseconds limit, const std::atomic<bool>* stop,
                             const std::atomic<bool>* server_stop)
    : previous_(t_deadline),
      previous_limit_(t_limit),
      previous_stop_(t_stop),
      previous_server_stop_(t_server_stop) {
  t_deadline = Clock::now() + limit;
  t_limit = limit;
  if (stop) {
    t_stop = stop;
    t_server_stop = server_stop ? server_stop : stop;
  }
}

QueryDeadline::QueryDeadline()
    : previous_(t_deadline),
      previous_limit_(t_limit),
      previous_stop_(t_stop),
      previous_server_stop_(t_server_stop) {
  t_deadline.reset();
  t_limit = std::chrono::milliseconds(0);
  t_stop = t_server_stop;
}

QueryDeadline::~QueryDeadline() {
  t_deadline = previous_;
  t_limit = previous_limit_;
  t_stop = previous_stop_;
  t_server_stop = previous_server_stop_;
}

const std::atomic<bool>* QueryDeadline::StopFlag() { return t_stop; }

bool QueryDeadline::Stopping() { return t_stop && t_stop->load(std::memory_order_relaxed); }

std::optional<QueryDeadline::Clock::time_point> QueryDeadline::Current() { return t_deadline; }

std::chrono::milliseconds QueryDeadline::Limit() { return t_limit; }

Error QueryDeadline::Exceeded() {
  return Error{ErrorCode::kUnavailable,
               "the request's database work ran past its time limit of " +
                   std::to_string(t_limit.count()) +
                   " ms and was stopped; narrow it (a region, a period) or try again later",
               "time_limit"};
}

Error QueryDeadline::Stopped() {
  if (t_server_stop && !t_server_stop->load()) {
    return Error{ErrorCode::kUnavailable,
                 "the client closed its connection before the answer, so the request's database "
                 "work was stopped; nothing it was writing was kept",
                 "client"};
  }
  return Error{ErrorCode::kUnavailable,
               "the server is stopping and ended this request's database work; nothing it was "
               "writing was kept: send it again in a moment",
               "server"};
}

Error QueryDeadline::Interrupted() { return Stopping() ? Stopped() : Exceeded(); }

}  // namespace kenes
