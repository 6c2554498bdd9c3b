#include "core/record_kind.h"

#include <array>
#include <cstddef>

#include "core/enum_names.h"

namespace kenes {
namespace {

struct KindRow {
  RecordKind kind;
  std::string_view name;    // singular, stored: audit log, change feed
  std::string_view plural;  // stored: files, URLs, import and export types
  std::string_view noun;    // in messages, one
  std::string_view nouns;   // in messages, several
  bool exchanged;           // imported and exported as a file
  FeedReport feed;
};

using enum FeedReport;

// In the order of RecordKind, so a kind's row is found by its value.
constexpr KindRow kRows[] = {
    {RecordKind::kCampaign, "campaign", "campaigns", "campaign", "the campaign", false, kUnnamed},
    {RecordKind::kOrganization, "organization", "organizations", "organization", "organizations",
     true, kUnnamed},
    {RecordKind::kPerson, "person", "people", "person", "people", true, kUnnamed},
    {RecordKind::kEvent, "event", "events", "event", "events", true, kEachRecord},
    {RecordKind::kFeedback, "feedback", "feedback", "feedback item", "feedback", true, kEachRecord},
    {RecordKind::kCheckIn, "checkin", "checkins", "check-in", "check-ins", true, kEachRecord},
    {RecordKind::kSegment, "segment", "segments", "audience segment", "audience segments", false,
     kUnnamed},
    {RecordKind::kProvision, "provision", "provisions", "provision", "provisions", false, kUnnamed},
    {RecordKind::kPlace, "place", "places", "place", "places", false, kWhole},
    {RecordKind::kDocument, "document", "documents", "document", "documents", false, kUnnamed},
    {RecordKind::kDraft, "draft", "drafts", "draft", "drafts", false, kUnnamed},
    {RecordKind::kPublication, "publication", "publications", "publication", "publications", false,
     kUnnamed},
    {RecordKind::kVoteResult, "vote_result", "results", "result of the referendum",
     "the referendum's results", false, kUnnamed},
    {RecordKind::kFigureReview, "figure_review", "figure_reviews", "review of a figure",
     "reviews of figures", false, kUnnamed},
    {RecordKind::kUser, "user", "users", "account", "accounts", false, kUnnamed},
    {RecordKind::kToken, "token", "tokens", "token", "tokens", false, kUnnamed},
};

constexpr bool InKindOrder() {
  for (std::size_t i = 0; i < std::size(kRows); ++i) {
    if (static_cast<std::size_t>(kRows[i].kind) != i) return false;
  }
  return true;
}
static_assert(InKindOrder(), "kRows lists every RecordKind once, in its order");

constexpr const KindRow& RowOf(RecordKind kind) { return kRows[static_cast<std::size_t>(kind)]; }

constexpr std::size_t kExchangedCount = [] {
  std::size_t count = 0;
  for (const KindRow& row : kRows) count += row.exchanged ? 1 : 0;
  return count;
}();

constexpr std::array<RecordKind, kExchangedCount> kExchanged = [] {
  std::array<RecordKind, kExchangedCount> kinds{};
  std::size_t next = 0;
  for (const KindRow& row : kRows) {
    if (row.exchanged) kinds[next++] = row.kind;
  }
  return kinds;
}();

constexpr std::array<std::string_view, kExchangedCount> kExchangedNames = [] {
  std::array<std::string_view, kExchangedCount> names{};
  std::size_t next = 0;
  for (const KindRow& row : kRows) {
    if (row.exchanged) names[next++] = row.plural;
  }
  return names;
}();

}  // namespace

std::string_view RecordKindName(RecordKind kind) { return RowOf(kind).name; }
std::string_view PluralName(RecordKind kind) { return RowOf(kind).plural; }
std::string_view NounOf(RecordKind kind) { return RowOf(kind).noun; }
std::string_view NounsOf(RecordKind kind) { return RowOf(kind).nouns; }
FeedReport FeedReportOf(RecordKind kind) { return RowOf(kind).feed; }

std::optional<RecordKind> ParseFeedKind(std::string_view name) {
  for (const KindRow& row : kRows) {
    if (row.feed != kUnnamed && row.name == name) return row.kind;
  }
  return std::nullopt;
}

std::span<const RecordKind> ExchangedKinds() { return kExchanged; }
std::span<const std::string_view> ExchangedKindNames() { return kExchangedNames; }

std::string ExchangedKindList() {
  std::string list;
  for (std::size_t i = 0; i < kExchanged.size(); ++i) {
    if (i > 0) list += i + 1 == kExchanged.size() ? " or " : ", ";
    list += PluralName(kExchanged[i]);
  }
  return list;
}

Result<RecordKind> ParseExchangedKind(std::string_view plural, std::string_view field) {
  for (RecordKind kind : kExchanged) {
    if (PluralName(kind) == plural) return kind;
  }
  return Invalid(std::string(field),
                 "'" + std::string(plural) + "' is not one of: " + JoinNames(kExchangedNames));
}

}  // namespace kenes
