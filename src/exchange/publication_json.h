// Publications to and from JSON. A request to write one names its events, language and imprint
// (the text is kenes's to write); a change (PATCH) may set the title, the text and the imprint of
// a draft, with the version read. Reading is strict: unknown fields and wrong types are errors
// naming the field ("imprint.paid_by").
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/publication.h"
#include "core/result.h"

namespace kenes {

nlohmann::json ToJson(const Publication& publication);
nlohmann::json ToJson(const PublicationVersion& version);

// POST /api/v1/publications: {"events": [ids], "language": "ru"|"kk", "imprint": {"made_by",
// "ordered_by", "paid_by"}}, every field required.
struct PublicationRequest {
  std::vector<Id> event_ids;
  PublicationLanguage language = PublicationLanguage::kRussian;
  Imprint imprint;
};
Result<PublicationRequest> PublicationRequestFromJson(const nlohmann::json& value);

// PATCH /api/v1/publications/{id}: {"version", "title"?, "text"?, "imprint"?: {...}}; the
// imprint, when sent, whole.
struct PublicationChange {
  Version version = 0;
  std::optional<std::string> title;
  std::optional<std::string> text;
  std::optional<Imprint> imprint;
};
Result<PublicationChange> PublicationChangeFromJson(const nlohmann::json& value);

}  // namespace kenes
