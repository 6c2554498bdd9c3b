// Replaces the global operator new and delete of the core test program with ones that count and
// forward to malloc and free. malloc stays the allocator, so AddressSanitizer still sees every
// block; only the plain forms are replaced, the aligned and nothrow forms keep their library
// definitions (the nothrow ones call these).
#include "core/allocation_counter.h"

#include <atomic>
#include <cstdlib>
#include <new>

namespace kenes::testing {
namespace {

std::atomic<std::size_t> allocations{0};

void* Allocate(std::size_t size) {
  allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* block = std::malloc(size == 0 ? 1 : size)) return block;
  throw std::bad_alloc();
}

}  // namespace

std::size_t AllocationCount() { return allocations.load(std::memory_order_relaxed); }

}  // namespace kenes::testing

void* operator new(std::size_t size) { return kenes::testing::Allocate(size); }
void* operator new[](std::size_t size) { return kenes::testing::Allocate(size); }
void operator delete(void* block) noexcept { std::free(block); }
void operator delete[](void* block) noexcept { std::free(block); }
void operator delete(void* block, std::size_t) noexcept { std::free(block); }
void operator delete[](void* block, std::size_t) noexcept { std::free(block); }
