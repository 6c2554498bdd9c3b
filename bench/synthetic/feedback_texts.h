// What people say at the meetings of the synthetic campaign: questions, opinions, proposals and
// concerns about the provisions of the draft, in Russian (nine in ten) and Kazakh, from sentences
// per topic varied by who asks and how. Each topic names the provision it is about, so counts per
// provision and themes have something true to find.
#pragma once

#include <random>
#include <string>
#include <vector>

#include "core/feedback.h"

namespace kenes::synthetic {

struct FeedbackText {
  std::string text;
  FeedbackKind kind = FeedbackKind::kQuestion;
  Stance stance = Stance::kUnclear;
  std::string provision;  // a provision code of data/provisions.csv
};

// One item, from an audience of `segment` (a segment code; may be empty).
FeedbackText MakeFeedback(const std::string& segment, std::mt19937_64& random);

// The number of topics the texts are about, for the benchmark's notes.
std::size_t TopicCount();

}  // namespace kenes::synthetic
