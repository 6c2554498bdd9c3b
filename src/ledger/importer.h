// Imports a whole file of records (CSV, JSONL, or a sheet of an XLSX workbook) through the ledger's
// rules in one transaction: every record lands, or, at the first bad one, none does and the error
// names its row or line (for a workbook: the sheet, the row and the column).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/record_kind.h"
#include "exchange/file_format.h"
#include "ledger/ledger.h"

namespace kenes {

// Called now and then with the bytes read so far, the total, and the records read so far.
using ImportProgress =
    std::function<void(std::size_t done, std::size_t total, std::size_t records)>;

// When the same content was imported before, as the same type: by whom, how many records, when.
struct EarlierImport {
  std::string actor;
  std::size_t records = 0;
  std::string at;  // UTC
};

struct ImportSummary {
  std::size_t records = 0;
  // Set when the file was imported whole before and nothing was imported now.
  std::optional<EarlierImport> earlier;
};

enum class Reimport { kRefuse, kAgain };

// What the bytes of an import are: their format, and for a workbook the sheet to read.
struct ImportFile {
  FileFormat format = FileFormat::kCsv;
  std::string sheet;  // XLSX: the sheet's name as its tab shows it; empty: the first sheet

  ImportFile(FileFormat format, std::string sheet = {})  // NOLINT: a format alone is a file too
      : format(format), sheet(std::move(sheet)) {}
};

// Every record is written as `actor`, within its access and with its audit entry. A content
// imported whole before as the same type (the same bytes: a file sent twice, a retried command)
// imports nothing and says when it was imported (`earlier`), unless `reimport` is kAgain; another
// sheet of the same workbook is another import. The
// record of the import lands in the import's own transaction, so an import that failed leaves
// none.
Result<ImportSummary> ImportRecords(Ledger& ledger, const Actor& actor, RecordKind type,
                                    const ImportFile& file, std::string_view text,
                                    const ImportProgress& progress = {},
                                    Reimport reimport = Reimport::kRefuse);

}  // namespace kenes
