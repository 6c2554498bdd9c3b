#include "server/admission.h"

#include <algorithm>

namespace kenes::http {
namespace {

Error Busy(const std::string& why) {
  return Error{ErrorCode::kUnavailable, why + "; retry in a moment", "retry_after"};
}

}  // namespace

Admission::Limits Admission::ForCores(int cores) {
  Limits limits;
  limits.running = std::max(2, cores);
  limits.waiting = 4 * limits.running;
  limits.per_account = std::max(2, limits.running);
  return limits;
}

Admission::Ticket::~Ticket() {
  if (admission_) admission_->Leave(account_);
}

Result<Admission::Ticket> Admission::Enter(const std::string& account) {
  std::unique_lock lock(mutex_);
  if (closed_) return Busy("the server is stopping");
  if (holding_of_[account] >= limits_.per_account) {
    return Busy("this account already has " + std::to_string(limits_.per_account) +
                " costly requests running or waiting");
  }
  if (running_ < limits_.running && Unadmitted() == 0) {
    ++running_;
    ++running_of_[account];
    ++holding_of_[account];
    last_admitted_[account] = ++admissions_;
    return Ticket(this, account);
  }
  if (Unadmitted() >= limits_.waiting) {
    return Busy("the server is busy with other costly requests");
  }
  ++holding_of_[account];
  auto me = waiters_.insert(waiters_.end(), Waiter{account, false});
  const auto deadline = std::chrono::steady_clock::now() + limits_.max_wait;
  changed_.wait_until(lock, deadline, [&] { return me->admitted || closed_; });
  if (me->admitted) {
    waiters_.erase(me);
    return Ticket(this, account);
  }
  waiters_.erase(me);
  Release(account);
  return Busy(closed_ ? "the server is stopping" : "the server stayed busy too long");
}

void Admission::Leave(const std::string& account) {
  std::lock_guard lock(mutex_);
  --running_;
  if (--running_of_[account] == 0) running_of_.erase(account);
  Release(account);
  AdmitWaiters();
}

void Admission::Release(const std::string& account) {
  if (--holding_of_[account] == 0) {
    holding_of_.erase(account);
    last_admitted_.erase(account);
  }
}

void Admission::AdmitWaiters() {
  // An account's place in line: fewest running first, then the one admitted longest ago (or
  // never), then arrival. Round-robin between accounts, whatever each sends.
  const auto rank = [&](const Waiter& waiter) {
    const auto runs = running_of_.find(waiter.account);
    const auto last = last_admitted_.find(waiter.account);
    return std::pair(runs == running_of_.end() ? 0 : runs->second,
                     last == last_admitted_.end() ? std::uint64_t{0} : last->second);
  };
  bool admitted = false;
  while (running_ < limits_.running) {
    Waiter* next = nullptr;
    for (Waiter& waiter : waiters_) {
      if (waiter.admitted) continue;
      if (!next || rank(waiter) < rank(*next)) next = &waiter;
    }
    if (!next) break;
    next->admitted = true;
    ++running_;
    ++running_of_[next->account];
    last_admitted_[next->account] = ++admissions_;
    admitted = true;
  }
  if (admitted) changed_.notify_all();
}

void Admission::Close() {
  std::lock_guard lock(mutex_);
  closed_ = true;
  changed_.notify_all();
}

int Admission::running() const {
  std::lock_guard lock(mutex_);
  return running_;
}

int Admission::waiting() const {
  std::lock_guard lock(mutex_);
  return Unadmitted();
}

int Admission::Unadmitted() const {
  return static_cast<int>(std::count_if(waiters_.begin(), waiters_.end(),
                                        [](const Waiter& waiter) { return !waiter.admitted; }));
}

}  // namespace kenes::http
