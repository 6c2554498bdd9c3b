#include "core/feedback.h"

#include "core/enum_names.h"
#include "core/feedback_fields.h"
#include "core/place.h"
#include "core/utf8.h"
#include "core/validate.h"

namespace kenes {
namespace {

constexpr EnumName<FeedbackKind> kKinds[] = {
    {FeedbackKind::kQuestion, "question"},
    {FeedbackKind::kOpinion, "opinion"},
    {FeedbackKind::kProposal, "proposal"},
    {FeedbackKind::kConcern, "concern"},
};
constexpr EnumName<Stance> kStances[] = {
    {Stance::kSupports, "supports"},
    {Stance::kNeutral, "neutral"},
    {Stance::kOpposes, "opposes"},
    {Stance::kUnclear, "unclear"},
};
constexpr EnumName<FeedbackStatus> kStatuses[] = {
    {FeedbackStatus::kOpen, "open"},
    {FeedbackStatus::kAnswered, "answered"},
    {FeedbackStatus::kForwarded, "forwarded"},
    {FeedbackStatus::kAccepted, "accepted"},
};
constexpr auto kKindNames = NamesOf(kKinds);
constexpr auto kStanceNames = NamesOf(kStances);
constexpr auto kStatusNames = NamesOf(kStatuses);

}  // namespace

std::span<const std::string_view> FeedbackKindNames() { return kKindNames; }
std::span<const std::string_view> StanceNames() { return kStanceNames; }
std::span<const std::string_view> FeedbackStatusNames() { return kStatusNames; }

std::string_view FeedbackKindName(FeedbackKind kind) { return NameOf(kKinds, kind); }
Result<FeedbackKind> ParseFeedbackKind(std::string_view name, std::string_view field) {
  return ParseName(kKinds, name, field);
}
std::string_view StanceName(Stance stance) { return NameOf(kStances, stance); }
Result<Stance> ParseStance(std::string_view name, std::string_view field) {
  return ParseName(kStances, name, field);
}
std::string_view FeedbackStatusName(FeedbackStatus status) { return NameOf(kStatuses, status); }
Result<FeedbackStatus> ParseFeedbackStatus(std::string_view name, std::string_view field) {
  return ParseName(kStatuses, name, field);
}

Status Validate(const FeedbackItem& item) {
  KENES_TRY(RequireText("text", item.text, kMaxTextLength));
  if (!item.segment.empty()) KENES_TRY(RequireCode("segment", item.segment));
  if (!item.event_id && item.place_code.empty()) {
    return Invalid("place_code", "feedback that is not tied to an event needs a place_code");
  }
  if (!item.place_code.empty() && !IsKatoCode(item.place_code)) {
    return Invalid("place_code", "'" + item.place_code + "' is not a KATO code");
  }
  for (const std::string& code : item.provision_codes) {
    KENES_TRY(RequireCode("provisions", code));
  }
  KENES_TRY(OptionalText("answer", item.answer, kMaxTextLength));
  KENES_TRY(OptionalText("forwarded_to", item.forwarded_to));
  if (item.status == FeedbackStatus::kAnswered && utf8::Trim(item.answer).empty()) {
    return Invalid("answer", "an answered item needs the answer that was given");
  }
  if (item.status == FeedbackStatus::kForwarded && utf8::Trim(item.forwarded_to).empty()) {
    return Invalid("forwarded_to", "a forwarded item needs to say where it was forwarded");
  }
  return Ok();
}

}  // namespace kenes
