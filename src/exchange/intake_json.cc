#include "exchange/intake_json.h"

#include "exchange/json_fields.h"

namespace kenes {

using nlohmann::json;

json ToJson(const SourceDocument& document, bool with_text) {
  json out = {{"id", document.id},
              {"title", NullIfEmpty(document.title)},
              {"date", NullIfAbsent(document.date)},
              {"region_code", NullIfEmpty(document.region_code)},
              {"received_at", document.received_at},
              {"source_url", NullIfEmpty(document.source_url)}};
  if (with_text) {
    out["text"] = document.text;
    out["extraction"] =
        document.extraction.empty() ? json() : json::parse(document.extraction, nullptr, false);
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
