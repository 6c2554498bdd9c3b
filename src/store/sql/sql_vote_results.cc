// The referendum's official results, one row per place.
#include "store/sql/sql_transaction.h"

namespace kenes::sql {
namespace {

std::optional<std::int64_t> OptionalInt(const Statement& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return row.Int(column);
}

}  // namespace

Status SqlTransaction::PutVoteResults(std::span<const VoteResult> results) {
  constexpr const char* kSql =
      "INSERT INTO vote_results (place_code, eligible, voted, votes_for, against, invalid, "
      "turnout_percent, as_of, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (place_code) DO UPDATE SET eligible = excluded.eligible, "
      "voted = excluded.voted, votes_for = excluded.votes_for, against = excluded.against, "
      "invalid = excluded.invalid, turnout_percent = excluded.turnout_percent, "
      "as_of = excluded.as_of, source = excluded.source";
  for (const VoteResult& result : results) {
    KENES_ASSIGN(Statement * upsert, db_.Prepare(kSql));
    KENES_TRY(upsert->Bind(1, result.place_code)
                  .Bind(2, result.eligible)
                  .Bind(3, result.voted)
                  .Bind(4, result.votes_for)
                  .Bind(5, result.against)
                  .Bind(6, result.invalid)
                  .Bind(7, result.turnout_percent)
                  .Bind(8, result.as_of)
                  .Bind(9, result.source)
                  .Run());
  }
  return Ok();
}

Result<std::vector<VoteResult>> SqlTransaction::ListVoteResults() {
  KENES_ASSIGN(Statement * query,
               db_.Prepare("SELECT place_code, eligible, voted, votes_for, against, invalid, "
                           "turnout_percent, as_of, source FROM vote_results ORDER BY place_code"));
  std::vector<VoteResult> results;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    VoteResult result;
    result.place_code = query->Text(0);
    result.eligible = OptionalInt(*query, 1);
    result.voted = OptionalInt(*query, 2);
    result.votes_for = OptionalInt(*query, 3);
    result.against = OptionalInt(*query, 4);
    result.invalid = OptionalInt(*query, 5);
    if (!query->IsNull(6)) result.turnout_percent = query->Real(6);
    result.as_of = query->Text(7);
    result.source = query->Text(8);
    results.push_back(std::move(result));
  }
  return results;
}

}  // namespace kenes::sql
