#include "server/described_schema.h"

namespace kenes::http {

using nlohmann::json;

json FieldSchema(std::string_view name, FieldType type, const FieldTraits& traits,
                 std::span<const std::string_view> names, std::string_view schema) {
  json out;
  switch (type) {
    case FieldType::kComposite:
      if (schema.ends_with("[]")) {
        schema.remove_suffix(2);
        return {{"type", "array"},
                {"items", {{"$ref", "#/components/schemas/" + std::string(schema)}}}};
      }
      return {{"$ref", "#/components/schemas/" + std::string(schema)}};
    case FieldType::kInteger:
    case FieldType::kOptionalId:
      out["type"] = "integer";
      break;
    case FieldType::kIdList:
      out = {{"type", "array"}, {"items", {{"type", "integer"}}}};
      break;
    case FieldType::kTextList:
      out = {{"type", "array"}, {"items", {{"type", "string"}}}};
      break;
    case FieldType::kDate:
    case FieldType::kOptionalDate:
      out = {{"type", "string"}, {"format", "date"}};
      break;
    case FieldType::kEnum:
    case FieldType::kOptionalEnum:
      out = {{"type", "string"}, {"enum", json::array()}};
      for (std::string_view allowed : names) out["enum"].push_back(allowed);
      break;
    case FieldType::kText:
    case FieldType::kOptionalText:
    case FieldType::kHexBytes:
      out["type"] = "string";
      break;
  }
  if (type == FieldType::kOptionalText || type == FieldType::kOptionalId ||
      type == FieldType::kOptionalDate || type == FieldType::kOptionalEnum) {
    out["nullable"] = true;
  }
  // The version is kenes's too, but a client sends it back with a change.
  if (traits.role == FieldRole::kDerived || traits.role == FieldRole::kStamp ||
      (traits.role == FieldRole::kIdentity && name == "id")) {
    out["readOnly"] = true;
  }
  if (!traits.pattern.empty()) out["pattern"] = traits.pattern;
  if (!traits.fallback.empty()) out["default"] = traits.fallback;
  if (!traits.note.empty()) out["description"] = traits.note;
  return out;
}

}  // namespace kenes::http
