// The referendum's official results, written through the session so that every change is checked
// against the gazetteer and the other results, and audited.
#include <map>

#include "exchange/vote_results.h"
#include "ledger/ledger_session.h"

namespace kenes {
namespace {

using Count = std::optional<std::int64_t> VoteResult::*;

struct CountField {
  Count member;
  const char* column;
};
constexpr CountField kCounts[] = {{&VoteResult::eligible, "eligible"},
                                  {&VoteResult::voted, "voted"},
                                  {&VoteResult::votes_for, "for"},
                                  {&VoteResult::against, "against"},
                                  {&VoteResult::invalid, "invalid"}};

// The audit log keys records by number; a KATO code is one, the country is 0.
Id AuditId(const std::string& place_code) {
  return place_code == kCountryCode ? 0 : std::stoll(place_code);
}

}  // namespace

Result<std::size_t> LedgerSession::PutVoteResults(std::span<const VoteResult> results,
                                                  std::span<const std::string> labels) {
  // Where results[i]'s `column` is, as the caller's input names it: "row 4: column for" in a
  // file, "[3].for" in a JSON array.
  const auto at = [&](std::size_t i, std::string_view column) {
    return i < labels.size() ? labels[i] + ": column " + std::string(column)
                             : "[" + std::to_string(i) + "]." + std::string(column);
  };
  KENES_TRY(CheckWrite(actor_, RecordKind::kVoteResult, {}));

  // The parent each result adds up within: a district within its region, a region within the
  // country. Other levels have no published results.
  std::map<std::string, std::string> parent_of;
  std::map<std::string, std::size_t> index_of;
  for (std::size_t i = 0; i < results.size(); ++i) {
    const VoteResult& result = results[i];
    if (Status valid = Validate(result); !valid.ok()) {
      Error error = valid.error();
      error.field = at(i, VoteResultColumn(error.field));
      return error;
    }
    if (!index_of.emplace(result.place_code, i).second) {
      return Invalid(at(i, "place_code"), "place " + result.place_code + " is already at " +
                                              at(index_of[result.place_code], "place_code"));
    }
    if (result.place_code == kCountryCode) continue;
    KENES_ASSIGN(const Place* place, RequirePlace(result.place_code, at(i, "place_code")));
    if (place->level != PlaceLevel::kRegion && place->level != PlaceLevel::kDistrict) {
      return Invalid(at(i, "place_code"),
                     place->name_ru +
                         " is not a region or district; results are published for "
                         "regions and districts");
    }
  }

  // What the database will hold: the stored results with these in their place.
  KENES_ASSIGN(std::vector<VoteResult> stored, tx_.ListVoteResults());
  std::map<std::string, VoteResult> before;
  std::map<std::string, VoteResult> after;
  for (VoteResult& result : stored) {
    before.emplace(result.place_code, result);
    after.emplace(result.place_code, std::move(result));
  }
  for (const VoteResult& result : results) after[result.place_code] = result;
  for (const auto& [code, result] : after) {
    if (code == kCountryCode) continue;
    const Place* place = gazetteer_.Find(code);
    if (!place) continue;
    parent_of[code] =
        place->level == PlaceLevel::kRegion ? std::string(kCountryCode) : place->parent_code;
  }

  // A region's districts do not add up to more than the region, nor the regions to more than the
  // country. The error names the row being written: the parent's, or the first child's.
  for (const auto& [parent_code, parent] : after) {
    for (const CountField& field : kCounts) {
      if (!(parent.*field.member)) continue;
      std::int64_t sum = 0;
      constexpr std::size_t kNone = static_cast<std::size_t>(-1);
      const auto parent_row = index_of.find(parent_code);
      std::size_t written = parent_row == index_of.end() ? kNone : parent_row->second;
      for (const auto& [child_code, child] : after) {
        const auto up = parent_of.find(child_code);
        if (up == parent_of.end() || up->second != parent_code) continue;
        sum += (child.*field.member).value_or(0);
        const auto child_row = index_of.find(child_code);
        if (written == kNone && child_row != index_of.end()) written = child_row->second;
      }
      // Only what this write brings can break the rule: stored results already kept it.
      if (sum <= *(parent.*field.member) || written == kNone) continue;
      const Place* place = gazetteer_.Find(parent_code);
      const std::string whole = place ? place->name_ru : std::string("the whole country");
      return Invalid(at(written, field.column),
                     "the parts of " + whole + " add up to " + std::to_string(sum) + " '" +
                         field.column + "', more than the " +
                         std::to_string(*(parent.*field.member)) + " published for it");
    }
  }

  std::vector<VoteResult> changed;
  for (const VoteResult& result : results) {
    const auto old = before.find(result.place_code);
    if (old != before.end() && old->second == result) continue;
    changed.push_back(result);
  }
  KENES_TRY(tx_.PutVoteResults(changed));
  for (const VoteResult& result : changed) {
    const auto old = before.find(result.place_code);
    KENES_TRY(audit_.Record(old == before.end() ? AuditAction::kCreate : AuditAction::kUpdate,
                            RecordKind::kVoteResult, AuditId(result.place_code),
                            old == before.end() ? nlohmann::json() : VoteResultJson(old->second),
                            VoteResultJson(result)));
  }
  return changed.size();
}

}  // namespace kenes
