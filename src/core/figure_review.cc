#include "core/figure_review.h"

#include "core/enum_names.h"
#include "core/validate.h"

namespace kenes {
namespace {

constexpr EnumName<ReviewDecision> kDecisions[] = {
    {ReviewDecision::kConfirmed, "confirmed"},
    {ReviewDecision::kRejected, "rejected"},
};

}  // namespace

std::string_view ReviewDecisionName(ReviewDecision decision) {
  return NameOf(kDecisions, decision);
}
Result<ReviewDecision> ParseReviewDecision(std::string_view name, std::string_view field) {
  return ParseName(kDecisions, name, field);
}

Status Validate(const FigureReview& review) {
  if (review.event_id <= 0) return Invalid("event_id", "is required");
  KENES_TRY(RequireText("attendance_text", review.attendance_text));
  return OptionalText("note", review.note, kMaxTextLength);
}

}  // namespace kenes
