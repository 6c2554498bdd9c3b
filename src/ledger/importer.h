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

// Every record is written as `actor`, within its access and with its audit entry.
Result<ImportSummary> ImportRecords(Ledger& ledger, const Actor& actor, RecordType type,
                                    FileFormat format, std::string_view text,
                                    const ImportProgress& progress = {});

}  // namespace kenes
