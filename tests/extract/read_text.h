// A test text read through the whole extractor with the test gazetteer, for tests that check a
// rule or two rather than a golden file; the test fails where the text is refused.
#pragma once

#include <gtest/gtest.h>

#include <string_view>

#include "extract/extractor.h"
#include "test_gazetteer.h"

namespace kenes::extract::testing {

inline Extraction Read(std::string_view text) {
  auto extraction = Extract(text, TestGazetteer());
  EXPECT_TRUE(extraction.ok()) << extraction.error().message;
  return extraction.ok() ? *std::move(extraction) : Extraction{};
}

}  // namespace kenes::extract::testing
