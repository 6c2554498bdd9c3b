#include "exchange/described_json.h"

namespace kenes {

using nlohmann::json;

json FieldValueToJson(FieldType type, const FieldValue& value) {
  if (const auto* number = std::get_if<std::int64_t>(&value)) return *number;
  if (const auto* text = std::get_if<std::string>(&value)) {
    return type == FieldType::kOptionalText ? NullIfEmpty(*text) : json(*text);
  }
  if (const auto* ids = std::get_if<std::vector<std::int64_t>>(&value)) return *ids;
  if (const auto* texts = std::get_if<std::vector<std::string>>(&value)) return *texts;
  return json();
}

Status ReadFieldValue(JsonFields& fields, std::string_view name, FieldType type, bool required,
                      FieldValue& value, bool& present) {
  present = false;
  switch (type) {
    case FieldType::kText:
    case FieldType::kOptionalText:
    case FieldType::kHexBytes: {
      std::string text = std::get<std::string>(value);
      KENES_TRY(fields.Text(name, text, required));
      present = fields.Has(name);
      value = std::move(text);
      return Ok();
    }
    case FieldType::kInteger: {
      std::int64_t number = std::get<std::int64_t>(value);
      KENES_TRY(fields.Integer(name, number, required));
      present = fields.Has(name);
      value = number;
      return Ok();
    }
    case FieldType::kOptionalId: {
      std::optional<std::int64_t> number;
      KENES_TRY(fields.Integer(name, number));
      present = fields.Has(name);
      value = number ? FieldValue(*number) : FieldValue();
      return Ok();
    }
    case FieldType::kDate:
    case FieldType::kOptionalDate:
    case FieldType::kEnum:
    case FieldType::kOptionalEnum: {
      // Read as text here; the field's set() parses it and names the field in its error.
      std::string text;
      KENES_TRY(fields.Text(name, text, required));
      if (!fields.Has(name)) return Ok();
      const bool optional = type == FieldType::kOptionalDate || type == FieldType::kOptionalEnum;
      if (fields.IsNull(name)) {
        // null clears an optional field; a plain enum keeps its default.
        if (optional) {
          present = true;
          value = FieldValue();
        }
        return Ok();
      }
      present = true;
      value = std::move(text);
      return Ok();
    }
    case FieldType::kIdList: {
      std::vector<Id> ids;
      KENES_TRY(fields.IdList(name, ids));
      present = fields.Has(name);
      value = std::move(ids);
      return Ok();
    }
    case FieldType::kTextList: {
      std::vector<std::string> texts;
      KENES_TRY(fields.TextList(name, texts));
      present = fields.Has(name);
      value = std::move(texts);
      return Ok();
    }
    case FieldType::kComposite:
      break;
  }
  return Ok();
}

Status ReadKenesFields(JsonFields& fields, JsonSource source,
                       std::span<const std::pair<std::string_view, FieldRole>> names,
                       std::int64_t& id, std::int64_t& version) {
  for (const auto& [name, role] : names) {
    if (source == JsonSource::kClient) {
      KENES_TRY(
          fields.Refuse(name, role == FieldRole::kIdentity ? "is assigned by kenes; leave it out"
                              : role == FieldRole::kStamp  ? "is set by kenes; leave it out"
                                                           : "is derived by kenes; leave it out"));
    } else if (role == FieldRole::kIdentity) {
      KENES_TRY(fields.Integer(name, name == "id" ? id : version));
      if (name == "id" && id < 0) return Invalid("id", "must be a positive whole number");
    } else {
      fields.Ignore(name);
    }
  }
  return Ok();
}

}  // namespace kenes
