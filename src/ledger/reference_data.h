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

}  // namespace kenes
