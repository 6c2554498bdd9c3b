// What people said at an event: a question, an opinion, a proposal or a concern, with the
// provisions it is about, its stance towards them and where headquarters is with it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"

namespace kenes {

enum class FeedbackKind { kQuestion, kOpinion, kProposal, kConcern };
enum class Stance { kSupports, kNeutral, kOpposes, kUnclear };
enum class FeedbackStatus { kOpen, kAnswered, kForwarded, kAccepted };

std::string_view FeedbackKindName(FeedbackKind kind);
Result<FeedbackKind> ParseFeedbackKind(std::string_view name, std::string_view field = "kind");
std::string_view StanceName(Stance stance);
Result<Stance> ParseStance(std::string_view name, std::string_view field = "stance");
std::string_view FeedbackStatusName(FeedbackStatus status);
Result<FeedbackStatus> ParseFeedbackStatus(std::string_view name,
                                           std::string_view field = "status");

struct FeedbackItem {
  Id id = 0;
  Version version = 0;
  std::optional<Id> event_id;  // absent for feedback that came outside a meeting
  FeedbackKind kind = FeedbackKind::kQuestion;
  std::string text;
  std::string segment;     // segment code of the person, optional
  std::string place_code;  // taken from the event when absent
  std::vector<std::string> provision_codes;
  Stance stance = Stance::kUnclear;
  FeedbackStatus status = FeedbackStatus::kOpen;
  std::string answer;        // required once answered
  std::string forwarded_to;  // required once forwarded
  std::optional<Date> date;  // taken from the event when absent

  std::string region_code;  // derived from place_code
  std::string created_at;
  std::string updated_at;
};

Status Validate(const FeedbackItem& item);

}  // namespace kenes
