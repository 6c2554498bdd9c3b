// A record's JSON made from its fields (core/record_fields.h): written with every field, an absent
// one as null; read strictly (json_fields.h), the fields kenes assigns, derives or stamps refused
// from a client and accepted back in a whole record. A composite field (events' attendance, an
// organization's membership) is written and read by the functions given for it; a column the
// record does not show is no part of its JSON.
#pragma once

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <type_traits>

#include "core/record_fields.h"
#include "exchange/json_fields.h"
#include "exchange/record_json.h"

namespace kenes {

template <class R>
struct JsonComposite {
  std::string_view field;
  nlohmann::json (*write)(const R& record);
  // Reads a present, non-null value; errors name `field`.
  Status (*read)(const nlohmann::json& value, const std::string& field, R& record);
};

// One simple field's value as JSON: absent (and "" of optional text) is null.
nlohmann::json FieldValueToJson(FieldType type, const FieldValue& value);

// Reads one simple field of an input role. `value` comes in as the record's current value (its
// default) and is left so when the field is absent. Sets `present` when it was given.
Status ReadFieldValue(JsonFields& fields, std::string_view name, FieldType type, bool required,
                      FieldValue& value, bool& present);

// The identity, stamps and derived fields: read (identity) or accepted (the others) from a whole
// record, refused from a client, each with why.
Status ReadKenesFields(JsonFields& fields, JsonSource source,
                       std::span<const std::pair<std::string_view, FieldRole>> names,
                       std::int64_t& id, std::int64_t& version);

template <class R>
const JsonComposite<R>& CompositeFor(std::span<const JsonComposite<R>> composites,
                                     std::string_view field) {
  for (const JsonComposite<R>& composite : composites) {
    if (composite.field == field) return composite;
  }
  std::abort();  // a composite field without its JSON code: a programming error any test finds
}

template <class R>
nlohmann::json FieldsToJson(std::span<const FieldSpec<R>> specs,
                            std::span<const JsonComposite<std::type_identity_t<R>>> composites,
                            const R& record) {
  nlohmann::json out = nlohmann::json::object();
  for (const FieldSpec<R>& spec : specs) {
    if (!spec.shown()) continue;
    out[std::string(spec.name)] = spec.type == FieldType::kComposite
                                      ? CompositeFor(composites, spec.name).write(record)
                                      : FieldValueToJson(spec.type, spec.get(record));
  }
  return out;
}

// Reads `record` from `fields`, then Finish()es them. `id` and `version` are the record's
// identity members.
template <class R>
Status FieldsFromJson(JsonFields& fields, JsonSource source, std::span<const FieldSpec<R>> specs,
                      std::span<const JsonComposite<std::type_identity_t<R>>> composites,
                      R& record) {
  std::vector<std::pair<std::string_view, FieldRole>> kenes_fields;
  for (FieldRole role : {FieldRole::kIdentity, FieldRole::kStamp, FieldRole::kDerived}) {
    for (const FieldSpec<R>& spec : specs) {
      if (spec.role() != role) continue;
      // A stamp the record does not carry is still refused by its name: no record takes
      // created_at or updated_at from a client.
      if (spec.shown() || role == FieldRole::kStamp) {
        kenes_fields.emplace_back(spec.shown() ? spec.name : spec.column, role);
      }
    }
  }
  std::int64_t id = 0, version = 0;
  KENES_TRY(ReadKenesFields(fields, source, kenes_fields, id, version));
  for (const FieldSpec<R>& spec : specs) {
    if (!spec.shown()) continue;
    if (spec.role() == FieldRole::kIdentity) {
      KENES_TRY(spec.set(record, spec.name == "id" ? id : version, spec.name));
      continue;
    }
    if (spec.role() != FieldRole::kInput) continue;
    if (spec.type == FieldType::kComposite) {
      const nlohmann::json* value = fields.Nested(spec.name);
      if (value && !value->is_null()) {
        KENES_TRY(CompositeFor(composites, spec.name).read(*value, std::string(spec.name), record));
      }
      continue;
    }
    FieldValue value = spec.get(record);
    bool present = false;
    KENES_TRY(ReadFieldValue(fields, spec.name, spec.type, spec.required(), value, present));
    if (present) KENES_TRY(spec.set(record, value, fields.FieldName(spec.name)));
  }
  return fields.Finish();
}

}  // namespace kenes
