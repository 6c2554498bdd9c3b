// An analyst's decision about an attendance figure that failed a plausibility check: confirmed
// (it counts in the totals after all) or rejected (it stays out). A review is of one figure: when
// the event's attendance is changed, the review no longer applies and the new figure is checked
// afresh.
#pragma once

#include <string>

#include "core/ids.h"
#include "core/result.h"

namespace kenes {

enum class ReviewDecision { kConfirmed, kRejected };

std::string_view ReviewDecisionName(ReviewDecision decision);
Result<ReviewDecision> ParseReviewDecision(std::string_view name,
                                           std::string_view field = "decision");

struct FigureReview {
  Id event_id = 0;
  std::string attendance_text;  // the figure reviewed, as the event has it
  ReviewDecision decision = ReviewDecision::kConfirmed;
  std::string note;         // why, in the analyst's words; optional
  std::string reviewed_at;  // set by the store
};

Status Validate(const FigureReview& review);

}  // namespace kenes
