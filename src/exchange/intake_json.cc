#include "exchange/intake_json.h"

#include "core/document_fields.h"
#include "exchange/described_json.h"
#include "exchange/json_fields.h"

namespace kenes {

using nlohmann::json;

namespace {

// What was read from the text, kept as JSON text, is written as the object it is.
json ExtractionJson(const SourceDocument& document) {
  return document.extraction.empty() ? json() : json::parse(document.extraction, nullptr, false);
}

constexpr JsonComposite<SourceDocument> kDocumentComposites[] = {
    {"extraction", &ExtractionJson, nullptr},
};

}  // namespace

json ToJson(const SourceDocument& document, bool with_text) {
  json out = FieldsToJson(DocumentFields(), kDocumentComposites, document);
  if (!with_text) {
    out.erase("text");
    out.erase("extraction");
  }
  return out;
}

json ToJson(const Draft& draft) {
  return {{"id", draft.id},
          {"version", draft.version},
          {"document_id", draft.document_id},
          {"ordinal", draft.ordinal},
          {"status", DraftStatusName(draft.status)},
          {"confidence", draft.confidence},
          {"duplicate_of", NullIfAbsent(draft.duplicate_of)},
          {"event_id", NullIfAbsent(draft.event_id)},
          {"proposal", json::parse(draft.proposal, nullptr, false)},
          {"created_at", draft.created_at},
          {"updated_at", draft.updated_at}};
}

}  // namespace kenes
