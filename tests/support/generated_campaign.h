// A campaign made by `kenes gen`'s generator (bench/synthetic): small enough for a test, large
// enough that every figure has many regions, people who come again and coalition members.
#pragma once

#include "store/store.h"
#include "support/reference_ledger.h"
#include "synthetic/synthetic_campaign.h"

namespace kenes::testing {

class GeneratedCampaign {
 public:
  // Fails the test (an exception) when the campaign cannot be made.
  explicit GeneratedCampaign(const synthetic::Options& options);

  Store& store() { return base_.store(); }

 private:
  ReferenceLedger base_;
};

}  // namespace kenes::testing
