// Imports a whole file of records (CSV or JSONL) through the ledger's rules in one transaction:
// every record lands, or, at the first bad one, none does and the error names its row or line.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

#include "exchange/record_type.h"
#include "ledger/ledger.h"

namespace kenes {

// Called now and then with the bytes read so far, the total, and the records read so far.
using ImportProgress =
    std::function<void(std::size_t done, std::size_t total, std::size_t records)>;

struct ImportSummary {
  std::size_t records = 0;
};

Result<ImportSummary> ImportRecords(Ledger& ledger, RecordType type, FileFormat format,
                                    std::string_view text, const ImportProgress& progress = {});

}  // namespace kenes
