// libFuzzer entry point for the extractor. Not part of the normal build:
//
//   CXX=clang++ cmake -S . -B build-fuzz -DKENES_BUILD_FUZZ=ON -DKENES_BUILD_BENCH=OFF
//   cmake --build build-fuzz --target fuzz_extract
//   build-fuzz/tests/extract/fuzz_extract -max_len=20000 tests/extract/*/input.txt
//
// Add tests/extract/fuzz/*.txt to the seeds: Latin-script Kazakh in the three alphabets, with
// links, English and Cyrillic lines, for the transliteration in normalization (latin_kazakh.h).
// robustness_test.cc mutates them too.
//
// Any input must give an error or an extraction whose spans lie inside it, and its JSON.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/extraction_json.h"
#include "extract/extractor.h"
#include "test_gazetteer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kenes::extract;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  auto extraction = Extract(input, testing::TestGazetteer());
  if (!extraction.ok()) return 0;
  for (const DraftEvent& event : extraction->events) {
    if (event.span.end.value() > size || event.span.begin > event.span.end) std::abort();
  }
  (void)ToJson(*extraction).dump();
  return 0;
}
