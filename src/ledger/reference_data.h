// Loads the reference data a new database starts with from a data folder (data/ in the source
// tree): places.csv, segments.csv and provisions.csv. Loading again updates them in place.
#pragma once

#include <string>

#include "ledger/ledger.h"

namespace kenes {

struct ReferenceCounts {
  std::size_t places = 0;
  std::size_t segments = 0;
  std::size_t provisions = 0;
};

Result<ReferenceCounts> LoadReferenceData(Ledger& ledger, const std::string& data_dir);

// The referendum's official results from a CSV file (exchange/vote_results.h), written as `actor`
// in one transaction: all rows or none, an error naming the file, row and column. Returns how
// many results changed (loading the same file again changes none).
Result<std::size_t> LoadVoteResults(Ledger& ledger, const Actor& actor, const std::string& path);

// data/results.csv: the results kenes ships (data/results.md names the source of each figure).
inline constexpr const char* kShippedResults = "results.csv";

}  // namespace kenes
