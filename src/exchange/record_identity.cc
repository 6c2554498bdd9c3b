#include "exchange/record_identity.h"

namespace kenes {

Status ReadIdentity(JsonFields& fields, JsonSource source, Id& id, Version& version,
                    std::initializer_list<std::string_view> derived) {
  if (source == JsonSource::kClient) {
    KENES_TRY(fields.Refuse("id", "is assigned by kenes; leave it out"));
    KENES_TRY(fields.Refuse("version", "is assigned by kenes; leave it out"));
    for (std::string_view key : {"created_at", "updated_at"}) {
      KENES_TRY(fields.Refuse(key, "is set by kenes; leave it out"));
    }
    for (std::string_view key : derived) {
      KENES_TRY(fields.Refuse(key, "is derived by kenes; leave it out"));
    }
    return Ok();
  }
  KENES_TRY(fields.Integer("id", id));
  if (id < 0) return Invalid("id", "must be a positive whole number");
  KENES_TRY(fields.Integer("version", version));
  fields.Ignore("created_at");
  fields.Ignore("updated_at");
  for (std::string_view key : derived) fields.Ignore(key);
  return Ok();
}

}  // namespace kenes
