#include "exchange/json_fields.h"

namespace kenes {

std::string DescribeJsonType(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null:
      return "null";
    case nlohmann::json::value_t::boolean:
      return "true or false";
    case nlohmann::json::value_t::string:
      return "a string";
    case nlohmann::json::value_t::number_float:
      return "a fractional number";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
      return "a whole number";
    case nlohmann::json::value_t::array:
      return "a list";
    case nlohmann::json::value_t::object:
      return "an object";
    default:
      return "an unexpected value";
  }
}

Result<JsonFields> JsonFields::Of(const nlohmann::json& value, std::string path) {
  if (!value.is_object()) {
    return Invalid(path, "expected a JSON object, got " + DescribeJsonType(value));
  }
  return JsonFields(value, std::move(path));
}

std::string JsonFields::FieldName(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

bool JsonFields::Has(std::string_view key) const {
  return object_->find(std::string(key)) != object_->end();
}

const nlohmann::json& JsonFields::Get(std::string_view key) const {
  return object_->at(std::string(key));
}

Error JsonFields::WrongType(std::string_view key, std::string_view expected) const {
  return Invalid(FieldName(key),
                 "expected " + std::string(expected) + ", got " + DescribeJsonType(Get(key)));
}

Status JsonFields::Text(std::string_view key, std::string& out, bool required) {
  MarkRead(key);
  if (!Has(key) || Get(key).is_null()) {
    if (required) return Invalid(FieldName(key), "is required");
    if (Has(key)) out.clear();
    return Ok();
  }
  if (!Get(key).is_string()) return WrongType(key, "a string");
  out = Get(key).get<std::string>();
  return Ok();
}

Status JsonFields::Integer(std::string_view key, std::int64_t& out, bool required) {
  MarkRead(key);
  if (!Has(key) || Get(key).is_null()) {
    if (required) return Invalid(FieldName(key), "is required");
    return Ok();
  }
  const nlohmann::json& value = Get(key);
  if (value.is_number_unsigned() && value.get<std::uint64_t>() > INT64_MAX) {
    return Invalid(FieldName(key), "is too large");
  }
  if (!value.is_number_integer()) return WrongType(key, "a whole number");
  out = value.get<std::int64_t>();
  return Ok();
}

Status JsonFields::Integer(std::string_view key, std::optional<std::int64_t>& out) {
  if (Has(key) && Get(key).is_null()) {
    MarkRead(key);
    out.reset();
    return Ok();
  }
  if (!Has(key)) return Ok();
  std::int64_t value = 0;
  KENES_TRY(Integer(key, value, true));
  out = value;
  return Ok();
}

Status JsonFields::Number(std::string_view key, std::optional<double>& out) {
  MarkRead(key);
  if (!Has(key)) return Ok();
  const nlohmann::json& value = Get(key);
  if (value.is_null()) {
    out.reset();
    return Ok();
  }
  if (!value.is_number()) return WrongType(key, "a number");
  out = value.get<double>();
  return Ok();
}

Status JsonFields::Date(std::string_view key, kenes::Date& out, bool required) {
  std::string text;
  KENES_TRY(Text(key, text, required));
  if (!Has(key) || Get(key).is_null()) return Ok();
  KENES_ASSIGN(out, kenes::Date::Parse(text, FieldName(key)));
  return Ok();
}

Status JsonFields::Date(std::string_view key, std::optional<kenes::Date>& out) {
  if (Has(key) && Get(key).is_null()) {
    MarkRead(key);
    out.reset();
    return Ok();
  }
  if (!Has(key)) return Ok();
  kenes::Date value;
  KENES_TRY(Date(key, value, true));
  out = value;
  return Ok();
}

Status JsonFields::TextList(std::string_view key, std::vector<std::string>& out) {
  MarkRead(key);
  if (!Has(key)) return Ok();
  const nlohmann::json& value = Get(key);
  if (value.is_null()) {
    out.clear();
    return Ok();
  }
  if (!value.is_array()) return WrongType(key, "a list of strings");
  std::vector<std::string> items;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (!value[i].is_string()) {
      return Invalid(FieldName(key) + "[" + std::to_string(i) + "]",
                     "expected a string, got " + DescribeJsonType(value[i]));
    }
    items.push_back(value[i].get<std::string>());
  }
  out = std::move(items);
  return Ok();
}

Status JsonFields::IdList(std::string_view key, std::vector<Id>& out) {
  MarkRead(key);
  if (!Has(key)) return Ok();
  const nlohmann::json& value = Get(key);
  if (value.is_null()) {
    out.clear();
    return Ok();
  }
  if (!value.is_array()) return WrongType(key, "a list of ids");
  std::vector<Id> items;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (!value[i].is_number_integer() || value[i].get<std::int64_t>() <= 0) {
      return Invalid(FieldName(key) + "[" + std::to_string(i) + "]",
                     "expected a positive whole number (an id), got " + DescribeJsonType(value[i]));
    }
    items.push_back(value[i].get<Id>());
  }
  out = std::move(items);
  return Ok();
}

const nlohmann::json* JsonFields::Nested(std::string_view key) {
  MarkRead(key);
  return Has(key) ? &Get(key) : nullptr;
}

Status JsonFields::Refuse(std::string_view key, std::string_view why) {
  MarkRead(key);
  if (Has(key)) return Invalid(FieldName(key), std::string(why));
  return Ok();
}

Status JsonFields::Finish() const {
  for (auto it = object_->begin(); it != object_->end(); ++it) {
    if (!read_.contains(it.key())) {
      return Invalid(FieldName(it.key()), "is not a field kenes knows here; check its spelling");
    }
  }
  return Ok();
}

}  // namespace kenes
