// The load's worker runs every task posted, one at a time and in the order posted, and Finish
// waits for the last of them: the load reads what the tasks built only after Finish.
#include "analytics/ordered_worker.h"

#include <gtest/gtest.h>

#include <atomic>
#include <vector>

namespace kenes::analytics {
namespace {

TEST(OrderedWorker, RunsEveryTaskInTheOrderPostedAndFinishWaitsForThem) {
  std::vector<int> ran;  // touched by the tasks only, then read after Finish
  std::atomic<int> running{0};
  bool overlapped = false;
  OrderedWorker worker(2);  // a short queue: Post waits for room many times
  for (int i = 0; i < 1000; ++i) {
    worker.Post([&, i] {
      if (running.fetch_add(1) != 0) overlapped = true;
      ran.push_back(i);
      running.fetch_sub(1);
    });
  }
  worker.Finish();
  ASSERT_EQ(ran.size(), 1000u);
  for (int i = 0; i < 1000; ++i) EXPECT_EQ(ran[i], i);
  EXPECT_FALSE(overlapped);
}

TEST(OrderedWorker, RunsWhatWasPostedWhenDestroyedWithoutFinish) {
  // A load that fails halfway returns without Finish: the tasks still run before the worker
  // goes, so none is left holding what the load's caller frees next.
  int ran = 0;
  {
    OrderedWorker worker;
    for (int i = 0; i < 50; ++i) worker.Post([&] { ++ran; });
  }
  EXPECT_EQ(ran, 50);
}

}  // namespace
}  // namespace kenes::analytics
