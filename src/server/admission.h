// Admission control for costly requests (dashboards, reports, stats, analytics, audit
// verification, intake): at most `running` at once, about the number of cores, so that they do
// not take every request thread and the cheap reads (a record by id, places, /me) always find one;
// a bounded number waiting behind them, each account holding at most `per_account` of the places,
// so one account's burst cannot shut the others out; and, when the slots free up, the waiting
// account with the fewest requests running, and of those the one served longest ago, goes
// first. Everything beyond is refused at once with
// kUnavailable (a 503 with Retry-After), which is cheaper for everyone than an unbounded queue.
//
// Thread-safety: every method may be called from any thread.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <list>
#include <map>
#include <mutex>
#include <string>

#include "core/result.h"

namespace kenes::http {

class Admission {
 public:
  struct Limits {
    int running = 2;                             // costly requests computed at once
    int waiting = 8;                             // more may wait for a slot
    int per_account = 3;                         // running and waiting, of one account
    std::chrono::milliseconds max_wait{10'000};  // a waiter gives up after this
  };

  // Limits for a machine with `cores` cores.
  static Limits ForCores(int cores);

  explicit Admission(Limits limits) : limits_(limits) {}

  // Held while the costly work runs; its end admits the next.
  class Ticket {
   public:
    Ticket(Ticket&& other) noexcept : admission_(other.admission_), account_(other.account_) {
      other.admission_ = nullptr;
    }
    Ticket(const Ticket&) = delete;
    Ticket& operator=(const Ticket&) = delete;
    Ticket& operator=(Ticket&&) = delete;
    ~Ticket();

   private:
    friend class Admission;
    Ticket(Admission* admission, std::string account)
        : admission_(admission), account_(std::move(account)) {}
    Admission* admission_;
    std::string account_;
  };

  // A ticket, after waiting if need be; kUnavailable when the queue or the account's share is
  // full, when the wait ran out, or after Close.
  Result<Ticket> Enter(const std::string& account);

  // Refuses every request from now on and sends every waiter away (a server stopping).
  void Close();

  // For tests and logs.
  int running() const;
  int waiting() const;

 private:
  struct Waiter {
    std::string account;
    bool admitted = false;
  };
  void Leave(const std::string& account);
  // REQUIRES: mutex_ held. Admits waiters while slots are free, fewest-running account first.
  void AdmitWaiters();
  // REQUIRES: mutex_ held. Waiters not yet admitted.
  int Unadmitted() const;
  // REQUIRES: mutex_ held. One place of `account`'s is given back.
  void Release(const std::string& account);

  const Limits limits_;
  mutable std::mutex mutex_;  // guards everything below
  std::condition_variable changed_;
  int running_ = 0;
  std::list<Waiter> waiters_;                           // in arrival order
  std::map<std::string, int> running_of_;               // per account
  std::map<std::string, int> holding_of_;               // running + waiting, per account
  std::map<std::string, std::uint64_t> last_admitted_;  // while the account holds a place
  std::uint64_t admissions_ = 0;
  bool closed_ = false;
};

}  // namespace kenes::http
