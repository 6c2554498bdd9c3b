#include "exchange/publication_json.h"

#include "exchange/json_fields.h"

namespace kenes {
namespace {

using nlohmann::json;

json ImprintJson(const Imprint& imprint) {
  return {{"made_by", imprint.made_by},
          {"ordered_by", imprint.ordered_by},
          {"paid_by", imprint.paid_by}};
}

// The imprint object, read for form; whether its parts say anything is Validate(Imprint)'s, which
// the ledger applies to every publication whichever way it came.
Result<Imprint> ImprintFromJson(JsonFields& fields) {
  const json* nested = fields.Nested("imprint");
  if (!nested || nested->is_null()) {
    return Invalid("imprint", "is required: made_by, ordered_by and paid_by");
  }
  KENES_ASSIGN(JsonFields parts, JsonFields::Of(*nested, "imprint"));
  Imprint imprint;
  KENES_TRY(parts.Text("made_by", imprint.made_by, true));
  KENES_TRY(parts.Text("ordered_by", imprint.ordered_by, true));
  KENES_TRY(parts.Text("paid_by", imprint.paid_by, true));
  KENES_TRY(parts.Finish());
  return imprint;
}

}  // namespace

json ToJson(const Publication& publication) {
  return {{"id", publication.id},
          {"version", publication.version},
          {"text_version", publication.text_version},
          {"language", PublicationLanguageName(publication.language)},
          {"status", PublicationStatusName(publication.status)},
          {"events", publication.event_ids},
          {"imprint", ImprintJson(publication.imprint)},
          {"title", publication.title},
          {"text", publication.text},
          {"region_code", NullIfEmpty(publication.region_code)},
          {"organization_id", NullIfAbsent(publication.organization_id)},
          {"created_by", publication.created_by},
          {"created_at", publication.created_at},
          {"approved_by", NullIfEmpty(publication.approved_by)},
          {"approved_at", NullIfEmpty(publication.approved_at)},
          {"text_sha256", NullIfEmpty(publication.text_sha256)},
          {"published_at", NullIfEmpty(publication.published_at)},
          {"updated_at", publication.updated_at}};
}

json ToJson(const PublicationVersion& version) {
  return {{"text_version", version.text_version},
          {"text_sha256", version.text_sha256},
          {"approved_by", version.approved_by},
          {"approved_at", version.approved_at}};
}

Result<PublicationRequest> PublicationRequestFromJson(const json& value) {
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(value));
  PublicationRequest request;
  if (!fields.Has("events")) return Invalid("events", "is required: the ids of confirmed events");
  KENES_TRY(fields.IdList("events", request.event_ids));
  KENES_TRY(fields.Enum("language", request.language, &ParsePublicationLanguage, true));
  KENES_ASSIGN(request.imprint, ImprintFromJson(fields));
  KENES_TRY(fields.Finish());
  return request;
}

Result<PublicationChange> PublicationChangeFromJson(const json& value) {
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(value));
  PublicationChange change;
  KENES_TRY(fields.Integer("version", change.version, true));
  for (auto [key, out] : {std::pair{"title", &change.title}, std::pair{"text", &change.text}}) {
    if (!fields.Has(key)) continue;
    std::string text;
    KENES_TRY(fields.Text(key, text, true));
    *out = std::move(text);
  }
  if (fields.Has("imprint")) {
    KENES_ASSIGN(change.imprint, ImprintFromJson(fields));
  }
  KENES_TRY(fields.Finish());
  return change;
}

}  // namespace kenes
