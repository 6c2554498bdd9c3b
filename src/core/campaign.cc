#include "core/campaign.h"

#include "core/validate.h"

namespace kenes {

Status Validate(const Campaign& campaign) {
  KENES_TRY(RequireText("name", campaign.name));
  if (campaign.ends_on < campaign.starts_on) {
    return Invalid("ends_on", "the campaign ends (" + campaign.ends_on.ToString() +
                                  ") before it starts (" + campaign.starts_on.ToString() + ")");
  }
  if (campaign.vote_on && *campaign.vote_on < campaign.starts_on) {
    return Invalid("vote_on", "the vote cannot come before the campaign starts");
  }
  return Ok();
}

}  // namespace kenes
