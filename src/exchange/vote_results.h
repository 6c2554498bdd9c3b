// The referendum's official results to and from CSV and JSON, from one description of the fields
// (kVoteResultFields): the CSV columns `place_code,eligible,voted,for,against,invalid,
// turnout_percent,as_of,source`, the same names in JSON. Counts are whole numbers, grouped by
// spaces or not; a percentage where a count belongs ("73,12", "73.12%") is refused as one, since
// that is the mistake a sheet copied from a commission's table invites. Empty means unpublished.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "core/vote_result.h"

namespace kenes {

// All rows or an error naming the row and column ("row 4: column for"); each row valid
// (core/vote_result.h) and each place once. `rows`, when given, receives each result's row as
// later errors name it ("row 4").
Result<std::vector<VoteResult>> ParseVoteResultsCsv(std::string_view text,
                                                    std::vector<std::string>* rows = nullptr);
std::string VoteResultsCsv(const std::vector<VoteResult>& results);

nlohmann::json VoteResultJson(const VoteResult& result);
// Strict: an unknown field is an error; `path` prefixes field names ("results[3]").
Result<VoteResult> VoteResultFromJson(const nlohmann::json& value, const std::string& path = {});

// The description's name of a VoteResult member as Validate names it ("votes_for"), turned into
// the column and JSON name ("for").
std::string VoteResultColumn(std::string_view field);

}  // namespace kenes
