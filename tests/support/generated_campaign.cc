#include "support/generated_campaign.h"

#include "ledger/reference_data.h"
#include "support/must.h"

namespace kenes::testing {

GeneratedCampaign::GeneratedCampaign(const synthetic::Options& options) {
  database_ = std::make_unique<TestDatabase>(dir_);
  store_ = OpenTestStore(*database_);
  ledger_ = Must(Ledger::Open(*store_, nullptr), "ledger");
  Must(LoadReferenceData(*ledger_, KENES_DATA_DIR), "reference data");
  Must(ledger_->CreateCampaign(Actor::System("test"), synthetic::SyntheticCampaign()), "campaign");
  MustOk(synthetic::GenerateCampaign(*ledger_, options, nullptr), "generated campaign");
}

}  // namespace kenes::testing
