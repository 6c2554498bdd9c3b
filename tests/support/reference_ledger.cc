#include "support/reference_ledger.h"

#include "ledger/reference_data.h"
#include "support/must.h"

namespace kenes::testing {

ReferenceLedger::ReferenceLedger() {
  database_ = std::make_unique<TestDatabase>(dir_);
  store_ = OpenTestStore(*database_);
  ledger_ = Must(Ledger::Open(*store_, nullptr), "ledger");
  Must(LoadReferenceData(*ledger_, KENES_DATA_DIR), "reference data");
}

}  // namespace kenes::testing
