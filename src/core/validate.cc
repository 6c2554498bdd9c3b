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

Status OptionalWebAddress(std::string_view field, std::string_view value) {
  if (value.empty()) return Ok();
  if (value.size() > kMaxWebAddressLength) {
    return Invalid(std::string(field), "is " + std::to_string(value.size()) +
                                           " bytes long; a web address has at most " +
                                           std::to_string(kMaxWebAddressLength));
  }
  std::string_view rest = value;
  if (rest.starts_with("https://")) {
    rest.remove_prefix(8);
  } else if (rest.starts_with("http://")) {
    rest.remove_prefix(7);
  } else {
    return Invalid(std::string(field),
                   "is not a web address: it must start with http:// or https://");
  }
  const std::size_t host_end = rest.find_first_of("/?#");
  if (rest.substr(0, host_end).empty()) {
    return Invalid(std::string(field), "is not a web address: no host after the scheme");
  }
  for (unsigned char c : value) {
    if (c <= ' ' || c == 0x7f) {
      return Invalid(std::string(field),
                     "is not a web address: it has a space or control character (encode it)");
    }
  }
  if (auto bad = utf8::FindInvalid(value)) {
    return Invalid(std::string(field), "is not valid UTF-8 (byte " + std::to_string(*bad) + ")");
  }
  return Ok();
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
