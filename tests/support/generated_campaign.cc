#include "support/generated_campaign.h"

#include "support/must.h"

namespace kenes::testing {

GeneratedCampaign::GeneratedCampaign(const synthetic::Options& options) {
  Must(base_.ledger().CreateCampaign(Actor::System("test"), synthetic::SyntheticCampaign()),
       "campaign");
  MustOk(synthetic::GenerateCampaign(base_.ledger(), options, nullptr), "generated campaign");
}

}  // namespace kenes::testing
