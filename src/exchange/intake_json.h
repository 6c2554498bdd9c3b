// Source documents and drafts in JSON, as the intake routes return them.
#pragma once

#include <nlohmann/json.hpp>

#include "core/intake.h"

namespace kenes {

// `with_text`: the whole text and what was read from it, for one document; lists leave them out.
nlohmann::json ToJson(const SourceDocument& document, bool with_text);
nlohmann::json ToJson(const Draft& draft);

}  // namespace kenes
