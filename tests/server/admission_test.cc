// Admission of costly requests: a bounded number run, a bounded number wait, one account cannot
// take every place, the account with least running goes first, and cheap reads are never held.
#include "server/admission.h"

#include <gtest/gtest.h>

#include <thread>

#include "support/test_server.h"

namespace kenes {
namespace {

using http::Admission;
using namespace std::chrono_literals;

Admission::Limits Small() {
  Admission::Limits limits;
  limits.running = 1;
  limits.waiting = 2;
  limits.per_account = 2;
  limits.max_wait = 5s;
  return limits;
}

TEST(Admission, OneAccountCannotTakeEveryPlace) {
  Admission admission(Small());
  auto first = admission.Enter("observer");
  ASSERT_TRUE(first.ok());
  // The observer's second request would wait; its third is refused at once.
  std::thread second([&] { EXPECT_TRUE(admission.Enter("observer").ok()); });
  while (admission.waiting() < 1) std::this_thread::yield();
  auto third = admission.Enter("observer");
  ASSERT_FALSE(third.ok());
  EXPECT_EQ(third.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(third.error().message.find("this account"), std::string::npos);
  { auto done = std::move(*first); }  // the first ends: the second runs
  second.join();
  EXPECT_EQ(admission.running(), 0);
}

TEST(Admission, AFullQueueIsRefusedAtOnceAndTheLeastBusyAccountGoesFirst) {
  Admission admission(Small());
  auto running = admission.Enter("observer");
  ASSERT_TRUE(running.ok());
  std::vector<std::string> order;
  std::mutex order_mutex;
  const auto wait_then_run = [&](const std::string& account) {
    auto ticket = admission.Enter(account);
    ASSERT_TRUE(ticket.ok()) << account;
    std::lock_guard lock(order_mutex);
    order.push_back(account);
  };
  std::thread observer([&] { wait_then_run("observer"); });
  while (admission.waiting() < 1) std::this_thread::yield();
  std::thread analyst([&] { wait_then_run("analyst"); });
  while (admission.waiting() < 2) std::this_thread::yield();
  // Two are waiting: the queue is full for anyone.
  auto refused = admission.Enter("coordinator");
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("busy"), std::string::npos);
  // The observer's request ends; the analyst, who has nothing running, goes before the
  // observer's second, though it came later.
  { auto done = std::move(*running); }
  observer.join();
  analyst.join();
  ASSERT_EQ(order.size(), 2u);
  EXPECT_EQ(order[0], "analyst");
}

TEST(Admission, ClosingSendsWaitersAway) {
  Admission admission(Small());
  auto running = admission.Enter("a");
  ASSERT_TRUE(running.ok());
  std::thread waiter([&] {
    auto ticket = admission.Enter("b");
    EXPECT_FALSE(ticket.ok());
  });
  while (admission.waiting() < 1) std::this_thread::yield();
  admission.Close();
  waiter.join();
  EXPECT_FALSE(admission.Enter("c").ok());
}

TEST(Admission, AWaiterGivesUpAfterItsWait) {
  Admission::Limits limits = Small();
  limits.max_wait = 50ms;
  Admission admission(limits);
  auto running = admission.Enter("a");
  ASSERT_TRUE(running.ok());
  auto late = admission.Enter("b");
  ASSERT_FALSE(late.ok());
  EXPECT_NE(late.error().message.find("too long"), std::string::npos);
  EXPECT_EQ(admission.waiting(), 0);
}

// Over HTTP: with every costly slot taken, a dashboard is a fast 503 with Retry-After, while a
// place lookup and /me are answered as usual.
TEST(AdmissionApi, ACostlyRequestBeyondTheLimitIs503AndCheapReadsGoOn) {
  Admission::Limits limits;
  limits.running = 1;
  limits.waiting = 0;
  limits.per_account = 1;
  testing::TestServer server(false, limits);
  auto held = server.server().admission().Enter("someone else");
  ASSERT_TRUE(held.ok());
  const testing::Reply busy = server.Get("/api/v1/dashboard");
  EXPECT_EQ(busy.status, 503) << busy.raw;
  EXPECT_EQ(busy.headers.count("Retry-After"), 1u);
  EXPECT_EQ(server.Get("/api/v1/stats").status, 503);
  EXPECT_EQ(server.Get("/api/v1/places?q=Осакаровка").status, 200);
  EXPECT_EQ(server.Get("/api/v1/me").status, 200);
  { auto done = std::move(*held); }
  EXPECT_EQ(server.Get("/api/v1/dashboard").status, 200);
}

}  // namespace
}  // namespace kenes
