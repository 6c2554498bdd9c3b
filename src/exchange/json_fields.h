// Reads the fields of one JSON object strictly: each field is read once with its expected type,
// and Finish() refuses any field nobody asked for, so a misspelt field is an error, not silently
// dropped. Every error names the field by its full path ("membership.joined_on").
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"

namespace kenes {

class JsonFields {
 public:
  // REQUIRES: `value` outlives the reader. An error when `value` is not an object.
  static Result<JsonFields> Of(const nlohmann::json& value, std::string path = {});

  // Optional fields leave `out` unchanged when absent and clear it when null; required ones fail
  // when absent or null.
  Status Text(std::string_view key, std::string& out, bool required = false);
  Status Integer(std::string_view key, std::int64_t& out, bool required = false);
  Status Integer(std::string_view key, std::optional<std::int64_t>& out);
  // Any finite JSON number, whole or not.
  Status Number(std::string_view key, std::optional<double>& out);
  Status Date(std::string_view key, kenes::Date& out, bool required = false);
  Status Date(std::string_view key, std::optional<kenes::Date>& out);
  Status TextList(std::string_view key, std::vector<std::string>& out);
  Status IdList(std::string_view key, std::vector<Id>& out);
  // An enum by name, through its Parse function.
  template <class E>
  Status Enum(std::string_view key, E& out, Result<E> (*parse)(std::string_view, std::string_view),
              bool required = false) {
    std::string name;
    KENES_TRY(Text(key, name, required));
    if (!Has(key) || Get(key).is_null()) return Ok();
    KENES_ASSIGN(out, parse(name, FieldName(key)));
    return Ok();
  }
  template <class E>
  Status Enum(std::string_view key, std::optional<E>& out,
              Result<E> (*parse)(std::string_view, std::string_view)) {
    if (Has(key) && Get(key).is_null()) {
      MarkRead(key);
      out.reset();
      return Ok();
    }
    E value{};
    if (!Has(key)) return Ok();
    KENES_TRY(Enum(key, value, parse, true));
    out = value;
    return Ok();
  }

  // The raw value of a nested field, marked as read; nullptr when absent.
  const nlohmann::json* Nested(std::string_view key);
  // Accepts a field without reading it (a derived field sent back as the API returned it).
  void Ignore(std::string_view key) { MarkRead(key); }
  // Refuses `key` when present, with `why`.
  Status Refuse(std::string_view key, std::string_view why);

  bool Has(std::string_view key) const;
  // Present and null.
  bool IsNull(std::string_view key) const { return Has(key) && Get(key).is_null(); }
  // The full path of a field of this object, for errors.
  std::string FieldName(std::string_view key) const;

  // An error naming the first field that was present but never read.
  Status Finish() const;

 private:
  JsonFields(const nlohmann::json& object, std::string path)
      : object_(&object), path_(std::move(path)) {}
  const nlohmann::json& Get(std::string_view key) const;
  void MarkRead(std::string_view key) { read_.insert(std::string(key)); }
  Error WrongType(std::string_view key, std::string_view expected) const;

  const nlohmann::json* object_;
  std::string path_;
  std::set<std::string, std::less<>> read_;
};

// Writing: an empty string or an absent value is written as null, so readers see one "no value".
inline nlohmann::json NullIfEmpty(const std::string& text) {
  return text.empty() ? nlohmann::json() : nlohmann::json(text);
}
inline nlohmann::json NullIfAbsent(const std::optional<std::int64_t>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json();
}
inline nlohmann::json NullIfAbsent(const std::optional<kenes::Date>& date) {
  return date ? nlohmann::json(date->ToString()) : nlohmann::json();
}

// The JSON type of a value in words, for errors: "a string", "a number", "null".
std::string DescribeJsonType(const nlohmann::json& value);

}  // namespace kenes
