#include "store/query_deadline.h"

#include <string>

namespace kenes {
namespace {

thread_local std::optional<QueryDeadline::Clock::time_point> t_deadline;
thread_local std::chrono::milliseconds t_limit{0};

}  // namespace

QueryDeadline::QueryDeadline(std::chrono::milliseconds limit)
    : previous_(t_deadline), previous_limit_(t_limit) {
  t_deadline = Clock::now() + limit;
  t_limit = limit;
}

QueryDeadline::QueryDeadline() : previous_(t_deadline), previous_limit_(t_limit) {
  t_deadline.reset();
  t_limit = std::chrono::milliseconds(0);
}

QueryDeadline::~QueryDeadline() {
  t_deadline = previous_;
  t_limit = previous_limit_;
}

std::optional<QueryDeadline::Clock::time_point> QueryDeadline::Current() { return t_deadline; }

std::chrono::milliseconds QueryDeadline::Limit() { return t_limit; }

Error QueryDeadline::Exceeded() {
  return Error{ErrorCode::kUnavailable,
               "the request's database work ran past its time limit of " +
                   std::to_string(t_limit.count()) +
                   " ms and was stopped; narrow it (a region, a period) or try again later",
               "time_limit"};
}

}  // namespace kenes
