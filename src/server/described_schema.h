// A record's OpenAPI schema made from its fields (core/record_fields.h): each field's type, its
// allowed names, whether it may be null, and readOnly for what kenes sets.
#pragma once

#include <nlohmann/json.hpp>
#include <span>

#include "core/record_fields.h"

namespace kenes::http {

// The schema of one field.
nlohmann::json FieldSchema(std::string_view name, FieldType type, const FieldTraits& traits,
                           std::span<const std::string_view> names, std::string_view schema);

template <class R>
nlohmann::json SchemaFromFields(std::span<const FieldSpec<R>> specs) {
  nlohmann::json properties = nlohmann::json::object();
  nlohmann::json required = nlohmann::json::array();
  for (const FieldSpec<R>& spec : specs) {
    if (!spec.shown()) continue;
    properties[std::string(spec.name)] =
        FieldSchema(spec.name, spec.type, spec.traits, spec.names, spec.schema);
    if (spec.required()) required.push_back(spec.name);
  }
  nlohmann::json out = {{"type", "object"}, {"properties", properties}};
  if (!required.empty()) out["required"] = required;
  return out;
}

}  // namespace kenes::http
