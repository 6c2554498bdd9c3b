// Counts calls of the global operator new in this test program (allocation_counter.cc replaces
// it), so a test can check that a hot path does not touch the heap.
#pragma once

#include <cstddef>

namespace kenes::testing {

// The number of operator new calls so far, on any thread.
std::size_t AllocationCount();

}  // namespace kenes::testing
