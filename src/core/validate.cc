#include "core/validate.h"

#include "core/utf8.h"

namespace kenes {
namespace {

Status CheckText(std::string_view field, std::string_view value, std::size_t max_length) {
  if (auto bad = utf8::FindInvalid(value)) {
    return Invalid(std::string(field), "is not valid UTF-8 (byte " + std::to_string(*bad) +
                                           "); save the file as UTF-8 and try again");
  }
  if (const std::size_t length = utf8::Length(value); length > max_length) {
    return Invalid(std::string(field), "is " + std::to_string(length) +
                                           " characters long; the limit is " +
                                           std::to_string(max_length));
  }
  return Ok();
}

}  // namespace

Status RequireText(std::string_view field, std::string_view value, std::size_t max_length) {
  KENES_TRY(CheckText(field, value, max_length));
  if (utf8::Trim(value).empty()) return Invalid(std::string(field), "is required and empty");
  return Ok();
}

Status OptionalText(std::string_view field, std::string_view value, std::size_t max_length) {
  return CheckText(field, value, max_length);
}

bool IsCode(std::string_view value) {
  if (value.empty() || value.size() > 64) return false;
  for (char c : value) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

Status RequireCode(std::string_view field, std::string_view value) {
  if (!IsCode(value)) {
    return Invalid(std::string(field), "'" + std::string(value) +
                                           "' is not a code: use lower-case latin letters, "
                                           "digits and '_'");
  }
  return Ok();
}

}  // namespace kenes
